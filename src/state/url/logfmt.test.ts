import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLogfmt, parseLogfmt } from './logfmt';

describe('parseLogfmt', () => {
  it('reads bare and quoted values in order', () => {
    expect(parseLogfmt('http.status_code=500  error=true msg="a b" empty=""')).toEqual({
      ok: true,
      pairs: [
        ['http.status_code', '500'],
        ['error', 'true'],
        ['msg', 'a b'],
        ['empty', ''],
      ],
    });
  });
  it('unescapes quotes and backslashes', () => {
    expect(parseLogfmt('q="say \\"hi\\" \\\\ bye"')).toEqual({ ok: true, pairs: [['q', 'say "hi" \\ bye']] });
  });
  it('keeps = inside values', () => {
    expect(parseLogfmt('query=a=b')).toEqual({ ok: true, pairs: [['query', 'a=b']] });
  });
  it('accepts empty input', () => {
    expect(parseLogfmt('   ')).toEqual({ ok: true, pairs: [] });
  });
  it.each([
    ['error', '"error" needs a value'],
    ['=x', 'expected a key at character 1'],
    ['a="open', 'not closed'],
    ['a="x"y', 'expected a space'],
    ['a=x"y', 'stray quote'],
  ])('explains %j', (text, message) => {
    const r = parseLogfmt(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});

describe('formatLogfmt', () => {
  it('quotes only when needed', () => {
    expect(formatLogfmt([['a', '1'], ['b', 'x y'], ['c', ''], ['d', 'q"']])).toBe('a=1 b="x y" c="" d="q\\""');
  });
  it('round-trips any pairs', () => {
    const key = fc.stringMatching(/^[a-zA-Z0-9_.:\/-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.string({ maxLength: 12 })), { maxLength: 6 }), (pairs) => {
        expect(parseLogfmt(formatLogfmt(pairs))).toEqual({ ok: true, pairs });
      }),
      { numRuns: 2000 },
    );
  });
});
