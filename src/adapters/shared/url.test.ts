import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildUrl, isCrossOrigin, queryString } from './url';

afterEach(() => vi.unstubAllGlobals());

describe('buildUrl', () => {
  it('appends the path to an absolute base, keeping its base path', () => {
    expect(buildUrl('http://h:16686/jaeger', '/api/v3/services')).toBe('http://h:16686/jaeger/api/v3/services');
    expect(buildUrl('http://h:16686/jaeger/', '/api/v3/services')).toBe('http://h:16686/jaeger/api/v3/services');
    expect(buildUrl('http://h:9411', '/api/v2/services')).toBe('http://h:9411/api/v2/services');
  });

  it('resolves a relative base against document.baseURI (the app root)', () => {
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:8080/portal/tracing/' });
    expect(buildUrl('backends/jaeger', '/api/v3/services')).toBe(
      'http://127.0.0.1:8080/portal/tracing/backends/jaeger/api/v3/services',
    );
    expect(buildUrl('/jaeger', '/api/traces/ab')).toBe('http://127.0.0.1:8080/jaeger/api/traces/ab');
  });

  it('encodes parameters with %20 (never +), skips undefined, keeps order', () => {
    expect(queryString({ b: 'x y+z', a: undefined, c: 3, q: '{resource.service.name="a b"}' })).toBe(
      '?b=x%20y%2Bz&c=3&q=%7Bresource.service.name%3D%22a%20b%22%7D',
    );
    expect(queryString({})).toBe('');
  });
});

describe('isCrossOrigin', () => {
  it('compares with the page origin, and is false outside a browser', () => {
    expect(isCrossOrigin('http://elsewhere:16686/api')).toBe(false);
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:8080/app/' });
    expect(isCrossOrigin('http://127.0.0.1:8080/backends/jaeger/api')).toBe(false);
    expect(isCrossOrigin('http://127.0.0.1:16686/api')).toBe(true);
  });
});
