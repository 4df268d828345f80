import { useQueries } from '@tanstack/react-query';
import { describeFailure } from '../../adapters/merged/merged-adapter';
import type { Trace } from '../../model/types';
import { useLookupAdapters } from './app-config';
import { traceQueryOptions } from './trace-query';

/** One source's answer to "do you have this trace?". */
export type LookupAnswer =
  | { readonly sourceId: string; readonly name: string; readonly status: 'pending' }
  | { readonly sourceId: string; readonly name: string; readonly status: 'found'; readonly trace: Trace; readonly at: number }
  | { readonly sourceId: string; readonly name: string; readonly status: 'missing'; readonly reason: string };

export interface TraceLookup {
  /** In config order. */
  readonly answers: readonly LookupAnswer[];
  /** Sources that have the trace, the first to answer first. */
  readonly found: readonly Extract<LookupAnswer, { status: 'found' }>[];
  /** Every source has answered. */
  readonly settled: boolean;
}

/**
 * Asks every configured source, and every file opened in this tab, for a trace at once (the
 * same cache entries the trace page reads, so opening the one found costs nothing). Leaving
 * the page cancels what is still running: the queries' AbortSignal reaches the adapters. No
 * retries: a source that fails is reported as such, the others are not kept waiting.
 */
export function useTraceLookup(traceId: string, enabled = true): TraceLookup {
  const adapters = useLookupAdapters();
  const results = useQueries({
    queries: adapters.map((adapter) => ({ ...traceQueryOptions(adapter, traceId), retry: false, enabled })),
  });
  const answers: LookupAnswer[] = results.map((r, k) => {
    const { id: sourceId, name } = adapters[k]!.config;
    if (r.isSuccess) return { sourceId, name, status: 'found', trace: r.data, at: r.dataUpdatedAt };
    if (r.isError) return { sourceId, name, status: 'missing', reason: describeFailure(r.error) };
    return { sourceId, name, status: 'pending' };
  });
  const found = answers
    .filter((a): a is Extract<LookupAnswer, { status: 'found' }> => a.status === 'found')
    .sort((a, b) => a.at - b.at);
  return { answers, found, settled: answers.every((a) => a.status !== 'pending') };
}
