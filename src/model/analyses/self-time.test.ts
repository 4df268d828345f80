import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uncoveredTime } from './self-time';

describe('uncoveredTime', () => {
  it('merges overlapping children and clamps them to the span', () => {
    expect(uncoveredTime(0, 100, [10, 30, 90], [50, 70, 120])).toBe(100 - 60 - 10);
    expect(uncoveredTime(0, 100, [-20], [10])).toBe(90);
    expect(uncoveredTime(0, 100, [], [])).toBe(100);
    expect(uncoveredTime(5, 5, [0], [10])).toBe(0);
  });

  it('matches counting uncovered unit steps on integer times', () => {
    const interval = fc.tuple(fc.integer({ min: -10, max: 60 }), fc.integer({ min: 0, max: 40 }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), fc.array(interval, { maxLength: 12 }), (s, d, kids) => {
        const starts = kids.map(([a]) => a);
        const ends = kids.map(([a, len]) => a + len);
        let naive = 0;
        for (let t = s; t < s + d; t++) if (!kids.some(([a, len]) => t >= a && t < a + len)) naive++;
        expect(uncoveredTime(s, s + d, starts, ends)).toBe(naive);
      }),
    );
  });
});
