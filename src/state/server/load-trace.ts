import type { SourceAdapter } from '../../adapters/contract';
import type { Trace } from '../../model/types';
import { setTraceLoadProgress } from './trace-load-progress';
import type { TraceLoadProgress } from './trace-worker-messages';
import { loadTraceInWorker, usesTraceWorker, WorkerUnavailable } from './trace-worker-client';

/**
 * One trace from its source, with its progress in the load-progress store for the loading
 * screen: on the main thread (the default; HTTP sources report the download, then
 * "decoding" for big bodies), or in the trace worker when that is turned on (see
 * trace-worker-client.ts).
 */
export async function loadTrace(adapter: SourceAdapter, traceId: string, signal?: AbortSignal): Promise<Trace> {
  const config = adapter.config;
  const onProgress = (p: TraceLoadProgress) => setTraceLoadProgress(config.id, traceId, p);
  if (!usesTraceWorker(config)) {
    try {
      return await adapter.trace(traceId, signal, onProgress);
    } finally {
      setTraceLoadProgress(config.id, traceId, null);
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
