// Pure request builders for Tempo's HTTP API.
import type { Micros } from '../../lib/units';
import type { SearchQuery } from '../../model/search-types';
import type { RequestShape } from '../shared/requester';
import { pathSegment } from '../shared/url';
import { attributeIdentifier, compileTraceQL, quoteString } from './compile-traceql';

/** Spans per span set Tempo returns with each search hit (its default; we only show counts). */
export const SPANS_PER_SPANSET = 3;
/** How far back the service, operation and tag lists look (Tempo alone would look 15 min back). */
export const METADATA_LOOKBACK_US = 24 * 3600 * 1_000_000;

export interface SecondsWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * µs window → whole unix seconds, widened outwards and never empty: Tempo takes both or
 * neither, and rejects end <= start.
 */
export function secondsWindow(startUs: Micros, endUs: Micros): SecondsWindow {
  const start = Math.floor(startUs / 1_000_000);
  const end = Math.max(start + 1, Math.ceil(endUs / 1_000_000));
  return { start, end };
}

export function search(q: SearchQuery): RequestShape {
  const { start, end } = secondsWindow(q.startUs, q.endUs);
  return {
    path: '/api/search',
    params: { q: compileTraceQL(q), limit: q.limit, spss: SPANS_PER_SPANSET, start, end },
  };
}

export const services = (w: SecondsWindow): RequestShape => ({
  path: '/api/v2/search/tag/resource.service.name/values',
  params: { start: w.start, end: w.end },
});

export const operations = (service: string, w: SecondsWindow): RequestShape => ({
  path: '/api/v2/search/tag/name/values',
  params: { q: `{resource.service.name=${quoteString(service)}}`, start: w.start, end: w.end },
});

export const tagKeys = (w: SecondsWindow): RequestShape => ({
  path: '/api/v2/search/tags',
  params: { start: w.start, end: w.end },
});

/** `key` as typed or as tagKeys() listed it (`resource.x`, `span.x`, intrinsic, or bare → `.x`). */
export const tagValues = (key: string, w: SecondsWindow): RequestShape => ({
  path: `/api/v2/search/tag/${pathSegment(attributeIdentifier(key))}/values`,
  params: { start: w.start, end: w.end },
});

export const traceV2 = (traceId: string): RequestShape => ({ path: `/api/v2/traces/${pathSegment(traceId)}` });
export const traceV1 = (traceId: string): RequestShape => ({ path: `/api/traces/${pathSegment(traceId)}` });
