import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { SourceAdapter, TimeRange } from '../../adapters/contract';
import { SourceError } from '../../adapters/source-error';
import { deriveServiceGraph, graphFromDependencies } from '../../model/service-graph/derive-graph';
import type { ServiceGraph } from '../../model/service-graph/graph-types';
import { useAdapter } from './app-config';
import { queryKeys } from './query-keys';
import { sampleTraces, type SampleProgress } from './sample-traces';

/** Demo and file sources hold their traces: deriving gives latency and peers for free. */
export function derivesByDefault(adapter: SourceAdapter): boolean {
  return !adapter.capabilities.dependencies || !adapter.dependencies || adapter.config.type === 'demo';
}

const BACKEND_NAMES: Readonly<Record<string, string>> = { jaeger: 'Jaeger', zipkin: 'Zipkin', tempo: 'Tempo', demo: 'Demo' };

export const backendDependenciesOptions = (adapter: SourceAdapter, range: TimeRange) => ({
  queryKey: queryKeys.deps(adapter.config.id, range),
  queryFn: async ({ signal }: { signal: AbortSignal }): Promise<ServiceGraph> => {
    if (!adapter.dependencies) {
      throw new SourceError('bad-request', `${adapter.config.name} has no dependency API.`, {
        hint: 'Derive the graph from sampled traces instead.',
      });
    }
    const links = await adapter.dependencies(range, signal);
    const backend = BACKEND_NAMES[adapter.config.type] ?? adapter.config.type;
    return graphFromDependencies(links, { kind: 'backend', backend, fromUs: range.startUs, toUs: range.endUs });
  },
  staleTime: Infinity,
});

export const sampledGraphKey = (sourceId: string, range: TimeRange, size: number) =>
  ['source', sourceId, 'deps-sample', range.startUs, range.endUs, size] as const;

export interface SampledGraph {
  readonly graph: ServiceGraph;
  /** Traces that failed to load and were left out. */
  readonly failed: number;
}

/** Lets the browser paint (progress, cancel clicks) between the fetches and the derivation. */
const yieldToMain = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface DependencyGraphRequest {
  readonly sourceId: string;
  readonly range: TimeRange;
  readonly derive: boolean;
  readonly sampleSize: number;
}

/**
 * The page's graph: the backend's aggregation, or one derived in the browser from a sample
 * of traces, with progress and cancel. Both are cached per source, window and size.
 */
export function useDependencyGraph({ sourceId, range, derive, sampleSize }: DependencyGraphRequest) {
  const adapter = useAdapter(sourceId);
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<SampleProgress | null>(null);
  const sampledKey = useMemo(() => sampledGraphKey(sourceId, range, sampleSize), [sourceId, range, sampleSize]);
  // A cancel holds for the sample it stopped; another window or size samples afresh.
  const [cancelledKey, setCancelledKey] = useState<string | null>(null);
  const cancelled = cancelledKey === JSON.stringify(sampledKey);

  const backend = useQuery({ ...backendDependenciesOptions(adapter, range), enabled: !derive });
  const sampled = useQuery({
    queryKey: sampledKey,
    queryFn: async ({ signal }): Promise<SampledGraph> => {
      const { traces, failed } = await sampleTraces(adapter, range, sampleSize, signal, setProgress);
      setProgress({ fetched: traces.length + failed, total: traces.length + failed, phase: 'deriving' });
      await yieldToMain();
      const graph = deriveServiceGraph(traces, {
        kind: 'sampled',
        traceCount: traces.length,
        fromUs: range.startUs,
        toUs: range.endUs,
      });
      return { graph, failed };
    },
    enabled: derive && !cancelled,
    staleTime: Infinity,
    retry: false,
  });

  const cancel = useCallback(() => {
    setCancelledKey(JSON.stringify(sampledKey));
    void queryClient.cancelQueries({ queryKey: sampledKey });
  }, [queryClient, sampledKey]);
  const restart = useCallback(() => {
    setCancelledKey(null);
    setProgress(null);
    void queryClient.resetQueries({ queryKey: sampledKey });
  }, [queryClient, sampledKey]);

  if (derive) {
    return {
      graph: sampled.data?.graph ?? null,
      failedTraces: sampled.data?.failed ?? 0,
      error: sampled.error,
      loading: sampled.isFetching,
      progress: sampled.isFetching ? progress : null,
      cancelled: cancelled && !sampled.data,
      cancel,
      restart,
      refetch: restart,
    };
  }
  return {
    graph: backend.data ?? null,
    failedTraces: 0,
    error: backend.error,
    loading: backend.isFetching,
    progress: null,
    cancelled: false,
    cancel: () => void queryClient.cancelQueries({ queryKey: queryKeys.deps(sourceId, range) }),
    restart: () => void backend.refetch(),
    refetch: () => void backend.refetch(),
  };
}
