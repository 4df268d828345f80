/// <reference lib="webworker" />
// The trace loader's worker: fetch + JSON.parse + decode + buildTrace off the main thread,
// with the same adapter code as the main thread (createAdapter from the SourceConfig).
// Progress comes from the adapter's own byte counting (the same as on the main thread).
import { createAdapter } from '../../adapters/registry';
import { isSourceError } from '../../adapters/source-error';
import { traceToText } from './trace-transport';
import type { SerializedError, TraceLoadProgress, TraceWorkerRequest, TraceWorkerResponse } from './trace-worker-messages';

declare const self: DedicatedWorkerGlobalScope;

/** Loads in flight, by request id, so an 'abort' message can stop one. */
const loads = new Map<number, AbortController>();

const post = (msg: TraceWorkerResponse) => self.postMessage(msg);
const report = (id: number, progress: TraceLoadProgress) => post({ type: 'progress', id, progress });

function serializeError(e: unknown): SerializedError {
  if (isSourceError(e)) {
    const details: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(e.details)) if (typeof v === 'string' || typeof v === 'number') details[k] = v;
    return { kind: e.kind, message: e.message, details };
  }
  return { kind: null, message: e instanceof Error ? e.message : String(e), details: {} };
}

self.onmessage = async (event: MessageEvent<TraceWorkerRequest>) => {
  const msg = event.data;
  if (msg.type === 'abort') {
    loads.get(msg.id)?.abort();
    return;
  }
  const controller = new AbortController();
  loads.set(msg.id, controller);
  try {
    const trace = await createAdapter(msg.config).trace(msg.traceId, controller.signal, (p) => report(msg.id, p));
    report(msg.id, { phase: 'transferring', spans: trace.spans.length });
    post({ type: 'done', id: msg.id, text: traceToText(trace) });
  } catch (e) {
    post({ type: 'error', id: msg.id, error: serializeError(e) });
  } finally {
    loads.delete(msg.id);
  }
};
