import type { SearchBase } from '../../adapters/compiled-search';
import { micros, type Micros } from '../../lib/units';
import { conjoin, conjuncts } from '../../query-lang/conjuncts';
import { parseQuery } from '../../query-lang/parse';
import { printQuery, printValue } from '../../query-lang/print';
import { formatLogfmt } from './logfmt';
import { formToQuery, type QueryFormFields } from './query-form';

/**
 * The search page's URL: `q` (the filter language), `traceql` (raw TraceQL for Tempo),
 * `lookback, start, end (epoch µs), limit` with Jaeger UI's names, and `sort`. Jaeger UI's
 * own form parameters (`service, operation, tags (logfmt or its JSON object), minDuration,
 * maxDuration`) are read into the query, so its links open here; they are never written.
 * Decoding never throws: a bad value falls back to its default.
 */
export const LOOKBACK_PRESETS = ['15m', '1h', '6h', '24h', '2d', '7d'] as const;
export const SORT_KEYS = ['recent', 'longest', 'shortest', 'most-spans', 'most-errors'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1500;
export const DEFAULT_LOOKBACK = '1h';

export interface SearchUrlState {
  /** The filter-language query (`q=`); Jaeger UI's form parameters are read into it. */
  readonly query: string;
  /** Raw TraceQL (`traceql=`), used instead of `query` by sources that take it (Tempo). */
  readonly traceql: string | null;
  /** A preset such as `1h`, any `<n>m|h|d|w` from a Jaeger UI link, or `custom`. */
  readonly lookback: string;
  readonly startUs: number | null;
  readonly endUs: number | null;
  readonly limit: number;
  readonly sort: SortKey;
}

export const DEFAULT_SEARCH: SearchUrlState = {
  query: '',
  traceql: null,
  lookback: DEFAULT_LOOKBACK,
  startUs: null,
  endUs: null,
  limit: DEFAULT_LIMIT,
  sort: 'recent',
};

/** Jaeger UI's (and Zipkin's remoteServiceName) form parameters: read, never written. */
const FORM_PARAMS = ['service', 'operation', 'tags', 'minDuration', 'maxDuration', 'remoteServiceName'] as const;

const LOOKBACK_RE = /^(\d{1,4})([mhdw])$/;
const UNIT_US = { m: 60e6, h: 3600e6, d: 86400e6, w: 7 * 86400e6 } as const;

/** `1h` → µs; null for `custom` or nonsense. */
export function lookbackToUs(lookback: string): Micros | null {
  const m = LOOKBACK_RE.exec(lookback);
  if (!m) return null;
  const n = Number(m[1]);
  return n > 0 ? micros(n * UNIT_US[m[2] as keyof typeof UNIT_US]) : null;
}

/** Jaeger UI writes tags as a JSON object (`{"error":"true"}`); we write logfmt. */
function decodeTags(raw: string | null): string {
  if (!raw) return '';
  const text = raw.trim();
  if (text.startsWith('{')) {
    try {
      const obj: unknown = JSON.parse(text);
      if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
        return formatLogfmt(Object.entries(obj).map(([k, v]) => [k, String(v)] as const));
      }
    } catch {
      // Not JSON after all: keep the text so the form shows what the link said.
    }
  }
  return text;
}

function decodeMicros(raw: string | null): number | null {
  if (raw === null || !/^\d{1,17}(\.\d+)?$/.test(raw)) return null;
  return Number(raw);
}

function decodeLimit(raw: string | null): number {
  if (raw === null || !/^\d{1,6}$/.test(raw)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(1, Number(raw)));
}

const nonEmpty = (raw: string | null): string | null => {
  const t = raw?.trim();
  // Jaeger UI writes "all" for "any operation".
  return t && t !== 'all' ? t : null;
};

