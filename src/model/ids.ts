// Trace and span ids in the model are lower-case hex: trace ids 32 chars, span ids 16 chars,
// left-padded with zeros. Backends send them as hex of any case and length (older Jaeger and
// Tempo's search drop leading zeros) or as base64 of the raw bytes (Tempo, old Jaeger /api/v3,
// snake_case OTLP from Grafana). Anything else is junk and yields null, never an exception.

const HEX = /^[0-9a-fA-F]+$/;
// Standard or URL-safe alphabet, optional padding.
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

export const ZERO_SPAN_ID = '0000000000000000';
export const ZERO_TRACE_ID = '00000000000000000000000000000000';

/** Trace id → 32 lower-case hex chars, or null when it is not an id. */
export function normalizeTraceId(raw: string): string | null {
  return normalize(raw, 16);
}

/** Span id → 16 lower-case hex chars, or null when it is not an id. */
export function normalizeSpanId(raw: string): string | null {
  return normalize(raw, 8);
}

export type ParentIdResult = { readonly ok: true; readonly id: string | null } | { readonly ok: false };

/**
 * A parent span id as wire formats send it: absent, empty and all-zero all mean "no parent"
 * (OTLP from Grafana writes the root's parent as base64 zeros). `ok: false` for junk.
 */
export function normalizeParentSpanId(raw: unknown): ParentIdResult {
  if (raw === undefined || raw === null || raw === '') return { ok: true, id: null };
  if (typeof raw !== 'string') return { ok: false };
  const id = normalizeSpanId(raw);
  if (id === null) return { ok: false };
  return { ok: true, id: id === ZERO_SPAN_ID ? null : id };
}

function normalize(raw: string, bytes: number): string | null {
  if (typeof raw !== 'string') return null;
  const hexLength = bytes * 2;
  // Already in the model's form (as most backends send ids): the steps below would give it back.
  if (isLowerHexOfLength(raw, hexLength)) return raw;
  const s = raw.trim();
  if (s.length === 0) return null;
  // Hex wins over base64 when a string is both: hex is what every API documents, and a
  // base64 id of 8 or 16 bytes is never all hex digits at the lengths that matter
  // (12 or 24 chars end in '=', unpadded 11 or 22 chars are tried below only if not hex).
  if (HEX.test(s)) {
    if (s.length <= hexLength) return s.toLowerCase().padStart(hexLength, '0');
    // Over-long only by leading zeros (a span id padded to 32 chars): the same id.
    const excess = s.length - hexLength;
    if (/^0+$/.test(s.slice(0, excess))) return s.slice(excess).toLowerCase();
  }
  const decoded = decodeBase64Id(s);
  if (decoded === null || decoded.length > hexLength) return null;
  return decoded.padStart(hexLength, '0');
}

function isLowerHexOfLength(s: string, length: number): boolean {
  if (s.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Map<string, number>();
for (let i = 0; i < ALPHABET.length; i++) DECODE.set(ALPHABET[i]!, i);
DECODE.set('-', 62);
DECODE.set('_', 63);

/** Base64 of exactly 8 or 16 bytes → lower hex of those bytes; null otherwise. */
function decodeBase64Id(s: string): string | null {
  if (!BASE64.test(s)) return null;
  const body = s.replace(/=+$/, '');
  const padded = s.length;
  // 8 bytes = 11 chars (+1 '='), 16 bytes = 22 chars (+2 '=').
  const byteCount = body.length === 11 ? 8 : body.length === 22 ? 16 : 0;
  if (byteCount === 0) return null;
  if (padded !== body.length && padded !== (byteCount === 8 ? 12 : 24)) return null;
  let bits = 0;
  let acc = 0;
  let hex = '';
  for (const ch of body) {
    const v = DECODE.get(ch);
    if (v === undefined) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      hex += ((acc >> bits) & 0xff).toString(16).padStart(2, '0');
      acc &= (1 << bits) - 1;
    }
  }
  return hex.length === byteCount * 2 ? hex : null;
}
