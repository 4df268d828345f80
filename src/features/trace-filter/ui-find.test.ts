import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../query-lang/parse';
import { uiFindToQuery } from './ui-find';

describe('uiFindToQuery', () => {
  it('keeps text that already reads as a query', () => {
    expect(uiFindToQuery('checkout')).toBe('checkout');
    expect(uiFindToQuery('  http.status_code>=500 ')).toBe('http.status_code>=500');
  });

  it('turns several span ids into alternatives, as Jaeger matches any of them', () => {
    expect(uiFindToQuery('5E0EADEF740DBCF3 08e292b8f800a289')).toBe('"5e0eadef740dbcf3" or "08e292b8f800a289"');
  });

  it('quotes what does not parse, so it is searched as text', () => {
    const q = uiFindToQuery('a=(b');
    expect(q).toBe('"a=(b"');
    expect(() => parseQuery(q)).not.toThrow();
  });

  it('gives the empty query for nothing', () => {
    expect(uiFindToQuery(null)).toBe('');
    expect(uiFindToQuery('   ')).toBe('');
  });
});
