import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { SearchResult } from '../../model/search-types';
import type { Trace } from '../../model/types';
import { queryKeys } from './query-keys';

const isTrace = (x: unknown): x is Trace =>
  typeof x === 'object' && x !== null && 'traceId' in x && Array.isArray((x as Trace).spans);
const isSearchResult = (x: unknown): x is SearchResult =>
  typeof x === 'object' && x !== null && Array.isArray((x as SearchResult).summaries);

/**
 * A reader of the traces this source has in the cache (opened traces and whole traces in
 * search answers): what the user has seen, for suggestions. Read on demand, not subscribed.
 */
export function useCachedTraces(sourceId: string): () => Trace[] {
  const client = useQueryClient();
  return useCallback(() => {
    const byId = new Map<string, Trace>();
    for (const [, data] of client.getQueriesData({ queryKey: queryKeys.source(sourceId) })) {
      if (isTrace(data)) byId.set(data.traceId, data);
      else if (isSearchResult(data)) for (const s of data.summaries) if (s.trace) byId.set(s.trace.traceId, s.trace);
    }
    return [...byId.values()];
  }, [client, sourceId]);
}
