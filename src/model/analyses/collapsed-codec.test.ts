import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCollapsed, decodeIndexList, encodeCollapsed, encodeIndexList } from './collapsed-codec';
import { collapseAll, collapseToDepth } from './rows';
import { makeTrace, makeWideTrace, type TestSpan } from './test-trace';

const wide = makeWideTrace(2_000);

describe('collapsed codec', () => {
  it('encodes runs and gaps in base 36', () => {
    expect(encodeIndexList([9, 3, 4, 5])).toBe('3-2.3');
    expect(encodeIndexList([0])).toBe('0');
    expect(encodeIndexList([36, 1000])).toBe('10.qr') // gap 1000 - 36 - 1 = 963;
    expect(decodeIndexList('3-2.3')).toEqual([3, 4, 5, 9]);
    expect(encodeIndexList([-1, 2.5, 2, 2])).toBe('2'); // invalid entries and duplicates dropped
  });

  it('uses named forms for collapse-all and collapse-to-depth', () => {
    expect(encodeCollapsed(wide, new Set())).toBe('');
    expect(encodeCollapsed(wide, collapseAll(wide))).toBe('_all');
    expect(encodeCollapsed(wide, collapseToDepth(wide, 2))).toBe('_d2');
    expect(decodeCollapsed(wide, '_d2')).toEqual(collapseToDepth(wide, 2));
    expect(decodeCollapsed(wide, '_all')).toEqual(collapseAll(wide));
  });

  it('rejects malformed text without throwing, and ignores indices past the trace', () => {
    for (const bad of ['3..4', 'ABC', '3-', '_d', '_dx', 'x y', '%20', '-3', 'zzzzzzzz']) {
      expect(decodeCollapsed(wide, bad)).toBeNull();
    }
    expect(decodeCollapsed(makeTrace([{ start: 0, duration: 1 }]), '0.5')).toEqual(new Set([0]));
  });

  it('round-trips any set of span indices', () => {
    const arb = fc.integer({ min: 1, max: 300 }).chain((n) =>
      fc.record({
        specs: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
        set: fc.uniqueArray(fc.nat(n - 1)),
        depth: fc.option(fc.nat(5)),
      }),
    );
    fc.assert(
      fc.property(arb, ({ specs, set, depth }) => {
        const t = makeTrace(
          specs.map((p, i): TestSpan => ({ parent: i === 0 ? -1 : Math.floor(p * i), start: i, duration: 1 })),
        );
        const s = depth === null ? new Set(set) : collapseToDepth(t, depth);
        const text = encodeCollapsed(t, s);
        expect(text).toMatch(/^[0-9a-z._-]*$/);
        expect(decodeCollapsed(t, text)).toEqual(s);
      }),
      { numRuns: 300 },
    );
  });

  it('is compact for scattered sets', () => {
    const s = new Set<number>();
    for (let i = 0; i < wide.spans.length; i += 7) s.add(i);
    expect(encodeCollapsed(wide, s).length).toBeLessThan(2 * s.size + 1);
  });
});
