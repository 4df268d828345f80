// Pure request builders for Jaeger: the path and query parameters each call sends.
// /api/v3 takes snake_case names (accepted by every v2 release; camelCase only from v2.19),
// RFC 3339 times and Go durations; the older internal /api takes µs times.
import type { Micros } from '../../lib/units';
import type { SearchQuery } from '../../model/search-types';
import type { RequestShape } from '../shared/requester';
import { pathSegment } from '../shared/url';
import { epochMillis, goDuration, lookbackMillis, rfc3339Nanos } from '../shared/time-format';
import type { TimeRange } from '../contract';

/** Tags as the JSON object both APIs take (`{"http.status_code":"500"}`); a repeated key keeps its last value. */
export function tagsJson(tags: SearchQuery['tags']): string | undefined {
  if (tags.length === 0) return undefined;
  // fromEntries defines own properties, so even a `__proto__` key is sent as typed.
  return JSON.stringify(Object.fromEntries(new Map(tags.map(([k, v]) => [k, v]))));
}

const positive = (us: Micros | undefined): Micros | undefined => (us !== undefined && us > 0 ? us : undefined);

export const v3 = {
  services: (): RequestShape => ({ path: '/api/v3/services' }),
  operations: (service: string): RequestShape => ({ path: '/api/v3/operations', params: { service } }),
  search(q: SearchQuery): RequestShape {
    const min = positive(q.minDurationUs);
    const max = positive(q.maxDurationUs);
    return {
      path: '/api/v3/traces',
      params: {
        'query.service_name': q.service || undefined,
        'query.operation_name': q.operation || undefined,
        'query.start_time_min': rfc3339Nanos(q.startUs),
        'query.start_time_max': rfc3339Nanos(q.endUs),
        'query.duration_min': min !== undefined ? goDuration(min) : undefined,
        'query.duration_max': max !== undefined ? goDuration(max) : undefined,
        // Always: servers up to v2.18 fail with 500 on an in-memory search without it.
        'query.num_traces': q.limit,
        'query.attributes': tagsJson(q.tags),
      },
    };
  },
  trace: (traceId: string): RequestShape => ({ path: `/api/v3/traces/${pathSegment(traceId)}` }),
};

export const legacy = {
  services: (): RequestShape => ({ path: '/api/services' }),
  /** `/api/operations` gives span kinds and keeps the name out of the path (which old servers unescape twice). */
  operations: (service: string): RequestShape => ({ path: '/api/operations', params: { service } }),
  /** For servers older than `/api/operations` (Jaeger < 1.16). */
  serviceOperations: (service: string): RequestShape => ({
    path: `/api/services/${pathSegment(service)}/operations`,
  }),
  search(q: SearchQuery): RequestShape {
    const min = positive(q.minDurationUs);
    const max = positive(q.maxDurationUs);
    return {
      path: '/api/traces',
      params: {
        service: q.service || undefined,
        operation: q.operation || undefined,
        tags: tagsJson(q.tags),
        start: Math.floor(q.startUs),
        end: Math.ceil(q.endUs),
        minDuration: min !== undefined ? goDuration(min) : undefined,
        maxDuration: max !== undefined ? goDuration(max) : undefined,
        limit: q.limit,
      },
    };
  },
  trace: (traceId: string): RequestShape => ({ path: `/api/traces/${pathSegment(traceId)}` }),
  dependencies: (range: TimeRange): RequestShape => ({
    path: '/api/dependencies',
    params: { endTs: epochMillis(range.endUs), lookback: lookbackMillis(range.startUs, range.endUs) },
  }),
};
