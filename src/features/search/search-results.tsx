import type { UseQueryResult } from '@tanstack/react-query';
import './search.css';
import { useMemo, type ReactNode } from 'react';
import type { SearchResult, TraceSummary } from '../../model/search-types';
import { SORT_KEYS, type SortKey } from '../../state/url/search-codec';
import { EmptyState } from '../../ui/empty-state';
import { ErrorPanel } from '../../ui/error-panel';
import { Spinner } from '../../ui/spinner';
import { ResultsList } from './results-list';
import { ScatterPlot } from './scatter-plot';
import { SORT_LABELS, sortSummaries } from './sort-summaries';

interface SearchResultsProps {
  readonly result: UseQueryResult<SearchResult>;
  readonly submitted: boolean;
  readonly sort: SortKey;
  readonly onSort: (sort: SortKey) => void;
  readonly hrefFor: (traceId: string) => string;
  readonly onOpen: (summary: TraceSummary) => void;
  /** Opens a trace from the scatter plot (no link element to follow there). */
  readonly onNavigate: (summary: TraceSummary) => void;
  /** Something to show beside each result outside its link (the page passes compare pickers). */
  readonly renderExtra?: (summary: TraceSummary) => ReactNode;
}

export function SearchResults({ result, submitted, sort, onSort, hrefFor, onOpen, onNavigate, renderExtra }: SearchResultsProps) {
  const summaries = result.data?.summaries;
  const sorted = useMemo(() => (summaries ? sortSummaries(summaries, sort) : []), [summaries, sort]);

  if (!submitted) {
    return (
      <EmptyState title="Find traces">
        Type a query above (or fill in the form on the left), then press <strong>Search</strong>.
      </EmptyState>
    );
  }
  if (result.isError) {
    return <ErrorPanel error={result.error} context="Searching traces" onRetry={() => void result.refetch()} />;
  }
  if (result.isPending) return <Spinner label="Searching traces…" />;
  const notes = result.data.notes;
  return (
    <div className="search-results" data-testid="search-results">
      <div className="search-results__bar">
        <span className="search-results__count" data-testid="result-count">
          {sorted.length} trace{sorted.length === 1 ? '' : 's'}
        </span>
        {result.isFetching ? <Spinner label="Refreshing…" /> : null}
        <span className="search-results__spacer" />
        <label className="search-results__sort">
          Sort
          <select className="select" value={sort} data-testid="sort-select" onChange={(e) => onSort(e.target.value as SortKey)}>
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {SORT_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {notes.length ? (
        <ul className="search-results__notes" data-testid="search-notes">
          {notes.map((n) => (
            <li key={n}>
              <NoteText text={n} />
            </li>
          ))}
        </ul>
      ) : null}
      {sorted.length === 0 ? (
        <EmptyState title="No traces match">
          Widen the time range, remove an attribute or duration filter, or pick another service.
        </EmptyState>
      ) : (
        <>
          <ScatterPlot summaries={sorted} onOpen={onNavigate} />
          <ResultsList summaries={sorted} hrefFor={hrefFor} onOpen={onOpen} renderExtra={renderExtra} />
        </>
      )}
    </div>
  );
}

/** A note's `backticked` parts (query terms) shown as code; text only, never markup. */
function NoteText({ text }: { readonly text: string }) {
  const parts = text.split('`');
  return (
    <>
      {parts.map((p, i) => (i % 2 === 1 ? <code key={i}>{p}</code> : p))}
    </>
  );
}
