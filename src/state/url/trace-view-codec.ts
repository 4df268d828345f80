/**
 * The trace page's view state as URL search parameters (`/trace/<id>?source=…&span=…`).
 *
 * One typed field table: each field names its parameter, how to read it (tolerant: a bad
 * value falls back to the default instead of breaking the page) and how to write it (the
 * default is omitted so URLs stay short). Later fields (view, zoom, collapsed rows, filters,
 * critical path, time mode) are added as rows of FIELDS; nothing else changes.
 */
import { parseTimeMode, type TimeMode } from '../../lib/clock-label';
import { decodeZoom, encodeZoom, type ZoomWindow } from '../../lib/zoom-window';

export interface TraceViewState {
  /** uid of the selected span (`<spanId>` or `<spanId>~<n>` for duplicates), or null. */
  readonly span: string | null;
  /** Which view of the trace is shown (`view=`); the timeline is the default and left out. */
  readonly view: TraceViewKind;
  /** In-trace filter text in the filter language (`find=`). */
  readonly find: string;
  /** Jaeger UI's `uiFind=` (text or a span id), read only: the page turns it into `find`. */
  readonly uiFind: string | null;
  /** Show only matching spans and their ancestors (`only=1`). */
  readonly matchesOnly: boolean;
  /** A quick filter (`qf=errors|critical|slowest`), combined with `find`. */
  readonly quickFilter: QuickFilter;
  /** Critical path drawn on the bars (`cp=1`). */
  readonly criticalPath: boolean;
  /** Clock-skew adjustment on (`skew=1`). */
  readonly skewAdjust: boolean;
  /** Collapsed rows in collapsed-codec's compact text (`collapsed=`); decoded against the trace. */
  readonly collapsed: string;
  /** uid of the span the waterfall is re-rooted on (`focus=`), or null for the whole trace. */
  readonly focus: string | null;
  /** Zoom window as fractions of the trace (`zoom=0.25-0.5`), or null for the whole trace. */
  readonly zoom: ZoomWindow | null;
  /** Time mode (`time=rel|local|utc`), or null: the remembered preference applies. */
  readonly time: TimeMode | null;
}

export const QUICK_FILTERS = ['none', 'errors', 'critical', 'slowest'] as const;
export type QuickFilter = (typeof QUICK_FILTERS)[number];
const isQuickFilter = (v: string): v is QuickFilter => (QUICK_FILTERS as readonly string[]).includes(v);
/** Longer filter texts in a URL are cut: a URL is not a place for a novel. */
const MAX_FIND_LENGTH = 2000;
const flag = (param: string): FieldCodec<boolean> => ({
  param,
  decode: (raw) => raw !== null && /^(1|true|on|yes)$/i.test(raw.trim()),
  encode: (on) => (on ? '1' : null),
});

/** The views of one trace: waterfall, statistics, flame graph, service graph, raw JSON. */
export const TRACE_VIEW_KINDS = ['timeline', 'stats', 'flame', 'graph', 'json'] as const;
export type TraceViewKind = (typeof TRACE_VIEW_KINDS)[number];
const isTraceViewKind = (v: string): v is TraceViewKind => (TRACE_VIEW_KINDS as readonly string[]).includes(v);

export const DEFAULT_TRACE_VIEW: TraceViewState = {
  span: null,
  view: 'timeline',
  find: '',
  uiFind: null,
  matchesOnly: false,
  quickFilter: 'none',
  criticalPath: false,
  skewAdjust: false,
  collapsed: '',
  focus: null,
  zoom: null,
  time: null,
};

interface FieldCodec<T> {
  readonly param: string;
  /** `raw` is the parameter's value, or null when absent. Never throws. */
  readonly decode: (raw: string | null) => T;
  /** null means "leave the parameter out". */
  readonly encode: (value: T) => string | null;
}

type FieldCodecs = { readonly [K in keyof TraceViewState]: FieldCodec<TraceViewState[K]> };

/** Span uids: hex span id, optionally `~n` for the n-th duplicate. Anything else is ignored. */
const SPAN_UID = /^[0-9a-f]{1,32}(?:~[1-9][0-9]{0,6})?$/;

