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
});
