import { describe, expect, it } from 'vitest';
import { addressShowsRoute, liveParams, liveRoute } from './live-address';

const at = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });

describe('liveRoute', () => {
  it('reads history routing from the path and query, base path included', () => {
    expect(liveRoute(at('/portal/ts/trace/abc', '?source=demo'))).toEqual({ path: '/portal/ts/trace/abc', search: '?source=demo' });
  });
  it('reads hash routing from inside the hash', () => {
    expect(liveRoute(at('/portal/', '', '#/trace/abc?source=demo&span=1'))).toEqual({ path: '/trace/abc', search: '?source=demo&span=1' });
    expect(liveRoute(at('/', '', '#/search'))).toEqual({ path: '/search', search: '' });
  });
  it('leaves a plain fragment to history routing', () => {
    expect(liveRoute(at('/search', '?q=1', '#top'))).toEqual({ path: '/search', search: '?q=1' });
  });
});

describe('liveParams', () => {
  it('is the query of either routing mode', () => {
    expect(liveParams(at('/trace/x', '?a=1&b=2')).get('b')).toBe('2');
    expect(liveParams(at('/', '', '#/trace/x?a=3')).get('a')).toBe('3');
  });
});

describe('addressShowsRoute', () => {
  it('holds while the address is the rendered route, under a base path or not', () => {
    expect(addressShowsRoute(at('/search', '?source=demo'), { pathname: '/search', search: '?source=demo' })).toBe(true);
    expect(addressShowsRoute(at('/portal/ts/search', '?source=demo'), { pathname: '/search', search: '?source=demo' })).toBe(true);
    expect(addressShowsRoute(at('/', '', '#/search?source=demo'), { pathname: '/search', search: '?source=demo' })).toBe(true);
  });
  it('fails once a navigation moved the address to another page', () => {
    expect(addressShowsRoute(at('/trace/abc', '?source=file%3Ax.json'), { pathname: '/search', search: '?source=demo' })).toBe(false);
    expect(addressShowsRoute(at('/', '', '#/trace/abc'), { pathname: '/search' })).toBe(false);
  });
  it('compares the query only when asked to', () => {
    const moved = at('/search', '?source=file%3Atwo.json');
    expect(addressShowsRoute(moved, { pathname: '/search', search: '?source=demo' })).toBe(false);
    expect(addressShowsRoute(moved, { pathname: '/search' })).toBe(true);
  });
});
