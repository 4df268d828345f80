// Binds a source's base URL, headers and timeout to the HTTP helpers, so adapters only
// name paths and parameters.
import type { SourceConfig } from '../config';
import type { OnLoadProgress } from '../contract';
import { fetchJson, type BodyWatcher, type ParsedBody } from './http';
import { buildUrl, type QueryParams } from './url';

export interface RequestShape {
  readonly path: string;
  readonly params?: QueryParams;
}

export interface JsonAnswer extends ParsedBody {
  readonly url: string;
}

export type GetJson = (
  shape: RequestShape,
  signal?: AbortSignal,
  onProgress?: OnLoadProgress,
  watchBody?: BodyWatcher,
) => Promise<JsonAnswer>;

/** `extraHeaders` come after the configured ones (Tempo's tenant header). */
export function createRequester(config: SourceConfig, extraHeaders: Readonly<Record<string, string>> = {}): GetJson {
  const headers = { ...config.headers, ...extraHeaders };
  return async (shape, signal, onProgress, watchBody) => {
    const url = buildUrl(config.url, shape.path, shape.params);
    const body = await fetchJson(url, {
      headers,
      timeoutMs: config.timeoutMs,
      ...(signal ? { signal } : {}),
      ...(onProgress ? { onProgress } : {}),
      ...(watchBody ? { watchBody } : {}),
    });
    return { url, ...body };
  };
}

/** A URL for messages when a request failed before answering. */
export const urlOf = (config: SourceConfig, shape: RequestShape): string =>
  buildUrl(config.url, shape.path, shape.params);
