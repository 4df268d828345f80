import { queryOptions, useQuery } from '@tanstack/react-query';
import { micros } from '../../lib/units';
import type { SourceAdapter } from '../../adapters/contract';
import type { SearchQuery } from '../../model/search-types';
import { useAdapter } from './app-config';
import { queryKeys } from './query-keys';

// Fetcher + queryOptions + hook per request (after bulletproof-react). The query's signal
// goes to the adapter, so moving on cancels the request.

const FIVE_MINUTES = 5 * 60_000;

export const servicesQueryOptions = (adapter: SourceAdapter) =>
  queryOptions({
    queryKey: queryKeys.services(adapter.config.id),
    queryFn: ({ signal }) => adapter.services(signal),
    staleTime: FIVE_MINUTES,
  });

export const operationsQueryOptions = (adapter: SourceAdapter, service: string) =>
  queryOptions({
    queryKey: queryKeys.operations(adapter.config.id, service),
    queryFn: ({ signal }) => adapter.operations(service, signal),
    staleTime: FIVE_MINUTES,
  });

export const searchQueryOptions = (adapter: SourceAdapter, query: SearchQuery) =>
  queryOptions({
    queryKey: queryKeys.search(adapter.config.id, query),
    queryFn: ({ signal }) => adapter.search(query, signal),
    // The query names a fixed time window, so its answer does not go stale by itself.
    staleTime: Infinity,
  });

export function useServices(sourceId: string) {
  const adapter = useAdapter(sourceId);
  return useQuery(servicesQueryOptions(adapter));
}

export function useOperations(sourceId: string, service: string | null) {
  const adapter = useAdapter(sourceId);
  return useQuery({
    ...operationsQueryOptions(adapter, service ?? ''),
    enabled: adapter.capabilities.operations && !!service,
  });
}

/** Runs only for a submitted query (null = nothing to search yet). */
export function useSearch(sourceId: string, query: SearchQuery | null) {
  const adapter = useAdapter(sourceId);
  return useQuery({
    ...searchQueryOptions(adapter, query ?? EMPTY_QUERY),
    enabled: query !== null && adapter.capabilities.search,
  });
}

const EMPTY_QUERY: SearchQuery = { tags: [], startUs: micros(0), endUs: micros(0), limit: 0 };
