import type { SourceAdapter, TimeRange } from '../../adapters/contract';
import { SourceError } from '../../adapters/source-error';
import type { TraceSummary } from '../../model/search-types';
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
  const summaries = (await searchSample(adapter, range, size, signal)).slice(0, size);
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

/**
 * One search over the window, or, for Jaeger (whose search needs a service), one per
 * service with an even share of the sample, merged without duplicates.
 */
async function searchSample(adapter: SourceAdapter, range: TimeRange, size: number, signal: AbortSignal): Promise<TraceSummary[]> {
  const base = { tags: [] as const, startUs: range.startUs, endUs: range.endUs };
  if (adapter.config.type !== 'jaeger') return [...(await adapter.search({ ...base, limit: size }, signal)).summaries];
  const services = await adapter.services(signal);
  const share = Math.max(1, Math.ceil(size / Math.max(1, services.length)));
  const seen = new Map<string, TraceSummary>();
  let next = 0;
  let failures = 0;
  let lastError: unknown = null;
  const worker = async () => {
    while (next < services.length && seen.size < size) {
      const service = services[next++]!;
      try {
        const found = await adapter.search({ ...base, service, limit: share }, signal);
        for (const s of found.summaries) if (!seen.has(s.traceId)) seen.set(s.traceId, s);
      } catch (error) {
        // One service failing to search leaves the others' sample standing.
        if (signal.aborted) throw error;
        failures++;
        lastError = error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(TRACE_FETCH_CONCURRENCY, services.length) }, worker));
  if (failures > 0 && failures === services.length) throw lastError;
  return [...seen.values()];
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new SourceError('aborted', 'Sampling traces was cancelled.');
}
