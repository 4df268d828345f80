// Builds request URLs from a source's base URL. The base may be absolute
// (`http://127.0.0.1:16686/jaeger`) or relative to the app (`backends/jaeger`, the
// same-origin proxy); relative ones resolve against document.baseURI, which index.html
// sets to the app root (ADR 0007), so the proxies work from any sub-path.

/** Query parameters in the order they are sent; `undefined` values are left out. */
export type QueryParams = Readonly<Record<string, string | number | undefined>>;

/** The page's base URL, or null outside a browser (unit tests, scripts). */
export function pageBase(): string | null {
  const doc = (globalThis as { document?: { baseURI?: string } }).document;
  return typeof doc?.baseURI === 'string' && doc.baseURI !== '' ? doc.baseURI : null;
}

/** The page's origin, or null outside a browser. */
export function pageOrigin(): string | null {
  const base = pageBase();
  if (base !== null) {
    try {
      return new URL(base).origin;
    } catch {
      return null;
    }
  }
  const loc = (globalThis as { location?: { origin?: string } }).location;
  return typeof loc?.origin === 'string' ? loc.origin : null;
}

/**
 * Percent-encodes like encodeURIComponent: spaces become %20, never `+`, which every
 * backend (Go, Armeria) decodes the same way.
 */
const encode = (s: string): string => encodeURIComponent(s);

/** Encodes one path segment (a trace id, a service name). */
export const pathSegment = (s: string): string => encode(s);

export function queryString(params: QueryParams = {}): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    parts.push(`${encode(key)}=${encode(String(value))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/**
 * `base` + `path` + `params` → an absolute URL. `path` starts with `/` and is appended to
 * the base's path (not to its origin), so a base of `http://h/jaeger` gives
 * `http://h/jaeger/api/...`.
 */
export function buildUrl(base: string, path: string, params?: QueryParams): string {
  const root = resolveBase(base);
  const joined = root.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, '');
  return joined + queryString(params);
}

function resolveBase(base: string): string {
  const page = pageBase();
  try {
    return new URL(base, page ?? undefined).href.split(/[?#]/)[0] ?? base;
  } catch {
    // Relative base outside a browser: keep it relative (only scripts and tests get here).
    return base;
  }
}

/** True when `url` is on another origin than the page (so CORS applies). */
export function isCrossOrigin(url: string): boolean {
  const origin = pageOrigin();
  if (origin === null) return false;
  try {
    return new URL(url, origin).origin !== origin;
  } catch {
    return false;
  }
}
