// Zipkin source over /api/v2. Zipkin's CORS allows only the Content-Type header, so no
// header is sent unless the source's config names one (then a same-origin proxy is needed).
import type { Operation, SearchQuery, SearchResult } from '../../model/search-types';
import type { Trace } from '../../model/types';
import type { SourceConfig } from '../config';
import type { OnLoadProgress, SourceAdapter, TimeRange } from '../contract';
import { isSourceError } from '../source-error';
import { dependencyLinks, stringList } from '../shared/decode-lists';
import { decodeOrFail } from '../shared/http';
import { createRequester, type RequestShape } from '../shared/requester';
import { laidOutFor, TextPreview } from '../shared/text-preview';
import { pickTrace, requireTraceId, searchResult, summariesWithTraces, traceNotFound } from '../shared/trace-results';
import { zipkinCapabilities } from './capabilities';
import { decodeZipkin } from './decode';
import * as req from './requests';
import { ZIPKIN_TEXT } from './text-format';

export interface ZipkinAdapter extends SourceAdapter {
  /** Services the given service calls (`/api/v2/remoteServices`). */
  remoteServices(service: string, signal?: AbortSignal): Promise<string[]>;
}

const isEmptyList = (json: unknown): boolean => Array.isArray(json) && json.length === 0;

export function createZipkinAdapter(config: SourceConfig): ZipkinAdapter {
  const get = createRequester(config);

  const names = async (shape: RequestShape, what: string, signal?: AbortSignal): Promise<string[]> => {
    const { url, json } = await get(shape, signal);
    return decodeOrFail(url, what, () => stringList(json, '(root)'));
  };

  async function search(query: SearchQuery, signal?: AbortSignal): Promise<SearchResult> {
    const { url, json } = await get(req.traces(query), signal);
    if (isEmptyList(json)) return searchResult([], query.limit);
    return searchResult(
      decodeOrFail(url, 'search results', () => summariesWithTraces(decodeZipkin(json))),
      query.limit,
    );
  }

  async function trace(rawId: string, signal?: AbortSignal, onProgress?: OnLoadProgress): Promise<Trace> {
    const traceId = requireTraceId(rawId);
    const shape = req.trace(traceId);
    const fromText = onProgress && new TextPreview(traceId, onProgress, ZIPKIN_TEXT);
    let answer;
    try {
      answer = await get(shape, signal, onProgress, fromText);
    } catch (e) {
      // Zipkin: 404 with the plain text `<id> not found`.
      if (isSourceError(e) && e.kind === 'not-found') throw traceNotFound(traceId, config.name, e.details.url ?? shape.path, e);
      throw e;
    }
    const { url, json, fullSpan } = answer;
    if (isEmptyList(json)) throw traceNotFound(traceId, config.name, url);
    const laidOut = await laidOutFor(json, traceId, fromText, onProgress, ZIPKIN_TEXT);
    return decodeOrFail(url, 'the trace', () => pickTrace(decodeZipkin(json, fullSpan), traceId, config.name, url, laidOut));
  }

  async function dependencies(range: TimeRange, signal?: AbortSignal) {
    const { url, json } = await get(req.dependencies(range), signal);
    return decodeOrFail(url, 'dependencies', () => dependencyLinks(json, '(root)'));
  }

  return {
    config,
    capabilities: zipkinCapabilities,
    services: (signal) => names(req.services(), 'services', signal),
    operations: async (service, signal): Promise<Operation[]> =>
      (await names(req.spans(service), 'span names', signal)).map((name) => ({ name })),
    remoteServices: (service, signal) => names(req.remoteServices(service), 'remote services', signal),
    search,
    trace,
    dependencies,
    tagKeys: (signal) => names(req.autocompleteKeys(), 'tag names', signal),
    tagValues: (key, signal) => names(req.autocompleteValues(key), 'tag values', signal),
  };
}
