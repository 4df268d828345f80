import type { TimeRange } from '../../adapters/contract';
import type { SearchQuery } from '../../model/search-types';

/**
 * The one key factory for server state (after Jaeger UI's useTraceLoading): every key
 * starts with the source id, so switching or reloading a source invalidates its subtree.
 */
export const queryKeys = {
  source: (sourceId: string) => ['source', sourceId] as const,
  services: (sourceId: string) => ['source', sourceId, 'services'] as const,
  operations: (sourceId: string, service: string) =>
    ['source', sourceId, 'operations', service] as const,
  search: (sourceId: string, query: SearchQuery) => ['source', sourceId, 'search', query] as const,
  trace: (sourceId: string, traceId: string) => ['source', sourceId, 'trace', traceId] as const,
  deps: (sourceId: string, range: TimeRange) =>
    ['source', sourceId, 'deps', range.startUs, range.endUs] as const,
};
