import { parseDuration } from '../../lib/duration-text';
import { micros, type Micros } from '../../lib/units';
import type { SearchQuery } from '../../model/search-types';
import { formatLogfmt, parseLogfmt } from './logfmt';

/**
 * The search page's URL, with Jaeger UI's parameter names so its links open here:
 * `service, operation, tags (logfmt; Jaeger's JSON object is read too), minDuration,
 * maxDuration, lookback, start, end (epoch µs), limit`, plus `sort` for the result order.
 * Decoding never throws: a bad value falls back to its default.
 */
export const LOOKBACK_PRESETS = ['15m', '1h', '6h', '24h', '2d', '7d'] as const;
export const SORT_KEYS = ['recent', 'longest', 'shortest', 'most-spans', 'most-errors'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1500;
export const DEFAULT_LOOKBACK = '1h';

export interface SearchUrlState {
  readonly service: string | null;
  readonly operation: string | null;
  /** logfmt text as typed. */
  readonly tags: string;
  readonly minDuration: string;
  readonly maxDuration: string;
  /** A preset such as `1h`, any `<n>m|h|d|w` from a Jaeger UI link, or `custom`. */
  readonly lookback: string;
  readonly startUs: number | null;
  readonly endUs: number | null;
  readonly limit: number;
  readonly sort: SortKey;
}

export const DEFAULT_SEARCH: SearchUrlState = {
  service: null,
  operation: null,
  tags: '',
  minDuration: '',
  maxDuration: '',
  lookback: DEFAULT_LOOKBACK,
  startUs: null,
  endUs: null,
  limit: DEFAULT_LIMIT,
  sort: 'recent',
};

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
  return {
    service: nonEmpty(params.get('service')),
    operation: nonEmpty(params.get('operation')),
    tags: decodeTags(params.get('tags')),
    minDuration: params.get('minDuration')?.trim() ?? '',
    maxDuration: params.get('maxDuration')?.trim() ?? '',
    lookback,
    startUs: decodeMicros(params.get('start')),
    endUs: decodeMicros(params.get('end')),
    limit: decodeLimit(params.get('limit')),
    sort: SORT_KEYS.find((k) => k === sortRaw) ?? 'recent',
  };
}

/** Writes the search state onto `base` (keeping e.g. `source`); defaults are left out. */
export function encodeSearchParams(state: SearchUrlState, base?: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(base);
  const set = (key: string, value: string | null) => {
    if (value === null || value === '') out.delete(key);
    else out.set(key, value);
  };
  set('service', state.service);
  set('operation', state.operation);
  set('tags', state.tags.trim());
  set('minDuration', state.minDuration);
  set('maxDuration', state.maxDuration);
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

export type SearchQueryResult =
  | { readonly ok: true; readonly query: SearchQuery }
  | { readonly ok: false; readonly field: keyof SearchUrlState; readonly error: string };

/** The backend-neutral query for a submitted URL state, or which field is wrong. */
export function toSearchQuery(state: SearchUrlState): SearchQueryResult {
  const tags = parseLogfmt(state.tags);
  if (!tags.ok) return { ok: false, field: 'tags', error: `Attributes: ${tags.error}` };
  const min = state.minDuration ? parseDuration(state.minDuration) : undefined;
  if (min === null) {
    return { ok: false, field: 'minDuration', error: `Min duration "${state.minDuration}" is not a duration (e.g. 100ms, 1.5s)` };
  }
  const max = state.maxDuration ? parseDuration(state.maxDuration) : undefined;
  if (max === null) {
    return { ok: false, field: 'maxDuration', error: `Max duration "${state.maxDuration}" is not a duration (e.g. 100ms, 1.5s)` };
  }
  if (min !== undefined && max !== undefined && max < min) {
    return { ok: false, field: 'maxDuration', error: 'Max duration is below min duration' };
  }
  if (state.startUs === null || state.endUs === null) {
    return { ok: false, field: 'startUs', error: 'Pick a time range' };
  }
  if (state.endUs <= state.startUs) {
    return { ok: false, field: 'endUs', error: 'The end of the time range must be after its start' };
  }
  const query: SearchQuery = {
    tags: tags.pairs,
    startUs: micros(state.startUs),
    endUs: micros(state.endUs),
    limit: state.limit,
    ...(state.service ? { service: state.service } : {}),
    ...(state.operation ? { operation: state.operation } : {}),
    ...(min !== undefined ? { minDurationUs: min } : {}),
    ...(max !== undefined ? { maxDurationUs: max } : {}),
  };
  return { ok: true, query };
}
