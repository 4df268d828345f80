import { describe, expect, it } from 'vitest';
import { routeOfAddress, traceLocationOf } from './trace-location';

describe('traceLocationOf', () => {
  it('reads the trace and source of a trace page, normalizing the id', () => {
    expect(traceLocationOf('/trace/ABC', '?source=jaeger&span=1')).toEqual({
      traceId: '00000000000000000000000000000abc',
      sourceId: 'jaeger',
    });
  });

  it('decodes the path segment and keeps an id it cannot normalize as typed', () => {
    expect(traceLocationOf('/trace/not%20hex', '?source=a')).toEqual({ traceId: 'not hex', sourceId: 'a' });
    expect(traceLocationOf('/trace/%E0%A4%A', '?source=a')).toBeNull();
  });

  it('is null for other pages, compare links and lookups without a source', () => {
    expect(traceLocationOf('/search', '?source=a')).toBeNull();
    expect(traceLocationOf('/trace/a...b', '?source=a')).toBeNull();
    expect(traceLocationOf('/trace/abc', '')).toBeNull();
    expect(traceLocationOf('/trace/abc/extra', '?source=a')).toBeNull();
  });
});

describe('routeOfAddress', () => {
  const address = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });

  it('strips the base path in history routing', () => {
    expect(routeOfAddress(address('/portal/ts/trace/abc', '?source=a'), 'history', '/portal/ts')).toEqual({
      path: '/trace/abc',
      search: '?source=a',
    });
    expect(routeOfAddress(address('/portal/ts'), 'history', '/portal/ts')).toEqual({ path: '/', search: '' });
  });

  it('reads the route from the hash in hash routing', () => {
    expect(routeOfAddress(address('/index.html', '', '#/trace/abc?source=a'), 'hash', '')).toEqual({
      path: '/trace/abc',
      search: '?source=a',
    });
    expect(routeOfAddress(address('/', '', ''), 'hash', '')).toEqual({ path: '', search: '' });
  });
});
