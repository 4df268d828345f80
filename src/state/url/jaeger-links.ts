/**
 * Jaeger UI's links, read as Tracescope views, so a team can swap its Jaeger UI prefix for
 * ours and keep every old link. Pure: no router, no DOM.
 *
 * | Jaeger UI link                                   | Here                                         |
 * |--------------------------------------------------|----------------------------------------------|
 * | `/search?service=…&tags=…&lookback=…` (form)     | the search page (search-codec reads it)      |
 * | `/search?traceID=a&traceID=b`                    | a result list of those traces, by id         |
 * | `/trace/<id>?uiFind=…`                           | the trace page; `uiFind` stays in the URL    |
 * | `/trace/<a>...<b>`                               | `/compare/<a>...<b>` (same query)            |
 * | `uiEmbed=v0` (+ `uiTimeline…`, `uiTheme`)        | embed mode, see embedOptions                 |
 * | `/dependencies`                                  | the dependencies page                        |
 */
import { normalizeTraceId } from '../../model/ids';

/** Jaeger UI's separator between the two trace ids of a comparison. */
export const COMPARE_SEPARATOR = '...';

/** A `/trace/:id` (or `/compare/:ids`) path segment: one trace, or two to compare. */
export type TraceSegment =
  | { readonly kind: 'single'; readonly traceId: string }
  | { readonly kind: 'compare'; readonly a: string; readonly b: string };

/**
 * Reads the path segment after `/trace/` or `/compare/`. Ids are normalized when they are
 * valid; an invalid one is kept as typed so the page can say what is wrong with it.
 */
export function parseTraceSegment(raw: string): TraceSegment {
  const at = raw.indexOf(COMPARE_SEPARATOR);
  if (at < 0) return { kind: 'single', traceId: normalizeTraceId(raw) ?? raw };
  const a = raw.slice(0, at);
  const b = raw.slice(at + COMPARE_SEPARATOR.length);
  return { kind: 'compare', a: normalizeTraceId(a) ?? a, b: normalizeTraceId(b) ?? b };
}

/** `/compare/<a>...<b>` with the given query (leading `?` optional). */
export function compareHref(a: string, b: string, search = ''): string {
  const q = search.replace(/^\?/, '');
  return `/compare/${encodeURIComponent(a)}${COMPARE_SEPARATOR}${encodeURIComponent(b)}${q ? `?${q}` : ''}`;
}

/**
 * Where a Jaeger UI link lands here when it needs a different path: `/trace/<a>...<b>` →
 * `/compare/<a>...<b>`. Returns null when the path is already ours (everything else is read
 * in place, so no parameter is lost to a redirect).
 */
export function jaegerRedirect(pathname: string, search: string): string | null {
  const m = /^\/trace\/([^/]+)\/?$/.exec(pathname);
  if (!m) return null;
  const segment = parseTraceSegment(safeDecode(m[1]!));
  if (segment.kind !== 'compare') return null;
  return compareHref(segment.a, segment.b, search);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Jaeger UI caps `traceID=` lists nowhere; we do, so a link cannot start a thousand fetches. */
export const MAX_TRACE_ID_LIST = 50;

export interface TraceIdList {
  /** Normalized, duplicates removed, in link order. */
  readonly ids: readonly string[];
  /** Values that are not trace ids, as typed. */
  readonly invalid: readonly string[];
  /** How many valid ids were left out beyond MAX_TRACE_ID_LIST. */
  readonly dropped: number;
}

/**
 * `/search?traceID=a&traceID=b` (Jaeger UI's "compare/open by ids" link; a comma list in one
 * value is accepted too). null when the link names no `traceID`.
 */
export function traceIdsFromSearch(params: URLSearchParams): TraceIdList | null {
  const values = params.getAll('traceID');
  if (values.length === 0) return null;
  const ids: string[] = [];
  const seen = new Set<string>();
  const invalid: string[] = [];
  let dropped = 0;
  for (const value of values) {
    for (const part of value.split(',')) {
      const raw = part.trim();
      if (!raw) continue;
      const id = normalizeTraceId(raw);
      if (!id) invalid.push(raw);
      else if (!seen.has(id)) {
        seen.add(id);
        if (ids.length < MAX_TRACE_ID_LIST) ids.push(id);
        else dropped++;
      }
    }
  }
  return { ids, invalid, dropped };
}

export type EmbedTheme = 'light' | 'dark';

export interface EmbedOptions {
  /** `embed=1` (ours) or `uiEmbed=v0` (Jaeger UI). */
  readonly embed: boolean;
  /** `uiTimelineCollapseTitle=1`: the trace header shows its title row only. */
  readonly collapseTitle: boolean;
  /** `uiTimelineHideMinimap=1`. */
  readonly hideMinimap: boolean;
  /** `uiTimelineHideSummary=1`: no stats or service pills in the trace header. */
  readonly hideSummary: boolean;
  /** `theme=light|dark` or Jaeger's `uiTheme=light|dark`; null follows the user's choice. */
  readonly theme: EmbedTheme | null;
  /** `embedOrigin=`: the embedding page's origin, pinned (see lib/embed-messages). */
  readonly embedOrigin: string | null;
}

const TRUE = /^(1|true|on|yes)$/i;
const flagOf = (params: URLSearchParams, name: string) => TRUE.test(params.get(name)?.trim() ?? '');

function themeOf(raw: string | null): EmbedTheme | null {
  const v = raw?.trim().toLowerCase();
  return v === 'light' || v === 'dark' ? v : null;
}

/** Embed mode and its display options, from a query string. Never throws. */
export function embedOptions(params: URLSearchParams): EmbedOptions {
  const embed = flagOf(params, 'embed') || (params.get('uiEmbed')?.trim().toLowerCase() ?? '') === 'v0';
  return {
    embed,
    collapseTitle: flagOf(params, 'uiTimelineCollapseTitle'),
    hideMinimap: flagOf(params, 'uiTimelineHideMinimap'),
    hideSummary: flagOf(params, 'uiTimelineHideSummary'),
    theme: themeOf(params.get('theme')) ?? themeOf(params.get('uiTheme')),
    embedOrigin: params.get('embedOrigin')?.trim() || null,
  };
}

/** Parameters that only mean something inside an iframe. */
export const EMBED_PARAMS: readonly string[] = [
  'embed',
  'uiEmbed',
  'uiTimelineCollapseTitle',
  'uiTimelineHideMinimap',
  'uiTimelineHideSummary',
  'embedOrigin',
];

/**
 * The query of the same view in the full app ("Open in Tracescope"): embed parameters
 * removed, everything else (source, span, theme…) kept. Returns `?…` or ''.
 */
export function withoutEmbedParams(search: string): string {
  const params = new URLSearchParams(search);
  for (const p of EMBED_PARAMS) params.delete(p);
  const q = params.toString();
  return q ? `?${q}` : '';
}
