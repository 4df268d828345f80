import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces, takeText } from './json-pieces';

const all = (v: unknown, indent?: string) => [...jsonPieces(v, indent)].join('');

describe('jsonPieces', () => {
  it('writes exactly what JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('', ' ', '  ', '\t'), (v, indent) => {
        expect(all(v, indent)).toBe(JSON.stringify(v, null, indent));
      }),
    );
  });

  it('treats undefined, functions and non-finite numbers like JSON.stringify', () => {
    const v = { a: undefined, b: [undefined, () => 1, NaN, Infinity], c: { d: undefined }, e: -0, 'q"k': 'x\ny' };
    expect(all(v)).toBe(JSON.stringify(v, null, 2));
  });

  it('survives a 20,000-level nesting without recursion', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const text = all(deep, '');
    expect(text.length).toBe(40_001);
  });
});

describe('takeText', () => {
  it('takes at least the budget, and the pieces join to the whole', () => {
    const value = Array.from({ length: 500 }, (_, i) => ({ i, name: `span-${i}` }));
    const pieces = jsonPieces(value);
    const parts: string[] = [];
    for (;;) {
      const { text, done } = takeText(pieces, 1000);
      parts.push(text);
      if (done) break;
      expect(text.length).toBeGreaterThanOrEqual(1000);
    }
    expect(parts.join('')).toBe(JSON.stringify(value, null, 2));
  });
});
