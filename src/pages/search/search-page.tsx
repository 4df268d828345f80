import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import './search-page.css';
import { SearchResults } from '../../features/search/search-results';
import { CompareBar, CompareCheckbox } from '../../features/trace-compare/compare-picker';
import type { TraceSummary } from '../../model/search-types';
import { useAdapter } from '../../state/server/app-config';
import { planSearch } from '../../state/server/plan-search';
import { queryKeys } from '../../state/server/query-keys';
import { useCompiledSearch } from '../../state/server/search-query';
import {
  decodeSearchParams,
  encodeSearchParams,
  isSubmitted,
  lookbackToUs,
  withTimeWindow,
  type SearchUrlState,
} from '../../state/url/search-codec';
import { isFileSourceId, SOURCE_PARAM, useSourceId } from '../../state/url/source-param';
import { addressShowsRoute } from '../../state/url/live-address';
import { EmptyState } from '../../ui/empty-state';
import { NativeQueryDetails } from './native-query-details';
import { SearchWorkspace } from './search-workspace';

/**
 * `/search`: the query box and the form (two views of one query), the scatter plot and the
 * results; all in the URL (`q`, the window, the limit; Jaeger UI's links read too).
 */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const sourceId = useSourceId();
  const adapter = useAdapter(sourceId);
  const sourceType = isFileSourceId(sourceId) ? 'file' : adapter.config.type;
  const state = useMemo(() => decodeSearchParams(params), [params]);
  const submitted = isSubmitted(state);
  const plan = useMemo(
    () => (submitted ? planSearch(state, sourceType, adapter.capabilities) : null),
    [state, submitted, sourceType, adapter.capabilities],
  );
  const result = useCompiledSearch(sourceId, plan?.ok ? plan.compiled : null);

  // In-memory sources (demo, files) answer at once: show their traces without a click. A
  // link with a query (Jaeger UI's `/search?service=x&lookback=1h`) is a search too.
  // Either way the window is fixed in the URL first, so a reload repeats the same search.
  // (A custom range without start/end has no window to fix: that waits for the user.)
  // Not once the address has moved on (a file opened while this page was loading): the
  // rewrite would take the user back here.
  const inMemory = sourceType === 'file' || sourceType === 'demo';
  const hasQuery = state.query.trim() !== '' || state.traceql !== null;
  const canAutoRun = !submitted && (inMemory || hasQuery) && lookbackToUs(state.lookback) !== null;
  useEffect(() => {
    if (canAutoRun && addressShowsRoute(window.location, location)) {
      setParams(encodeSearchParams(withTimeWindow(state, Date.now() * 1000), params), { replace: true });
    }
  }, [canAutoRun, state, params, setParams, location]);

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
  const workspaceKey = `${sourceId}|${params.toString().replace(/(^|&)sort=[^&]*/, '')}`;
  const urlProblem = plan && !plan.ok ? { message: plan.error, ...(plan.range ? { range: plan.range } : {}) } : null;

  return (
    <SearchWorkspace
      key={workspaceKey}
      sourceId={sourceId}
      sourceType={sourceType}
      capabilities={adapter.capabilities}
      state={state}
      urlProblem={urlProblem}
      onSubmit={submit}
    >
      {!adapter.capabilities.search ? (
        <EmptyState title="This source cannot search">Open a trace by its id in the box at the top.</EmptyState>
      ) : plan && !plan.ok ? (
        <EmptyState title="Fix the query to search">{plan.error}</EmptyState>
      ) : (
        <>
          <NativeQueryDetails plan={plan} />
          <CompareBar />
          <SearchResults
            result={result}
            submitted={submitted}
            sort={state.sort}
            onSort={(sort) => setParams(encodeSearchParams({ ...state, sort }, params), { replace: true })}
            hrefFor={traceHref}
            onOpen={seed}
            renderExtra={(summary) => <CompareCheckbox traceId={summary.traceId} sourceId={sourceId} />}
            onNavigate={(summary) => {
              seed(summary);
              navigate(traceHref(summary.traceId));
            }}
          />
        </>
      )}
    </SearchWorkspace>
  );
}