export function decodeSearchParams(params: URLSearchParams): SearchUrlState {
  const lookbackRaw = params.get('lookback');
  const lookback =
    lookbackRaw === 'custom' || (lookbackRaw && lookbackToUs(lookbackRaw) !== null)
      ? lookbackRaw
      : DEFAULT_LOOKBACK;
  const sortRaw = params.get('sort');
  const traceql = params.get('traceql');
  return {
    query: combineQueries(formParamsQuery(params), params.get('q')?.trim() ?? ''),
    traceql: traceql?.trim() ? traceql.trim() : null,
    lookback,
    startUs: decodeMicros(params.get('start')),
    endUs: decodeMicros(params.get('end')),
    limit: decodeLimit(params.get('limit')),
    sort: SORT_KEYS.find((k) => k === sortRaw) ?? 'recent',
  };
}

/**
 * Jaeger UI's form parameters as one query. A value that does not read (`minDuration=soon`)
 * is kept as typed, so the query box shows the mistake where it is instead of dropping it.
 */
function formParamsQuery(params: URLSearchParams): string {
  const form: QueryFormFields = {
    service: nonEmpty(params.get('service')),
    operation: nonEmpty(params.get('operation')),
    tags: decodeTags(params.get('tags')),
    minDuration: params.get('minDuration')?.trim() ?? '',
    maxDuration: params.get('maxDuration')?.trim() ?? '',
  };
  const remote = nonEmpty(params.get('remoteServiceName'));
  const peer = remote ? `peer.service=${printValue({ type: 'string', value: remote })}` : '';
  const converted = formToQuery(form);
  if (converted.ok) return [printQuery(converted.query), peer].filter(Boolean).join(' ');
  return [
    form.service ? `service=${printValue({ type: 'string', value: form.service })}` : '',
    form.operation ? `operation=${printValue({ type: 'string', value: form.operation })}` : '',
    form.tags,
    form.minDuration ? `duration>=${form.minDuration}` : '',
    form.maxDuration ? `duration<=${form.maxDuration}` : '',
    peer,
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * A link may carry both (`service=x&q=…`, as the dependency graph writes): both apply.
 * Canonical when both parse; otherwise side by side, so the box shows the error.
 */
function combineQueries(formText: string, q: string): string {
  if (!formText || !q) return formText || q;
  try {
    return printQuery(conjoin([...conjuncts(parseQuery(formText)), ...conjuncts(parseQuery(q))]));
  } catch {
    return `${formText} (${q})`;
  }
}

/** Writes the search state onto `base` (keeping e.g. `source`); defaults are left out. */
export function encodeSearchParams(state: SearchUrlState, base?: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(base);
  const set = (key: string, value: string | null) => {
    if (value === null || value === '') out.delete(key);
    else out.set(key, value);
  };
  // The query says it all: the form parameters it was read from would apply twice.
  for (const key of FORM_PARAMS) out.delete(key);
  set('q', state.query.trim());
  set('traceql', state.traceql);
  set('lookback', state.lookback);
  set('start', state.startUs === null ? null : String(state.startUs));
  set('end', state.endUs === null ? null : String(state.endUs));
  set('limit', String(state.limit));
  set('sort', state.sort === 'recent' ? null : state.sort);
  return out;
}

/** A search has been submitted once its time window is fixed in the URL. */
export const isSubmitted = (state: SearchUrlState): boolean =>
  state.startUs !== null && state.endUs !== null;

/** Fixes the time window for a lookback preset at `nowUs` (custom keeps start and end). */
export function withTimeWindow(state: SearchUrlState, nowUs: number): SearchUrlState {
  const span = lookbackToUs(state.lookback);
  if (span === null) return state;
  const endUs = Math.floor(nowUs);
  return { ...state, startUs: endUs - span, endUs };
}

export type SearchWindowResult =
  | { readonly ok: true; readonly base: SearchBase }
  | { readonly ok: false; readonly error: string };

/** The time window and limit of a submitted URL state, or what is wrong with them. */
export function toSearchBase(state: SearchUrlState): SearchWindowResult {
  if (state.startUs === null || state.endUs === null) return { ok: false, error: 'Pick a time range' };
  if (state.endUs <= state.startUs) return { ok: false, error: 'The end of the time range must be after its start' };
  return { ok: true, base: { startUs: micros(state.startUs), endUs: micros(state.endUs), limit: state.limit } };
}
