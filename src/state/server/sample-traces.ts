import type { SourceAdapter, TimeRange } from '../../adapters/contract';
import { SourceError } from '../../adapters/source-error';
import type { Trace } from '../../model/types';

export interface SampleProgress {
  /** Traces in hand so far. */
  readonly fetched: number;
  /** Traces the search named (≤ the sample size); 0 while the search runs. */
  readonly total: number;
  readonly phase: 'searching' | 'fetching' | 'deriving';
}

/** Parallel trace fetches for sources whose search returns summaries only (Tempo). */
export const TRACE_FETCH_CONCURRENCY = 4;

/**
 * Up to `size` whole traces from the time range: one search, then, for summaries that do
 * not carry their trace, one fetch per trace with limited concurrency. A trace that fails
 * to load is skipped and counted (the graph says so); cancelling rejects with 'aborted'.
 */
export async function sampleTraces(
  adapter: SourceAdapter,
  range: TimeRange,
  size: number,
  signal: AbortSignal,
  onProgress: (p: SampleProgress) => void,
): Promise<{ traces: Trace[]; failed: number }> {
  onProgress({ fetched: 0, total: 0, phase: 'searching' });
  const result = await adapter.search({ tags: [], startUs: range.startUs, endUs: range.endUs, limit: size }, signal);
  const summaries = result.summaries.slice(0, size);
  const traces: Trace[] = [];
  const missing: string[] = [];
  for (const s of summaries) {
    if (s.trace) traces.push(s.trace);
    else missing.push(s.traceId);
  }
  const total = summaries.length;
  onProgress({ fetched: traces.length, total, phase: 'fetching' });
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < missing.length) {
      const id = missing[next++]!;
      throwIfAborted(signal);
      try {
        traces.push(await adapter.trace(id, signal));
      } catch (error) {
        if (signal.aborted) throw error;
        failed++;
      }
      onProgress({ fetched: traces.length + failed, total, phase: 'fetching' });
    }
  };
  await Promise.all(Array.from({ length: Math.min(TRACE_FETCH_CONCURRENCY, missing.length) }, worker));
  throwIfAborted(signal);
  return { traces, failed };
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new SourceError('aborted', 'Sampling traces was cancelled.');
}
