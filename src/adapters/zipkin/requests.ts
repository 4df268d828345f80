// Pure request builders for Zipkin's /api/v2. Durations in µs, endTs and lookback in ms.
import type { Micros } from '../../lib/units';
import type { SearchQuery } from '../../model/search-types';
import type { TimeRange } from '../contract';
import type { RequestShape } from '../shared/requester';
import { pathSegment } from '../shared/url';
import { epochMillis, lookbackMillis } from '../shared/time-format';

/**
 * Tags → Zipkin's annotationQuery: `key=value` matches a tag, a bare key matches a tag key
 * or an annotation value; terms are joined by ` and `.
 */
export function annotationQuery(tags: SearchQuery['tags']): string | undefined {
  const terms = tags
    .filter(([k]) => k.trim() !== '')
    .map(([k, v]) => (v === '' ? k.trim() : `${k.trim()}=${v}`));
  return terms.length ? terms.join(' and ') : undefined;
}

const wholeMicros = (us: Micros | undefined): number | undefined =>
  us !== undefined && us > 0 ? Math.round(us) : undefined;

/**
 * Zipkin rejects maxDuration without minDuration, and minDuration <= 0, so a lone maximum
 * is sent with minDuration=1 (1 µs): the same filter for every span that has a duration.
 */
export function durationParams(q: SearchQuery): { minDuration?: number; maxDuration?: number } {
  const min = wholeMicros(q.minDurationUs);
  const max = wholeMicros(q.maxDurationUs);
  if (min === undefined && max === undefined) return {};
  if (min === undefined) return { minDuration: 1, maxDuration: max };
  return max === undefined ? { minDuration: min } : { minDuration: min, maxDuration: max };
}

export const services = (): RequestShape => ({ path: '/api/v2/services' });
export const spans = (serviceName: string): RequestShape => ({ path: '/api/v2/spans', params: { serviceName } });
export const remoteServices = (serviceName: string): RequestShape => ({
  path: '/api/v2/remoteServices',
  params: { serviceName },
});

export function traces(q: SearchQuery): RequestShape {
  const { minDuration, maxDuration } = durationParams(q);
  return {
    path: '/api/v2/traces',
    params: {
      serviceName: q.service || undefined,
      spanName: q.operation || undefined,
      remoteServiceName: q.remoteService || undefined,
      annotationQuery: annotationQuery(q.tags),
      minDuration,
      maxDuration,
      endTs: epochMillis(q.endUs),
      lookback: lookbackMillis(q.startUs, q.endUs),
      limit: q.limit,
    },
  };
}

/** `traceId` is already 32 lower-case hex (Zipkin rejects upper case). */
export const trace = (traceId: string): RequestShape => ({ path: `/api/v2/trace/${pathSegment(traceId.toLowerCase())}` });

export const dependencies = (range: TimeRange): RequestShape => ({
  path: '/api/v2/dependencies',
  params: { endTs: epochMillis(range.endUs), lookback: lookbackMillis(range.startUs, range.endUs) },
});

export const autocompleteKeys = (): RequestShape => ({ path: '/api/v2/autocompleteKeys' });
export const autocompleteValues = (key: string): RequestShape => ({ path: '/api/v2/autocompleteValues', params: { key } });
