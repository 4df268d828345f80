import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { SearchForm } from '../../features/search/search-form';
import { SearchResults } from '../../features/search/search-results';
import type { TraceSummary } from '../../model/search-types';
import { useAdapter } from '../../state/server/app-config';
import { queryKeys } from '../../state/server/query-keys';
import { useSearch } from '../../state/server/search-query';
import {
  decodeSearchParams,
  encodeSearchParams,
  isSubmitted,
  lookbackToUs,
  toSearchQuery,
  withTimeWindow,
  type SearchUrlState,
} from '../../state/url/search-codec';
import { isFileSourceId, SOURCE_PARAM, useSourceId } from '../../state/url/source-param';
import { EmptyState } from '../../ui/empty-state';
import { ErrorPanel } from '../../ui/error-panel';

/** `/search`: the form on the left, the scatter plot and results on the right; all in the URL. */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const sourceId = useSourceId();
  const adapter = useAdapter(sourceId);
  const state = useMemo(() => decodeSearchParams(params), [params]);
  const submitted = isSubmitted(state);
  const checked = useMemo(() => (submitted ? toSearchQuery(state) : null), [state, submitted]);
  const result = useSearch(sourceId, checked?.ok ? checked.query : null);

  // In-memory sources (demo, files) answer at once: show their traces without a click. A
  // link naming a service (Jaeger UI's `/search?service=x&lookback=1h`) is a search too.
  // Either way the window is fixed in the URL first, so a reload repeats the same search.
  // (A custom range without start/end has no window to fix: that waits for the user.)
  const inMemory = isFileSourceId(sourceId) || adapter.config.type === 'demo';
  const canAutoRun = !submitted && (inMemory || state.service !== null) && lookbackToUs(state.lookback) !== null;
  useEffect(() => {
    if (canAutoRun) {
      setParams(encodeSearchParams(withTimeWindow(state, Date.now() * 1000), params), { replace: true });
    }
  }, [canAutoRun, state, params, setParams]);

  const traceHref = useCallback(
    (traceId: string) => `/trace/${traceId}?${SOURCE_PARAM}=${encodeURIComponent(sourceId)}`,
    [sourceId],
  );
  // Search answers that hold whole traces seed the trace cache: opening one costs nothing.
  const seed = useCallback(
    (summary: TraceSummary) => {
      if (summary.trace) queryClient.setQueryData(queryKeys.trace(sourceId, summary.traceId), summary.trace);
    },
    [queryClient, sourceId],
  );

  const submit = (next: SearchUrlState) => setParams(encodeSearchParams(next, params));
  const formKey = `${sourceId}|${params.toString().replace(/(^|&)sort=[^&]*/, '')}`;

  return (
    <div className="search-page">
      <aside className="search-page__form">
        <SearchForm
          key={formKey}
          sourceId={sourceId}
          capabilities={adapter.capabilities}
          serviceRequired={adapter.config.type === 'jaeger'}
          initial={state}
          onSubmit={submit}
        />
      </aside>
      <section className="search-page__results" aria-label="Search results">
        {!adapter.capabilities.search ? (
          <EmptyState title="This source cannot search">Open a trace by its id in the box at the top.</EmptyState>
        ) : checked && !checked.ok ? (
          <ErrorPanel error={new Error(checked.error)} context="This search link has a problem" />
        ) : (
          <SearchResults
            result={result}
            submitted={submitted}
            sort={state.sort}
            onSort={(sort) => setParams(encodeSearchParams({ ...state, sort }, params), { replace: true })}
            hrefFor={traceHref}
            onOpen={seed}
            onNavigate={(summary) => {
              seed(summary);
              navigate(traceHref(summary.traceId));
            }}
          />
        )}
      </section>
    </div>
  );
}
