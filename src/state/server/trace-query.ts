import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SourceAdapter } from '../../adapters/contract';
import { isSourceError } from '../../adapters/source-error';
import { useAdapter } from './app-config';
import { loadTrace } from './load-trace';
import { queryKeys } from './query-keys';

/**
 * One trace, decoded and built inside the query function so the cache holds the model
 * (never the wire payload). A trace does not change once fetched: never stale. The
 * query's AbortSignal reaches the adapter, so leaving the page cancels the request.
 */
export function traceQueryOptions(adapter: SourceAdapter, traceId: string) {
  return queryOptions({
    queryKey: queryKeys.trace(adapter.config.id, traceId),
    queryFn: ({ signal }) => loadTrace(adapter, traceId, signal),
    staleTime: Infinity,
    // Retrying a 404, a refused request or a bad payload only delays the explanation.
    retry: (failureCount, error) => failureCount < 1 && isRetryable(error),
  });
}

function isRetryable(error: unknown): boolean {
  if (!isSourceError(error)) return false;
  return error.kind === 'server' || error.kind === 'timeout' || error.kind === 'unreachable';
}

export function useTrace(sourceId: string, traceId: string) {
  const adapter = useAdapter(sourceId);
  return useQuery(traceQueryOptions(adapter, traceId));
}
