import type { TraceSummary } from '../../model/search-types';
import type { SortKey } from '../../state/url/search-codec';

type Compare = (a: TraceSummary, b: TraceSummary) => number;

const byTraceId: Compare = (a, b) => (a.traceId < b.traceId ? -1 : a.traceId > b.traceId ? 1 : 0);

const COMPARE: Readonly<Record<SortKey, Compare>> = {
  recent: (a, b) => b.startUs - a.startUs,
  longest: (a, b) => b.durationUs - a.durationUs,
  shortest: (a, b) => a.durationUs - b.durationUs,
  'most-spans': (a, b) => b.spanCount - a.spanCount,
  'most-errors': (a, b) => b.errorCount - a.errorCount || b.startUs - a.startUs,
};

export const SORT_LABELS: Readonly<Record<SortKey, string>> = {
  recent: 'Most recent',
  longest: 'Longest first',
  shortest: 'Shortest first',
  'most-spans': 'Most spans',
  'most-errors': 'Most errors',
};

/** A sorted copy; ties fall back to the trace id so the order never flickers. */
export function sortSummaries(summaries: readonly TraceSummary[], key: SortKey): TraceSummary[] {
  const compare = COMPARE[key];
  return [...summaries].sort((a, b) => compare(a, b) || byTraceId(a, b));
}
