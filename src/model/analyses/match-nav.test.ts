import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineMatches, matchMask, matchPosition, stepMatch } from './match-nav';

describe('match navigation', () => {
  const m = [2, 5, 9];

  it('steps forward and back in tree order, wrapping around', () => {
    expect(stepMatch(m, null, 1)).toBe(2);
    expect(stepMatch(m, null, -1)).toBe(9);
    expect(stepMatch(m, 2, 1)).toBe(5);
    expect(stepMatch(m, 3, 1)).toBe(5); // from a non-match: the next one after it
    expect(stepMatch(m, 9, 1)).toBe(2);
    expect(stepMatch(m, 5, -1)).toBe(2);
    expect(stepMatch(m, 6, -1)).toBe(5);
    expect(stepMatch(m, 2, -1)).toBe(9);
    expect(stepMatch(m, 0, -1)).toBe(9);
    expect(stepMatch([], 3, 1)).toBeNull();
  });

  it('agrees with a linear scan', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(60), { maxLength: 20 }), fc.option(fc.nat(60), { nil: null }), fc.constantFrom<1 | -1>(1, -1), (raw, sel, dir) => {
        const sorted = [...raw].sort((a, b) => a - b);
        let want: number | null = null;
        if (sorted.length > 0) {
          if (sel === null) want = dir > 0 ? sorted[0]! : sorted[sorted.length - 1]!;
          else if (dir > 0) want = sorted.find((x) => x > sel) ?? sorted[0]!;
          else want = [...sorted].reverse().find((x) => x < sel) ?? sorted[sorted.length - 1]!;
        }
        expect(stepMatch(sorted, sel, dir)).toBe(want);
      }),
    );
  });

  it('says where the selected span is among the matches', () => {
    expect(matchPosition(m, 5)).toBe(2);
    expect(matchPosition(m, 4)).toBe(0);
    expect(matchPosition(m, null)).toBe(0);
  });

  it('intersects a query with a quick filter; null means no condition', () => {
    expect(combineMatches(10, null, null)).toBeNull();
    expect(Array.from(combineMatches(10, [1, 3], null)!)).toEqual([1, 3]);
    expect(Array.from(combineMatches(10, null, Int32Array.from([4]))!)).toEqual([4]);
    expect(Array.from(combineMatches(10, [1, 3, 7], Int32Array.from([3, 4, 7]))!)).toEqual([3, 7]);
  });

  it('masks matches for row highlighting', () => {
    expect(Array.from(matchMask(5, [0, 3, 9]))).toEqual([1, 0, 0, 1, 0]);
  });
});
