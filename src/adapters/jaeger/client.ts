// Jaeger source: /api/v3 for services, operations, search and trace; the internal /api for
// dependencies, and for everything on servers without /api/v3 (a 404 that is not /api/v3's
// own envelope). The mode found is remembered per adapter.
import type { Operation, SearchQuery, SearchResult } from '../../model/search-types';
import type { Trace } from '../../model/types';
import { decodeOtlp } from '../otlp/decode';
import { OTLP_TEXT } from '../otlp/text-format';
import { offerPreview } from '../shared/offer-preview';
import { laidOutFor, TextPreview } from '../shared/text-preview';
import type { SourceConfig } from '../config';
import type { OnLoadProgress, SourceAdapter, TimeRange } from '../contract';
import { isSourceError, SourceError } from '../source-error';
import { dependencyLinks, field } from '../shared/decode-lists';
import { decodeOrFail } from '../shared/http';
import { createRequester } from '../shared/requester';
import { pickTrace, requireTraceId, searchResult, summariesWithTraces, traceNotFound } from '../shared/trace-results';
import { jaegerCapabilities } from './capabilities';
import { decodeJaegerJson } from './decode';
import { previewJaeger } from './preview';
import {
  isEmptyLegacyResult,
  isEmptyV3Result,
  isV3Envelope,
  readLegacyNames,
  readLegacyOperationNames,
  readOperationObjects,
  readV3Services,
  saysNoTracesFound,
} from './read-responses';
import { legacy, v3 } from './requests';

type ApiMode = 'unknown' | 'v3' | 'legacy';

const isNotFound = (e: unknown): e is SourceError => isSourceError(e) && e.kind === 'not-found';
/** A 404 that means "this server has no such route" rather than "no data". */
const isMissingRoute = (e: unknown): boolean =>
  isNotFound(e) && e.details.status === 404 && !isV3Envelope(e.details.body);

export function createJaegerAdapter(config: SourceConfig): SourceAdapter {
  const get = createRequester(config);
  let mode: ApiMode = 'unknown';

  /** Tries /api/v3 unless the server is known to lack it; falls back once on a missing route. */
  async function either<T>(viaV3: () => Promise<T>, viaLegacy: () => Promise<T>): Promise<T> {
    if (mode === 'legacy') return viaLegacy();
    try {
      const out = await viaV3();
      mode = 'v3';
      return out;
    } catch (e) {
      if (mode === 'unknown' && isMissingRoute(e)) {
        const out = await viaLegacy();
        mode = 'legacy';
        return out;
      }
      if (isNotFound(e) && mode === 'unknown') mode = 'v3';
      throw e;
    }
  }

  async function services(signal?: AbortSignal): Promise<string[]> {
    return either(
      async () => {
        const { url, json } = await get(v3.services(), signal);
        return decodeOrFail(url, 'services', () => readV3Services(json));
      },
      async () => {
        const { url, json } = await get(legacy.services(), signal);
        return decodeOrFail(url, 'services', () => readLegacyNames(json));
      },
    );
  }

  async function operations(service: string, signal?: AbortSignal): Promise<Operation[]> {
    return either(
      async () => {
        const { url, json } = await get(v3.operations(service), signal);
        return decodeOrFail(url, 'operations', () => readOperationObjects(field(json, 'operations'), 'operations'));
      },
      async () => {
        try {
          const { url, json } = await get(legacy.operations(service), signal);
          return decodeOrFail(url, 'operations', () => readOperationObjects(field(json, 'data'), 'data'));
        } catch (e) {
          if (!isNotFound(e)) throw e;
          const { url, json } = await get(legacy.serviceOperations(service), signal);
          return decodeOrFail(url, 'operations', () => readLegacyOperationNames(json));
        }
      },
    );
  }

  async function search(query: SearchQuery, signal?: AbortSignal): Promise<SearchResult> {
    const summaries = await either(
      async () => {
        let answer;
        try {
          answer = await get(v3.search(query), signal);
        } catch (e) {
          // /api/v3 answers an empty search with 404 "No traces found".
          if (isNotFound(e) && saysNoTracesFound(e.details.body)) return [];
          throw e;
        }
        const { url, json } = answer;
        if (isEmptyV3Result(json)) return [];
        return decodeOrFail(url, 'search results', () => summariesWithTraces(decodeOtlp(json, 'otlp-json')));
      },
      async () => {
        const { url, json } = await get(legacy.search(query), signal);
        if (isEmptyLegacyResult(json)) return [];
        return decodeOrFail(url, 'search results', () => summariesWithTraces(decodeJaegerJson(json)));
      },
    );
    return searchResult(summaries, query.limit);
  }

  async function trace(rawId: string, signal?: AbortSignal, onProgress?: OnLoadProgress): Promise<Trace> {
    const traceId = requireTraceId(rawId);
    const notFound = (url: string, cause?: SourceError): SourceError =>
      traceNotFound(traceId, config.name, url, cause);
    return either(
      async () => {
        const shape = v3.trace(traceId);
        const fromText = onProgress && new TextPreview(traceId, onProgress, OTLP_TEXT);
        let answer;
        try {
          answer = await get(shape, signal, onProgress, fromText);
        } catch (e) {
          if (isNotFound(e) && !isMissingRoute(e)) throw notFound(e.details.url ?? shape.path, e);
          throw e;
        }
        const { url, json, fullSpan } = answer;
        if (isEmptyV3Result(json)) throw notFound(url);
        const laidOut = await laidOutFor(json, traceId, fromText, onProgress, OTLP_TEXT);
        return decodeOrFail(url, 'the trace', () =>
          pickTrace(decodeOtlp(json, 'otlp-json', laidOut?.places, fullSpan), traceId, config.name, url, laidOut),
        );
      },
      async () => {
        const shape = legacy.trace(traceId);
        let answer;
        try {
          answer = await get(shape, signal, onProgress);
        } catch (e) {
          if (isNotFound(e)) throw notFound(e.details.url ?? shape.path, e);
          throw e;
        }
        const { url, json } = answer;
        if (isEmptyLegacyResult(json)) throw notFound(url);
        const laidOut = await offerPreview(onProgress, (rows) => previewJaeger(json, traceId, rows));
        return decodeOrFail(url, 'the trace', () => pickTrace(decodeJaegerJson(json), traceId, config.name, url, laidOut));
      },
    );
  }

  async function dependencies(range: TimeRange, signal?: AbortSignal) {
    const { url, json } = await get(legacy.dependencies(range), signal);
    return decodeOrFail(url, 'dependencies', () => dependencyLinks(field(json, 'data'), 'data'));
  }

  return { config, capabilities: jaegerCapabilities, services, operations, search, trace, dependencies };
}
