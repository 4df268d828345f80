import { queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { micros } from '../../lib/units';
import type { CompiledSearch } from '../../adapters/compiled-search';
import type { SourceAdapter } from '../../adapters/contract';
import { finishSearch, type FinishedSearch } from '../../adapters/finish-search';
import type { SearchQuery, SearchResult } from '../../model/search-types';
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

/**
 * Runs a compiled filter-language search: the backend's answer is cached as it came (so a
 * query differing only in its browser part reuses it), and `select` finishes it in the
 * browser (re-check, limit, notes).
 */
export function useCompiledSearch(sourceId: string, compiled: CompiledSearch | null) {
  const adapter = useAdapter(sourceId);
  const type = adapter.config.type;
  const finish = useCallback(
    (result: SearchResult): FinishedSearch =>
      compiled ? finishSearch(type, compiled, result) : { ...result, returned: result.summaries.length, matched: result.summaries.length },
    [compiled, type],
  );
  return useQuery({
    ...searchQueryOptions(adapter, compiled?.request ?? EMPTY_QUERY),
    enabled: compiled !== null && adapter.capabilities.search,
    select: finish,
  });
}

/** Attribute keys the source lists (Tempo tag endpoints, Zipkin autocomplete keys, demo). */
export function useTagKeys(sourceId: string, enabled: boolean) {
  const adapter = useAdapter(sourceId);
  return useQuery({
    queryKey: [...queryKeys.source(sourceId), 'tag-keys'] as const,
    queryFn: ({ signal }) => adapter.tagKeys?.(signal) ?? Promise.resolve([]),
    enabled: enabled && adapter.capabilities.tagAutocomplete && !!adapter.tagKeys,
    staleTime: FIVE_MINUTES,
    retry: false,
  });
}

export function useTagValues(sourceId: string, key: string | null) {
  const adapter = useAdapter(sourceId);
  return useQuery({
    queryKey: [...queryKeys.source(sourceId), 'tag-values', key ?? ''] as const,
    queryFn: ({ signal }) => adapter.tagValues?.(key ?? '', signal) ?? Promise.resolve([]),
    enabled: key !== null && adapter.capabilities.tagAutocomplete && !!adapter.tagValues,
    staleTime: FIVE_MINUTES,
    retry: false,
  });
}

const EMPTY_QUERY: SearchQuery = { tags: [], startUs: micros(0), endUs: micros(0), limit: 0 };
