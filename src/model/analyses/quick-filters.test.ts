import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorSpans, slowestSpans } from './quick-filters';
import { makeTrace } from './test-trace';

const trace = makeTrace([
  { start: 0, duration: 100 },
  { parent: 0, start: 1, duration: 30, status: 'error' },
  { parent: 0, start: 2, duration: 50, attributes: { error: true } },
  { parent: 0, start: 3, duration: 30 },
]);

describe('quick filters', () => {
  it('finds error spans by status or error tag', () => {
    expect(Array.from(errorSpans(trace))).toEqual([1, 2]);
  });

  it('finds the slowest spans, ties by index, in index order', () => {
    expect(Array.from(slowestSpans(trace, 3))).toEqual([0, 1, 2]);
    expect(Array.from(slowestSpans(trace, 0))).toEqual([]);
    expect(Array.from(slowestSpans(trace, 99))).toEqual([0, 1, 2, 3]);
  });

  it('finds what sorting every span by duration (longest first, ties by index) finds', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 60 }), fc.integer({ min: 0, max: 70 }), (durations, count) => {
        const t = makeTrace(durations.map((duration, i) => (i === 0 ? { start: 0, duration } : { parent: 0, start: 0, duration })));
        const reference = t.spans
          .map((s) => s.index)
          .sort((a, b) => t.spans[b]!.durationUs - t.spans[a]!.durationUs || a - b)
          .slice(0, count)
          .sort((a, b) => a - b);
        expect(Array.from(slowestSpans(t, count))).toEqual(reference);
      }),
    );
  });
});
