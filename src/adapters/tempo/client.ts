// Tempo source: TraceQL search over /api/search (summaries only), trace by id over
// /api/v2/traces (falling back to /api/traces on servers without it), services,
// operations and tags from the v2 tag endpoints. No dependency API.
import { micros } from '../../lib/units';
import type { Operation, SearchQuery, SearchResult } from '../../model/search-types';
import type { Trace } from '../../model/types';
import { decodeOtlp } from '../otlp/decode';
import { OTLP_TEXT } from '../otlp/text-format';
import { laidOutFor, TextPreview } from '../shared/text-preview';
import type { SourceConfig } from '../config';
import type { OnLoadProgress, SourceAdapter } from '../contract';
import { isSourceError, type SourceError } from '../source-error';
import { decodeOrFail } from '../shared/http';
import { createRequester } from '../shared/requester';
import { pickTrace, requireTraceId, searchResult, traceNotFound } from '../shared/trace-results';
import { tempoCapabilities } from './capabilities';
import { readSearchSummaries, readTagKeys, readTagValues } from './read-responses';
import * as req from './requests';

export interface TempoOptions {
  /** Epoch ms; injectable for tests. */
  readonly now?: () => number;
}

const isNotFound = (e: unknown): e is SourceError => isSourceError(e) && e.kind === 'not-found';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `{trace: {}}` / `{}` (v2: Tempo answers 200 with an empty trace when it has none) or `{batches: []}` (v1). */
function hasNoSpans(json: unknown): boolean {
  if (!isRecord(json)) return false;
  const holder = 'trace' in json ? json.trace : json;
  if (holder === undefined || holder === null) return true;
  if (!isRecord(holder)) return false;
  const list = holder.resourceSpans ?? holder.batches;
  return list === undefined || list === null || (Array.isArray(list) && list.length === 0);
}

export function createTempoAdapter(config: SourceConfig, options: TempoOptions = {}): SourceAdapter {
  const now = options.now ?? (() => Date.now());
  const get = createRequester(config, config.tenant ? { 'X-Scope-OrgID': config.tenant } : {});
  let v2TracesMissing = false;

  const metadataWindow = (): req.SecondsWindow => {
    const endUs = micros(now() * 1000);
    return req.secondsWindow(micros(endUs - req.METADATA_LOOKBACK_US), endUs);
  };

  async function services(signal?: AbortSignal): Promise<string[]> {
    const { url, json } = await get(req.services(metadataWindow()), signal);
    return decodeOrFail(url, 'services', () => readTagValues(json));
  }

  async function operations(service: string, signal?: AbortSignal): Promise<Operation[]> {
    const { url, json } = await get(req.operations(service, metadataWindow()), signal);
    return decodeOrFail(url, 'operations', () => readTagValues(json).map((name) => ({ name })));
  }

  async function tagKeys(signal?: AbortSignal): Promise<string[]> {
    const { url, json } = await get(req.tagKeys(metadataWindow()), signal);
    return decodeOrFail(url, 'tag names', () => readTagKeys(json));
  }

  async function tagValues(key: string, signal?: AbortSignal): Promise<string[]> {
    const { url, json } = await get(req.tagValues(key, metadataWindow()), signal);
    return decodeOrFail(url, 'tag values', () => readTagValues(json));
  }

  async function search(query: SearchQuery, signal?: AbortSignal): Promise<SearchResult> {
    const { url, json } = await get(req.search(query), signal);
    const { summaries, skipped } = decodeOrFail(url, 'search results', () => readSearchSummaries(json));
    const notes = skipped > 0 ? [`${skipped} result(s) had an unreadable trace id and are not shown.`] : [];
    const sorted = [...summaries].sort((a, b) => b.startUs - a.startUs || a.traceId.localeCompare(b.traceId));
    return searchResult(sorted, query.limit, notes);
  }

  async function traceV1(traceId: string, signal?: AbortSignal, onProgress?: OnLoadProgress): Promise<Trace> {
    const shape = req.traceV1(traceId);
    const fromText = onProgress && new TextPreview(traceId, onProgress, OTLP_TEXT);
    let answer;
    try {
      answer = await get(shape, signal, onProgress, fromText);
    } catch (e) {
      // Tempo's v1 answers an unknown trace with 404 and an empty body.
      if (isNotFound(e)) throw traceNotFound(traceId, config.name, e.details.url ?? shape.path, e);
      throw e;
    }
    const { url, json, fullSpan } = answer;
    if (hasNoSpans(json)) throw traceNotFound(traceId, config.name, url);
    const laidOut = await laidOutFor(json, traceId, fromText, onProgress, OTLP_TEXT);
    return decodeOrFail(url, 'the trace', () =>
      pickTrace(decodeOtlp(json, 'tempo-json', laidOut?.places, fullSpan), traceId, config.name, url, laidOut),
    );
  }

  async function trace(rawId: string, signal?: AbortSignal, onProgress?: OnLoadProgress): Promise<Trace> {
    const traceId = requireTraceId(rawId);
    if (v2TracesMissing) return traceV1(traceId, signal, onProgress);
    const fromText = onProgress && new TextPreview(traceId, onProgress, OTLP_TEXT);
    let answer;
    try {
      answer = await get(req.traceV2(traceId), signal, onProgress, fromText);
    } catch (e) {
      // v2 never answers 404 for a missing trace, so a 404 means an older Tempo without it.
      if (!isNotFound(e)) throw e;
      v2TracesMissing = true;
      return traceV1(traceId, signal, onProgress);
    }
    const { url, json, fullSpan } = answer;
    if (hasNoSpans(json)) throw traceNotFound(traceId, config.name, url);
    const laidOut = await laidOutFor(json, traceId, fromText, onProgress, OTLP_TEXT);
    return decodeOrFail(url, 'the trace', () =>
      pickTrace(decodeOtlp(json, 'otlp-json', laidOut?.places, fullSpan), traceId, config.name, url, laidOut),
    );
  }

  return { config, capabilities: tempoCapabilities, services, operations, search, trace, tagKeys, tagValues };
}
