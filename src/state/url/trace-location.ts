import { parseTraceSegment } from './jaeger-links';
import { routeInHash } from './live-address';
import { SOURCE_PARAM } from './source-param';

export interface TraceLocation {
  readonly traceId: string;
  readonly sourceId: string;
}

/**
 * The single trace and source a page address opens (`/trace/<id>?source=<id>`), read before
 * the router runs; null for every other page, for compare links and without `source=` (that
 * page looks the id up everywhere). `path` is the route path: after the base path in history
 * routing, after `#` in hash routing.
 */
export function traceLocationOf(path: string, search: string): TraceLocation | null {
  const m = /^\/trace\/([^/?#]+)\/?$/.exec(path);
  if (!m) return null;
  let raw: string;
  try {
    raw = decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
  const segment = parseTraceSegment(raw);
  if (segment.kind !== 'single') return null;
  const sourceId = new URLSearchParams(search).get(SOURCE_PARAM) ?? '';
  return sourceId ? { traceId: segment.traceId, sourceId } : null;
}

/** The route path and query of the page's address under either routing mode. */
export function routeOfAddress(
  address: { readonly pathname: string; readonly search: string; readonly hash: string },
  routing: 'history' | 'hash',
  basePath: string,
): { path: string; search: string } {
  if (routing === 'hash') return routeInHash(address.hash);
  const path = basePath && address.pathname.startsWith(basePath) ? address.pathname.slice(basePath.length) : address.pathname;
  return { path: path || '/', search: address.search };
}
