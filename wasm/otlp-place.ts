// An OTLP span's place (ids and times), read from its text right after span-scan.ts read the
// span: what src/adapters/otlp/text-places.ts would read, and only when that is the usual
// case (camelCase keys, each once, plain strings, the expected trace id, lower-case hex span
// ids, times of 4 to 19 digits that share all but their last 15). Every other span is marked
// unusual and JavaScript reads it (spanPlaceFast), so the places are the same whichever reads
// them: a property test holds them equal. The arithmetic is JavaScript's, in the same order
// on the same doubles (units.ts plainNanosToMicros, nanos.ts nanosBetween).

// The place keys' indices in the scanner's key table (OTLP_TEXT.shape.placeFields): camelCase
// even, snake_case odd.
const TRACE_ID: i32 = 0;
const SPAN_ID: i32 = 2;
const PARENT_SPAN_ID: i32 = 4;
const START: i32 = 6;
const END: i32 = 8;

/** Record flags: the place was read; the span has a parent. */
export const USUAL: i32 = 1;
export const HAS_PARENT: i32 = 2;

/** A place record: f64 start µs, f64 duration µs, i32 flags, i32 unused. */
export const RECORD_BYTES: i32 = 24;
/**
 * Each span's ids: as ASCII, 16 bytes of span id, 16 of parent id (for their strings); then
 * as numbers (u64 each: the 16 hex digits' value), for id-links.ts.
 */
export const ID_BYTES: i32 = 48;
export const SPAN_KEY: usize = 32;
export const PARENT_KEY: usize = 40;

const MAX_SAFE_INTEGER: f64 = 9007199254740991.0;

@inline
function event(out: usize, at: i32): i32 {
  return load<i32>(out + ((<usize>at) << 2));
}

/**
 * Writes the place of the span whose SPAN event is at `head` in `out` (its fields' offsets in
 * the whole answer; `s` holds the answer from offset `base`) to `record` and `ids`. `trace`:
 * the expected trace id (i32 length, then its bytes).
 */
export function readOtlpPlace(s: usize, base: i32, out: usize, head: i32, trace: usize, record: usize, ids: usize): void {
  store<i32>(record + 16, 0);
  let traceAt = -1;
  let spanAt = -1;
  let parentAt = -1;
  let startAt = -1;
  let endAt = -1;
  const count = event(out, head + 3);
  for (let f = 0; f < count; f++) {
    const e = head + 4 + f * 4;
    const key = event(out, e);
    if ((key & 1) != 0 || event(out, e + 3) != 0) return;
    if (key == TRACE_ID) {
      if (traceAt >= 0) return;
      traceAt = e;
    } else if (key == SPAN_ID) {
      if (spanAt >= 0) return;
      spanAt = e;
    } else if (key == PARENT_SPAN_ID) {
      if (parentAt >= 0) return;
      parentAt = e;
    } else if (key == START) {
      if (startAt >= 0) return;
      startAt = e;
    } else if (key == END) {
      if (endAt >= 0) return;
      endAt = e;
    }
  }
  if (traceAt < 0 || spanAt < 0 || startAt < 0 || endAt < 0) return;
  // A value's text without its quotes: [from, to) relative to `s`.
  const traceFrom = event(out, traceAt + 1) + 1 - base;
  const traceLength = event(out, traceAt + 2) - 1 - base - traceFrom;
  if (traceLength != load<i32>(trace)) return;
  for (let k = 0; k < traceLength; k++) if (load<u8>(s + traceFrom + k) != load<u8>(trace + 4 + k)) return;
  if (!copyHexId(s, event(out, spanAt + 1) + 1 - base, event(out, spanAt + 2) - 1 - base, ids, ids + SPAN_KEY)) return;
  let flags = USUAL;
  if (parentAt >= 0) {
    const from = event(out, parentAt + 1) + 1 - base;
    const to = event(out, parentAt + 2) - 1 - base;
    if (to > from) {
      if (!copyHexId(s, from, to, ids + 16, ids + PARENT_KEY)) return;
      if (!allZeros(ids + 16)) flags |= HAS_PARENT;
    }
  }
  const startFrom = event(out, startAt + 1) + 1 - base;
  const startTo = event(out, startAt + 2) - 1 - base;
  const endFrom = event(out, endAt + 1) + 1 - base;
  const endTo = event(out, endAt + 2) - 1 - base;
  const startUs = nanosToMicros(s + startFrom, startTo - startFrom);
  const endUs = nanosToMicros(s + endFrom, endTo - endFrom);
  if (startUs < 0 || endUs < 0) return;
  if (startTo - startFrom != endTo - endFrom) return;
  const duration = nanosBetween(s + startFrom, s + endFrom, startTo - startFrom);
  if (isNaN(duration)) return;
  store<f64>(record, startUs);
  store<f64>(record + 8, duration);
  store<i32>(record + 16, flags);
}

/**
 * Copies the id at [from, to) to `into`, and its value to `keyInto`, when it is 16 lower-case
 * hex digits. (The value is read here, in code that runs hot and is optimized, rather than in
 * id-links.ts, which runs once and stays in the baseline compiler's code.)
 */
function copyHexId(s: usize, from: i32, to: i32, into: usize, keyInto: usize): bool {
  if (to - from != 16) return false;
  let key: u64 = 0;
  for (let k = 0; k < 16; k++) {
    const c = <u32>load<u8>(s + from + k);
    if (c >= 48 && c <= 57) key = (key << 4) | <u64>(c - 48);
    else if (c >= 97 && c <= 102) key = (key << 4) | <u64>(c - 87);
    else return false;
    store<u8>(into + k, <u8>c);
  }
  store<u64>(keyInto, key);
  return true;
}

function allZeros(id: usize): bool {
  for (let k = 0; k < 16; k++) if (<u32>load<u8>(id + k) != 48) return false;
  return true;
}

/** readNanos of `n` digits at `p` in the usual case; -1 otherwise (0 µs included: "not set"). */
function nanosToMicros(p: usize, n: i32): f64 {
  if (n < 4 || n > 19) return -1;
  let whole: f64 = 0;
  for (let i = 0; i < n - 3; i++) {
    const d = <i32>load<u8>(p + i) - 48;
    if (d < 0 || d > 9) return -1;
    whole = whole * 10 + <f64>d;
  }
  if (whole > MAX_SAFE_INTEGER) return -1;
  let frac: f64 = 0;
  for (let i = n - 3; i < n; i++) {
    const d = <i32>load<u8>(p + i) - 48;
    if (d < 0 || d > 9) return -1;
    frac = frac * 10 + <f64>d;
  }
  const us = whole + frac / 1000;
  return us == 0 ? -1 : us;
}

/**
 * end − start in µs for two digit strings of length `n` (checked as digits) that differ only
 * in their last 15 digits; NaN otherwise.
 */
function nanosBetween(start: usize, end: usize, n: i32): f64 {
  let i = 0;
  while (i < n && load<u8>(start + i) == load<u8>(end + i)) i++;
  if (n - i > 15) return NaN;
  let a: f64 = 0;
  let b: f64 = 0;
  for (; i < n; i++) {
    a = a * 10 + <f64>(<i32>load<u8>(start + i) - 48);
    b = b * 10 + <f64>(<i32>load<u8>(end + i) - 48);
  }
  const quick = b - a;
  const rest = quick % 1000;
  return (quick - rest) / 1000 + rest / 1000;
}
