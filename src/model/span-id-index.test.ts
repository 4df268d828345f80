import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpanIdIndex } from './span-id-index';

describe('SpanIdIndex', () => {
  it('keeps the first index per id and answers -1 for unknown ids', () => {
    const index = new SpanIdIndex(4);
    expect(index.firstOrAdd('00000000000000a1', 0)).toBe(0);
    expect(index.firstOrAdd('ffffffffffffffff', 1)).toBe(1);
    expect(index.firstOrAdd('00000000000000a1', 2)).toBe(0);
    expect(index.get('00000000000000a1')).toBe(0);
    expect(index.get('ffffffffffffffff')).toBe(1);
    expect(index.get('00000000000000a2')).toBe(-1);
  });

  it('never confuses a hex id with another string of the same digits', () => {
    const index = new SpanIdIndex(8);
    const ids = ['00000000000000a1', '00000000000000A1', '0000000000000a1', '000000000000000a1', 'zz', '', '00000000000000é1'];
    ids.forEach((id, i) => expect(index.firstOrAdd(id, i)).toBe(i));
    ids.forEach((id, i) => expect(index.get(id)).toBe(i));
  });

  it('answers like a Map of first occurrences', () => {
    const id = fc.oneof(
      fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }).map((b) => b.toString(16).padStart(16, '0')),
      fc.integer({ min: 0, max: 40 }).map((n) => n.toString(16).padStart(16, '0')),
      fc.string({ maxLength: 17 }),
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 200 }), fc.array(id, { maxLength: 50 }), (added, asked) => {
        const index = new SpanIdIndex(added.length);
        const reference = new Map<string, number>();
        added.forEach((s, i) => {
          if (!reference.has(s)) reference.set(s, i);
          expect(index.firstOrAdd(s, i)).toBe(reference.get(s));
        });
        for (const s of [...added, ...asked]) expect(index.get(s)).toBe(reference.get(s) ?? -1);
      }),
    );
  });
});
