import type { SourceConfig } from '../../adapters/config';
import { SourceError } from '../../adapters/source-error';
import type { Trace } from '../../model/types';
import { traceFromText } from './trace-transport';
import type { TraceLoadProgress, TraceWorkerRequest, TraceWorkerResponse } from './trace-worker-messages';

/**
 * A tiny RPC to the trace worker: one module worker for the page, started on first use;
 * each load has an id, progress messages, and an abort. When the worker cannot start (no
 * Worker, a CSP, the script failed to load) callers get `null` / WorkerUnavailable and load
 * on the main thread instead.
 */
export class WorkerUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerUnavailable';
  }
}

interface Pending {
  readonly resolve: (t: Trace) => void;
  readonly reject: (e: unknown) => void;
  readonly onProgress?: ((p: TraceLoadProgress) => void) | undefined;
}

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(reason: string): void {
  for (const p of pending.values()) p.reject(new WorkerUnavailable(reason));
  pending.clear();
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    const w = new Worker(new URL('./trace-worker.ts', import.meta.url), { type: 'module', name: 'trace-loader' });
    w.onmessage = (event: MessageEvent<TraceWorkerResponse>) => {
      const msg = event.data;
      const p = pending.get(msg.id);
      if (!p) return;
      if (msg.type === 'progress') {
        p.onProgress?.(msg.progress);
        return;
      }
      pending.delete(msg.id);
      if (msg.type === 'done') p.resolve(traceFromText(msg.text));
      else p.reject(msg.error.kind ? new SourceError(msg.error.kind, msg.error.message, msg.error.details) : new Error(msg.error.message));
    };
    // An error event on the worker itself means its script did not run: stop using it.
    w.onerror = (event) => {
      event.preventDefault();
      worker = null;
      w.terminate();
      failAll(`The trace worker failed to start (${event.message || 'script error'}).`);
    };
    return (worker = w);
  } catch {
    return (worker = null);
  }
}

/** Relative source URLs resolve against the page, not against the worker script. */
function absoluteConfig(config: SourceConfig): SourceConfig {
  try {
    return { ...config, url: new URL(config.url, document.baseURI).href };
  } catch {
    return config;
  }
}

export function loadTraceInWorker(
  config: SourceConfig,
  traceId: string,
  options: { signal?: AbortSignal; onProgress?: (p: TraceLoadProgress) => void } = {},
): Promise<Trace> {
  const w = startWorker();
  if (!w) return Promise.reject(new WorkerUnavailable('Web workers are not available here.'));
  const id = nextId++;
  const { signal, onProgress } = options;
  return new Promise<Trace>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new SourceError('aborted', `Loading trace ${traceId} was cancelled.`));
      return;
    }
    const onAbort = () => w.postMessage({ type: 'abort', id } satisfies TraceWorkerRequest);
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    pending.set(id, {
      resolve: (t) => {
        done();
        resolve(t);
      },
      reject: (e) => {
        done();
        reject(e);
      },
      onProgress,
    });
    w.postMessage({ type: 'load', id, config: absoluteConfig(config), traceId } satisfies TraceWorkerRequest);
  });
}

const STORAGE_KEY = 'tracescope.traceWorker';

/**
 * Whether a source's traces load in the worker: HTTP sources only (the demo and opened
 * files have no URL and stay on the main thread), and only when turned on with
 * `localStorage['tracescope.traceWorker'] = 'on'`. Off by default: measured on 100k spans,
 * the worker keeps the page responsive (the main thread only parses the finished model,
 * ~40% of the work) but shows the first rows later (the model crosses threads as text:
 * stringify + parse on top of the work itself); structured clone was slower still.
 */
export function usesTraceWorker(config: SourceConfig): boolean {
  if (config.type === 'demo' || !config.url) return false;
  if (typeof Worker === 'undefined' || typeof document === 'undefined') return false;
  let mode: string | null = null;
  try {
    mode = localStorage.getItem(STORAGE_KEY);
  } catch {
    // no storage: the default
  }
  return mode === 'on' && worker !== null;
}
