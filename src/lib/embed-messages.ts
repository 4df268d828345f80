/**
 * The postMessage protocol between Tracescope in an iframe and the page embedding it (see
 * docs/embedding.md). Pure: the browser glue lives in features/embed.
 *
 * Out (iframe → parent), every message `{ type, version: 1, … }`:
 *   tracescope:ready          { path }                         once the app has started
 *   tracescope:span-selected  { traceId, span: {uid, spanId, name, service} | null }
 *   tracescope:resize         { width, height }                 the app's size changed
 * In (parent → iframe), the only message listened to:
 *   tracescope:select-span    { spanId } or { uid }             select a span of the trace shown
 */

export const PROTOCOL_VERSION = 1;

export interface SelectedSpanInfo {
  readonly uid: string;
  readonly spanId: string;
  readonly name: string;
  readonly service: string;
}

export type OutgoingMessage =
  | { readonly type: 'tracescope:ready'; readonly version: 1; readonly path: string }
  | {
      readonly type: 'tracescope:span-selected';
      readonly version: 1;
      readonly traceId: string;
      readonly span: SelectedSpanInfo | null;
    }
  | { readonly type: 'tracescope:resize'; readonly version: 1; readonly width: number; readonly height: number };

/** A validated select-span request: the span uid to select (a span id is its first copy's uid). */
export interface SelectSpanRequest {
  readonly type: 'tracescope:select-span';
  readonly uid: string;
}

const UID = /^[0-9a-f]{1,32}(?:~[1-9][0-9]{0,6})?$/;
const SPAN_ID = /^[0-9a-fA-F]{1,16}$/;

/**
 * Reads an incoming message's data. Only `{type: 'tracescope:select-span', spanId | uid}`
 * with a well-formed id passes; anything else (other types, extra nesting, long strings,
 * non-objects) is null. Other fields are ignored.
 */
export function parseIncoming(data: unknown): SelectSpanRequest | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const msg = data as Record<string, unknown>;
  if (msg.type !== 'tracescope:select-span') return null;
  if (typeof msg.uid === 'string') {
    const uid = msg.uid.trim().toLowerCase();
    return UID.test(uid) ? { type: 'tracescope:select-span', uid } : null;
  }
  if (typeof msg.spanId === 'string') {
    const id = msg.spanId.trim();
    return SPAN_ID.test(id) ? { type: 'tracescope:select-span', uid: id.toLowerCase().padStart(16, '0') } : null;
  }
  return null;
}

/** The origin (`https://host:port`) of an http(s) URL, or null. */
export function httpOrigin(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * Whom we talk to. `embedOrigin=` in the URL pins the parent's origin; else the referrer's
 * origin (the page that loaded the iframe), else Chromium's `location.ancestorOrigins[0]`.
 * `target` falls back to '*' when none is known: the outgoing messages carry only what the
 * parent's URL already names (trace id, a span's id, name and service, the frame's size).
 * `accept` has no fallback: with no known origin, incoming messages are all refused.
 */
export function parentOrigins(
  pinned: string | null,
  referrer: string | null,
  ancestor: string | null,
): { readonly target: string; readonly accept: string | null } {
  const origin = httpOrigin(pinned) ?? httpOrigin(referrer) ?? httpOrigin(ancestor);
  return { target: origin ?? '*', accept: origin };
}
