import { memo, type KeyboardEvent } from 'react';
import type { QueryError } from '../../query-lang/query-error';
import type { QuickFilter } from '../../state/url/trace-view-codec';
import { EchoCheckbox } from '../../ui/echo-checkbox';
import { QueryInput } from './query-input';
import { SLOWEST_COUNT } from './trace-analyses';
import { formatCount } from '../../lib/format-count';

export interface TraceSearchBarProps {
  readonly text: string;
  readonly onTextChange: (text: string) => void;
  readonly error: QueryError | null;
  /** Matches of the active filter, or null when none is active. */
  readonly matchCount: number | null;
  /** 1-based position of the selected span among the matches, 0 when it is not one. */
  readonly position: number;
  readonly onStep: (direction: 1 | -1) => void;
  readonly matchesOnly: boolean;
  readonly onMatchesOnly: (on: boolean) => void;
  readonly quickFilter: QuickFilter;
  readonly onQuickFilter: (filter: QuickFilter) => void;
  /** Filtering is catching up with the typed text. */
  readonly busy: boolean;
}

const QUICK: readonly { id: Exclude<QuickFilter, 'none'>; label: string; title: string }[] = [
  { id: 'errors', label: 'Errors', title: 'Only spans with an error status' },
  { id: 'critical', label: 'Critical spans', title: 'Only spans on the critical path' },
  { id: 'slowest', label: `Slowest ${SLOWEST_COUNT}`, title: `The ${SLOWEST_COUNT} longest spans` },
];

function countText(n: number): string {
  return `${formatCount(n)} ${n === 1 ? 'match' : 'matches'}`;
}

/** The in-trace search: query box, match count, previous/next, matches only, quick filters. */
export const TraceSearchBar = memo(function TraceSearchBar(props: TraceSearchBarProps) {
  const { matchCount, error, position } = props;
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      props.onStep(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape' && props.text !== '') {
      e.preventDefault();
      props.onTextChange('');
    }
  };
  const noMatches = matchCount === null || matchCount === 0;
  return (
    <div className="tf-bar" role="search" aria-label="Find in trace" data-testid="trace-filter">
      <QueryInput value={props.text} error={error} onChange={props.onTextChange} onKeyDown={onKeyDown} />
      <span
        className={`tf-count${matchCount === 0 ? ' is-none' : ''}${props.busy ? ' is-busy' : ''}`}
        aria-live="polite"
        data-testid="match-count"
      >
        {matchCount === null ? '' : countText(matchCount)}
      </span>
      {position > 0 && matchCount !== null && (
        <span className="tf-position" data-testid="match-position">
          {formatCount(position)} / {formatCount(matchCount)}
        </span>
      )}
      <button
        type="button"
        className="tf-btn tf-step"
        onClick={() => props.onStep(-1)}
        disabled={noMatches}
        title="Previous match (Shift+Enter, N)"
        aria-label="Previous match"
        data-testid="match-prev"
      >
        ↑
      </button>
      <button
        type="button"
        className="tf-btn tf-step"
        onClick={() => props.onStep(1)}
        disabled={noMatches}
        title="Next match (Enter, n)"
        aria-label="Next match"
        data-testid="match-next"
      >
        ↓
      </button>
      <EchoCheckbox
        className="tf-check"
        title="Show only matching spans and their ancestors"
        checked={props.matchesOnly}
        onChange={props.onMatchesOnly}
        testId="matches-only"
      >
        Matches only
      </EchoCheckbox>
      <span className="tf-sep" aria-hidden="true" />
      <span className="tf-quick" role="group" aria-label="Quick filters">
        {QUICK.map((q) => {
          const on = props.quickFilter === q.id;
          return (
            <button
              key={q.id}
              type="button"
              className={`tf-chip${on ? ' is-on' : ''}`}
              aria-pressed={on}
              title={q.title}
              onClick={() => props.onQuickFilter(on ? 'none' : q.id)}
              data-testid={`quick-filter-${q.id}`}
            >
              {q.label}
            </button>
          );
        })}
      </span>
      {error && (
        <span className="tf-error" id="tf-query-error" role="status" title={error.message} data-testid="trace-search-error">
          {error.message} (at {error.range.start + 1})
        </span>
      )}
    </div>
  );
});
