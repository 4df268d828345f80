import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces, LazyJsonArray, lazyList, takeText } from './json-pieces';

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

describe('LazyJsonArray', () => {
  it('prints as the array of its items', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.constantFrom('', '  '), (items, indent) => {
        const doc = { before: 1, items: lazyList(items, (item) => item), after: [new LazyJsonArray(0, () => 1)] };
        expect(all(doc, indent)).toBe(JSON.stringify({ before: 1, items, after: [[]] }, null, indent));
      }),
    );
  });

  it('makes an item only when the printer reaches it', () => {
    const made: number[] = [];
    const pieces = jsonPieces({ spans: new LazyJsonArray(100_000, (i) => (made.push(i), { i, name: 'x'.repeat(50) })) });
    const first = takeText(pieces, 1024);
    expect(first.done).toBe(false);
    expect(made.length).toBeGreaterThan(0);
    expect(made.length).toBeLessThan(30);
    expect(made).toEqual(made.map((_, k) => k));
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