const FIELDS: FieldCodecs = {
  span: {
    param: 'span',
    decode: (raw) => {
      const v = raw?.trim().toLowerCase() ?? '';
      return SPAN_UID.test(v) ? v : null;
    },
    encode: (uid) => uid,
  },
  view: {
    param: 'view',
    decode: (raw) => {
      const v = raw?.trim().toLowerCase() ?? '';
      return isTraceViewKind(v) ? v : 'timeline';
    },
    encode: (v) => (v === 'timeline' ? null : v),
  },
  find: {
    param: 'find',
    decode: (raw) => (raw ?? '').slice(0, MAX_FIND_LENGTH),
    encode: (text) => (text.trim() === '' ? null : text),
  },
  uiFind: {
    param: 'uiFind',
    decode: (raw) => {
      const v = raw?.trim().slice(0, MAX_FIND_LENGTH) ?? '';
      return v === '' ? null : v;
    },
    encode: (v) => v,
  },
  matchesOnly: flag('only'),
  quickFilter: {
    param: 'qf',
    decode: (raw) => {
      const v = raw?.trim().toLowerCase() ?? '';
      return isQuickFilter(v) ? v : 'none';
    },
    encode: (v) => (v === 'none' ? null : v),
  },
  criticalPath: flag('cp'),
  skewAdjust: flag('skew'),
  collapsed: {
    param: 'collapsed',
    // collapsed-codec's alphabet only (a-z 0-9 . - _); anything else means nothing collapsed.
    decode: (raw) => {
      const v = raw?.trim().toLowerCase() ?? '';
      return /^[0-9a-z._-]{1,100000}$/.test(v) ? v : '';
    },
    encode: (text) => text,
  },
  focus: {
    param: 'focus',
    decode: (raw) => {
      const v = raw?.trim().toLowerCase() ?? '';
      return SPAN_UID.test(v) ? v : null;
    },
    encode: (uid) => uid,
  },
  zoom: { param: 'zoom', decode: decodeZoom, encode: encodeZoom },
  time: { param: 'time', decode: (raw) => parseTimeMode(raw?.trim().toLowerCase()), encode: (m) => m },
};

const FIELD_KEYS = Object.keys(FIELDS) as (keyof TraceViewState)[];

/** Parameter names this codec owns; every other parameter (source, …) is left alone. */
export const TRACE_VIEW_PARAMS: readonly string[] = FIELD_KEYS.map((k) => FIELDS[k].param);

export function decodeTraceView(params: URLSearchParams): TraceViewState {
  const out: Record<string, unknown> = {};
  for (const key of FIELD_KEYS) {
    const field = FIELDS[key] as FieldCodec<unknown>;
    out[key] = field.decode(params.get(field.param));
  }
  return out as unknown as TraceViewState;
}

/**
 * Writes `state` into a copy of `base`, keeping parameters the codec does not own. Fields
 * missing from `state` keep their current value in `base`.
 */
export function encodeTraceView(
  state: Partial<TraceViewState>,
  base: URLSearchParams = new URLSearchParams(),
): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const key of FIELD_KEYS) {
    if (!(key in state)) continue;
    const field = FIELDS[key] as FieldCodec<unknown>;
    const text = field.encode(state[key]);
    if (text === null || text === '') next.delete(field.param);
    else next.set(field.param, text);
  }
  return next;
}

/** The app-relative path of a trace view: `/trace/<id>?source=<source>&span=<uid>`. */
export function traceViewPath(
  traceId: string,
  sourceId: string | null,
  state: Partial<TraceViewState> = {},
): string {
  const base = new URLSearchParams();
  if (sourceId) base.set('source', sourceId);
  const query = encodeTraceView(state, base).toString();
  return `/trace/${encodeURIComponent(traceId)}${query ? `?${query}` : ''}`;
}

/**
 * An absolute link to the current page with `state` applied, for "copy link". Works with
 * history routing (`…/trace/<id>?source=…`) and hash routing (`…/#/trace/<id>?source=…`),
 * from any sub-path: only the query of the route is rewritten.
 */
export function withTraceView(href: string, state: Partial<TraceViewState>): string {
  const url = new URL(href);
  if (url.hash.startsWith('#/')) {
    const route = url.hash.slice(1);
    const q = route.indexOf('?');
    const path = q < 0 ? route : route.slice(0, q);
    const query = encodeTraceView(state, new URLSearchParams(q < 0 ? '' : route.slice(q + 1))).toString();
    url.hash = `#${path}${query ? `?${query}` : ''}`;
    return url.toString();
  }
  url.search = encodeTraceView(state, url.searchParams).toString();
  return url.toString();
}
