import type { ReactNode } from 'react';
import type { TraceSummary } from '../../model/search-types';
import { ResultItem } from './result-item';

interface ResultsListProps {
  readonly summaries: readonly TraceSummary[];
  readonly hrefFor: (traceId: string) => string;
  readonly onOpen: (summary: TraceSummary) => void;
  /** Extra controls per row, outside its link (the page mounts trace-compare's CompareCheckbox). */
  readonly renderExtra?: (summary: TraceSummary) => ReactNode;
}

export function ResultsList({ summaries, hrefFor, onOpen, renderExtra }: ResultsListProps) {
  let maxDurationUs = 0;
  for (const s of summaries) maxDurationUs = Math.max(maxDurationUs, s.durationUs);
  const nowMs = Date.now();
  return (
    <ol className="results-list" data-testid="results-list">
      {summaries.map((s) => (
        <ResultItem
          key={s.traceId}
          summary={s}
          href={hrefFor(s.traceId)}
          maxDurationUs={maxDurationUs}
          nowMs={nowMs}
          onOpen={onOpen}
          extra={renderExtra?.(s)}
        />
      ))}
    </ol>
  );
}
