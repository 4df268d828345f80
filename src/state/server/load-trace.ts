import type { SourceAdapter } from '../../adapters/contract';
import type { Trace } from '../../model/types';
import { markLoadPhase } from '../../lib/load-marks';
import { setTraceLoadProgress } from './trace-load-progress';
import type { TraceLoadProgress } from './trace-worker-messages';
import { loadTraceInWorker, usesTraceWorker, WorkerUnavailable } from './trace-worker-client';

/**
 * One trace from its source, with its progress in the load-progress store for the loading
 * screen: on the main thread (the default; HTTP sources report the download, then
 * "decoding" for big bodies), or in the trace worker when that is turned on (see
 * trace-worker-client.ts).
 */
const PROGRESS_LINGER_MS = 1000;

export async function loadTrace(adapter: SourceAdapter, traceId: string, signal?: AbortSignal): Promise<Trace> {
  const config = adapter.config;
  let previewed = false;
  const onProgress = (p: TraceLoadProgress) => {
    previewed ||= p.phase === 'opening';
    setTraceLoadProgress(config.id, traceId, p);
  };
  if (!usesTraceWorker(config)) {
    try {
      const trace = await adapter.trace(traceId, signal, onProgress);
      markLoadPhase('decoded');
      // The page renders the trace a task or two later: until then the loader says what is
      // happening instead of falling back to "Loading…" (and keeps the first rows it shows).
      if (!previewed) onProgress({ phase: 'transferring', spans: trace.spans.length });
      setTimeout(() => setTraceLoadProgress(config.id, traceId, null), PROGRESS_LINGER_MS);
      return trace;
    } catch (e) {
      setTraceLoadProgress(config.id, traceId, null);
      throw e;
    }
  }
  try {
    return await loadTraceInWorker(config, traceId, {
      ...(signal ? { signal } : {}),
      onProgress,
    });
  } catch (e) {
    if (e instanceof WorkerUnavailable) return adapter.trace(traceId, signal, onProgress);
    throw e;
  } finally {
    setTraceLoadProgress(config.id, traceId, null);
  }
}
