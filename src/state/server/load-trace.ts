import type { SourceAdapter } from '../../adapters/contract';
import type { Trace } from '../../model/types';
import { setTraceLoadProgress } from './trace-load-progress';
import { loadTraceInWorker, usesTraceWorker, WorkerUnavailable } from './trace-worker-client';

/**
 * One trace from its source: in the trace worker for HTTP sources (the main thread stays
 * responsive and the page shows progress), on the main thread for the demo and files, or
 * when the worker is off or cannot start.
 */
export async function loadTrace(adapter: SourceAdapter, traceId: string, signal?: AbortSignal): Promise<Trace> {
  const config = adapter.config;
  if (!usesTraceWorker(config)) return adapter.trace(traceId, signal);
  try {
    return await loadTraceInWorker(config, traceId, {
      ...(signal ? { signal } : {}),
      onProgress: (p) => setTraceLoadProgress(config.id, traceId, p),
    });
  } catch (e) {
    if (e instanceof WorkerUnavailable) return adapter.trace(traceId, signal);
    throw e;
  } finally {
    setTraceLoadProgress(config.id, traceId, null);
  }
}
