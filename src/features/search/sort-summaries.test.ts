import { describe, expect, it } from 'vitest';
import { micros } from '../../lib/units';
import type { TraceSummary } from '../../model/search-types';
import { sortSummaries } from './sort-summaries';

const summary = (traceId: string, startUs: number, durationUs: number, spanCount: number, errorCount: number): TraceSummary => ({
  traceId,
  rootService: 'svc',
  rootName: 'op',
  startUs: micros(startUs),
  durationUs: micros(durationUs),
  spanCount,
  errorCount,
  services: [],
});

const rows = [summary('a', 100, 50, 3, 0), summary('b', 300, 10, 9, 2), summary('c', 200, 90, 1, 2), summary('d', 200, 90, 1, 0)];
const ids = (list: readonly TraceSummary[]) => list.map((s) => s.traceId).join('');

describe('sortSummaries', () => {
  it.each([
    ['recent', 'bcda'],
    ['longest', 'cdab'],
    ['shortest', 'bacd'],
    ['most-spans', 'bacd'],
    ['most-errors', 'bcda'],
  ] as const)('%s', (key, order) => {
    expect(ids(sortSummaries(rows, key))).toBe(order);
  });
  it('does not mutate its input', () => {
    sortSummaries(rows, 'longest');
    expect(ids(rows)).toBe('abcd');
  });
});
