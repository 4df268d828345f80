// Tempo's JSON answers (gogo jsonpb: zero values and empty lists omitted, 64-bit ints as
// strings) → search summaries, names and tag keys.
import { micros, msToMicros, nanosToMicros } from '../../lib/units';
import { normalizeTraceId } from '../../model/ids';
import type { TraceSummary } from '../../model/search-types';
import { DecodeError } from '../../model/span-input';
import type { ServiceSummary } from '../../model/types';
import { field } from '../shared/decode-lists';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const ROOT_NOT_RECEIVED = '<root span not yet received>';

export interface TempoSearchSummaries {
  readonly summaries: TraceSummary[];
  /** Hits dropped because their trace id was unreadable. */
  readonly skipped: number;
}

/** `/api/search` → summaries (no traces attached: Tempo returns span sets, not traces). */
export function readSearchSummaries(json: unknown): TempoSearchSummaries {
  const traces = field(json, 'traces');
  if (traces === undefined || traces === null) return { summaries: [], skipped: 0 }; // nothing matched
  if (!Array.isArray(traces)) throw new DecodeError('expected a list of traces', 'traces');
  const summaries: TraceSummary[] = [];
  let skipped = 0;
  traces.forEach((t, i) => {
    const at = `traces[${i}]`;
    if (!isRecord(t)) throw new DecodeError('expected an object', at);
    const traceId = typeof t.traceID === 'string' ? normalizeTraceId(t.traceID) : null;
    if (traceId === null) {
      skipped++;
      return;
    }
    const start = t.startTimeUnixNano === undefined ? micros(0) : nanosToMicros(t.startTimeUnixNano as string | number);
    if (start === null) throw new DecodeError('expected nanoseconds', `${at}.startTimeUnixNano`);
    const durationMs = t.durationMs === undefined ? 0 : Number(t.durationMs); // absent under 1 ms
    if (!Number.isFinite(durationMs) || durationMs < 0) throw new DecodeError('expected milliseconds', `${at}.durationMs`);
    const services = serviceStats(t.serviceStats, `${at}.serviceStats`);
    summaries.push({
      traceId,
      rootService: typeof t.rootServiceName === 'string' && t.rootServiceName !== '' ? t.rootServiceName : ROOT_NOT_RECEIVED,
      rootName: typeof t.rootTraceName === 'string' ? t.rootTraceName : '',
      startUs: start,
      durationUs: msToMicros(durationMs),
      spanCount: services.reduce((n, s) => n + s.spanCount, 0),
      errorCount: services.reduce((n, s) => n + s.errorCount, 0),
      services,
    });
  });
  return { summaries, skipped };
}

function serviceStats(value: unknown, path: string): ServiceSummary[] {
  if (value === undefined || value === null) return [];
  if (!isRecord(value)) throw new DecodeError('expected an object of services', path);
  return Object.entries(value)
    .map(([name, s]): ServiceSummary => {
      const stats = isRecord(s) ? s : {};
      return { name, spanCount: count(stats.spanCount), errorCount: count(stats.errorCount) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const count = (v: unknown): number => {
  const n = Number(v ?? 0);
  return Number.isFinite(n) && n >= 0 ? n : 0;
};

/** `{"tagValues": [{type, value}]}` (v2; absent when none) → sorted distinct values. */
export function readTagValues(json: unknown): string[] {
  const list = field(json, 'tagValues');
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new DecodeError('expected a list of values', 'tagValues');
  const out = new Set<string>();
  list.forEach((v, i) => {
    const value = isRecord(v) ? v.value : v;
    if (typeof value === 'string') out.add(value);
    else if (typeof value === 'number' || typeof value === 'boolean') out.add(String(value));
    else if (value !== undefined) throw new DecodeError('expected a value', `tagValues[${i}]`);
  });
  return [...out].sort((a, b) => a.localeCompare(b));
}

/**
 * `{"scopes": [{name, tags}]}` → TraceQL identifiers: `resource.x`, `span.x`, ... and
 * intrinsics by their bare name.
 */
export function readTagKeys(json: unknown): string[] {
  const scopes = field(json, 'scopes');
  if (scopes === undefined || scopes === null) return [];
  if (!Array.isArray(scopes)) throw new DecodeError('expected a list of scopes', 'scopes');
  const out = new Set<string>();
  scopes.forEach((s, i) => {
    if (!isRecord(s)) throw new DecodeError('expected a scope', `scopes[${i}]`);
    const name = typeof s.name === 'string' ? s.name : '';
    const tags = s.tags ?? [];
    if (!Array.isArray(tags)) throw new DecodeError('expected a list of tags', `scopes[${i}].tags`);
    for (const tag of tags) {
      if (typeof tag !== 'string' || tag === '') continue;
      out.add(name === 'intrinsic' || name === '' ? tag : `${name}.${tag}`);
    }
  });
  return [...out].sort((a, b) => a.localeCompare(b));
}
