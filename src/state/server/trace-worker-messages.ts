import type { SourceConfig } from '../../adapters/config';
import type { LoadProgress } from '../../adapters/contract';
import type { SourceErrorKind } from '../../adapters/source-error';

/** What a trace load is doing, for the loading screen ("Downloading 12 MB…"). */
export type TraceLoadProgress = LoadProgress;

export type TraceWorkerRequest =
  | { readonly type: 'load'; readonly id: number; readonly config: SourceConfig; readonly traceId: string }
  | { readonly type: 'abort'; readonly id: number };

/** A SourceError (or any error) flattened for postMessage; rebuilt on the main thread. */
export interface SerializedError {
  readonly kind: SourceErrorKind | null;
  readonly message: string;
  readonly details: Readonly<Record<string, string | number>>;
}

export type TraceWorkerResponse =
  | { readonly type: 'progress'; readonly id: number; readonly progress: TraceLoadProgress }
  /** The built trace as `traceToText` writes it (see trace-transport.ts for why not a clone). */
  | { readonly type: 'done'; readonly id: number; readonly text: string }
  | { readonly type: 'error'; readonly id: number; readonly error: SerializedError };
