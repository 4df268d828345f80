/// <reference lib="webworker" />
// The trace loader's worker: fetch + JSON.parse + decode + buildTrace off the main thread,
// with the same adapter code as the main thread (createAdapter from the SourceConfig).
// Progress comes from counting the response body as it streams in.
import { createAdapter } from '../../adapters/registry';
import { isSourceError } from '../../adapters/source-error';
import { traceToText } from './trace-transport';
import type { SerializedError, TraceLoadProgress, TraceWorkerRequest, TraceWorkerResponse } from './trace-worker-messages';

declare const self: DedicatedWorkerGlobalScope;

interface Load {
  readonly traceId: string;
  readonly controller: AbortController;
}
const loads = new Map<number, Load>();

const post = (msg: TraceWorkerResponse) => self.postMessage(msg);
const report = (id: number, progress: TraceLoadProgress) => post({ type: 'progress', id, progress });

// Loads are told apart by their trace id in the request URL (the adapter's fetch calls
// carry no other handle); a response no load claims passes through untouched.
const realFetch = self.fetch.bind(self);
self.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const response = await realFetch(input, init);
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const ids = [...loads].filter(([, l]) => url.includes(l.traceId)).map(([id]) => id);
  if (ids.length === 0 || !response.body || !response.ok) return response;
  const totalBytes = Number(response.headers.get('content-length')) || null;
  let bytes = 0;
  let last = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, out) {
      bytes += chunk.byteLength;
      const now = performance.now();
      if (now - last > 100) {
        last = now;
        for (const id of ids) report(id, { phase: 'downloading', bytes, totalBytes });
      }
      out.enqueue(chunk);
    },
    flush() {
      for (const id of ids) report(id, { phase: 'decoding', bytes });
    },
  });
  return new Response(response.body.pipeThrough(counter), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};

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
    loads.get(msg.id)?.controller.abort();
    return;
  }
  const controller = new AbortController();
  loads.set(msg.id, { traceId: msg.traceId, controller });
  try {
    const trace = await createAdapter(msg.config).trace(msg.traceId, controller.signal);
    report(msg.id, { phase: 'transferring', spans: trace.spans.length });
    post({ type: 'done', id: msg.id, text: traceToText(trace) });
  } catch (e) {
    post({ type: 'error', id: msg.id, error: serializeError(e) });
  } finally {
    loads.delete(msg.id);
  }
};
