// The text-skeleton scanner's inner loop (src/adapters/shared/text-skeleton.ts, scanSpan) in
// AssemblyScript, compiled to WebAssembly by `npm run build:wasm`: a byte loop runs ~4× faster
// here than in V8's JavaScript, and the span objects are ~all of a 55 MB answer's bytes.
//
// It reads only what it can read exactly as the JavaScript scanner would: a span complete in
// the bytes given, with plain keys. Anything else (a key with an escape, a span cut by the end
// of the bytes, malformed text) ends the run, and the JavaScript scanner reads that span
// itself. So the events are the same
// whichever reads a span; a property test holds them equal.
//
// Memory is the caller's: the bytes at `s`, the place keys at `keys` (i32 count, then per key
// i32 length and i32 address), the events written from `out` (i32 each, at most `cap`). With
// `places` (not 0), each span's OTLP place is read too (otlp-place.ts): `places` holds the
// expected trace id (i32 length, then its bytes) and is followed by one record per span read
// (RECORD_BYTES each, at `places + PLACES_HEAD`), then by their ids (ID_BYTES each, at
// `places + PLACES_HEAD + RECORD_BYTES * cap / 4`: at most cap / 4 spans fit in `out`).

import { ID_BYTES, readOtlpPlace, RECORD_BYTES } from './otlp-place';

// The same module matches the spans' ids once the answer is read (id-links.ts), and lays
// their tree out from the matches (tree-layout.ts).
export { linkIds } from './id-links';
export { layoutTree } from './tree-layout';

const QUOTE: u32 = 34;
const BACKSLASH: u32 = 92;
const COLON: u32 = 58;
const COMMA: u32 = 44;
const OPEN_BRACE: u32 = 123;
const CLOSE_BRACE: u32 = 125;
const OPEN_BRACKET: u32 = 91;
const CLOSE_BRACKET: u32 = 93;

/** skeleton-build.ts's SPAN event. */
const SPAN: i32 = 5;
/** No span read: the JavaScript scanner reads the one at `i`. */
const NOT_READ: i32 = -3;
/** Where the place records start after `places`. */
const PLACES_HEAD: i32 = 64;

let written: i32 = 0;
let spansRead: i32 = 0;

/** How many i32s the last `scanSpans` wrote. */
export function eventsWritten(): i32 {
  return written;
}

/** How many spans the last `scanSpans` read. */
export function spanCount(): i32 {
  return spansRead;
}

/**
 * Reads the spans of a span list from `i` (a '{'), each followed by a comma and the next
 * '{', while they are of the usual shape; returns where the last one read ends (relative to
 * `s`), or NOT_READ when not even the first one was. `base`: the offset of `s` in the whole
 * answer, added to every offset written.
 */
export function scanSpans(s: usize, n: i32, i: i32, base: i32, keys: usize, out: usize, cap: i32, places: usize): i32 {
  written = 0;
  spansRead = 0;
  let lastEnd = NOT_READ;
  const records = places + PLACES_HEAD;
  const ids = records + <usize>(RECORD_BYTES * (cap >> 2));
  for (;;) {
    const mark = written;
    const end = scanSpan(s, n, i, base, keys, out, cap);
    if (end < 0) {
      written = mark;
      return lastEnd;
    }
    if (places != 0) {
      readOtlpPlace(s, base, out, mark, places, records + <usize>(spansRead * RECORD_BYTES), ids + <usize>(spansRead * ID_BYTES));
    }
    spansRead++;
    lastEnd = end;
    let j = skipSpace(s, n, end);
    if (j >= n || <u32>load<u8>(s + j) != COMMA) return lastEnd;
    j = skipSpace(s, n, j + 1);
    if (j >= n || <u32>load<u8>(s + j) != OPEN_BRACE) return lastEnd;
    i = j;
  }
  return lastEnd; // not reached: AssemblyScript wants a return after an endless loop
}

function skipSpace(s: usize, n: i32, i: i32): i32 {
  while (i < n) {
    const c = <u32>load<u8>(s + i);
    if (c != 32 && c != 10 && c != 13 && c != 9) return i;
    i++;
  }
  return n;
}

@inline
function put(out: usize, at: i32, value: i32): void {
  store<i32>(out + ((<usize>at) << 2), value);
}

/** One span at `i`, as text-skeleton.ts scanSpan reads it; its end, or NOT_READ. */
function scanSpan(s: usize, n: i32, i: i32, base: i32, keys: usize, out: usize, cap: i32): i32 {
  if (written + 4 > cap) return NOT_READ;
  const head = written;
  put(out, written++, SPAN);
  put(out, written++, base + i);
  put(out, written++, 0);
  put(out, written++, 0);
  let count = 0;
  let depth = 1;
  let atKey = true;
  let j = i + 1;
  for (;;) {
    if (j >= n) return NOT_READ;
    const c = <u32>load<u8>(s + j);
    if (c == QUOTE) {
      const from = j + 1;
      let k = from;
      let escaped = false;
      for (;;) {
        if (k >= n) return NOT_READ;
        const d = <u32>load<u8>(s + k);
        if (d == QUOTE) break;
        if (d == BACKSLASH) {
          escaped = true;
          k++;
        }
        k++;
      }
      j = k + 1;
      if (depth != 1 || !atKey) continue;
      atKey = false;
      // A key with an escape is none of the place keys' bytes; the JavaScript scanner refuses it.
      if (escaped) return NOT_READ;
      const key = keyIndex(s, from, k, keys);
      if (key < 0) continue;
      let v = skipSpace(s, n, j);
      if (v >= n || <u32>load<u8>(s + v) != COLON) return NOT_READ;
      v = skipSpace(s, n, v + 1);
      if (v >= n) return NOT_READ;
      // A plain string (no escapes: the skeleton decodes it from the bytes), or any other value,
      // marked for JSON.parse (a number, a string with escapes, ...), as scanSpan does.
      const end = skipValue(s, n, v);
      if (end < 0) return NOT_READ;
      const plain = <u32>load<u8>(s + v) == QUOTE && !hasBackslash(s, v + 1, end - 1);
      if (written + 4 > cap) return NOT_READ;
      put(out, written++, key);
      put(out, written++, base + v);
      put(out, written++, base + end);
      put(out, written++, plain ? 0 : 1);
      count++;
      j = end;
    } else {
      if (c == OPEN_BRACE || c == OPEN_BRACKET) {
        depth++;
      } else if (c == CLOSE_BRACE || c == CLOSE_BRACKET) {
        if (--depth == 0) {
          put(out, head + 2, base + j + 1);
          put(out, head + 3, count);
          return j + 1;
        }
      } else if (c == COMMA && depth == 1) {
        atKey = true;
      }
      j++;
    }
  }
  return NOT_READ; // not reached
}

/**
 * The end of the JSON value at `i` (json-text-skip.ts skipValue), or NOT_READ when the bytes
 * end inside it or it is not one.
 */
function skipValue(s: usize, n: i32, i: i32): i32 {
  const first = <u32>load<u8>(s + i);
  if (first != OPEN_BRACE && first != OPEN_BRACKET && first != QUOTE) {
    // A number, true, false or null: up to the next delimiter (which must be here too).
    for (let j = i; j < n; j++) {
      const c = <u32>load<u8>(s + j);
      if (c == COMMA || c == CLOSE_BRACE || c == CLOSE_BRACKET || c == 32 || c == 10 || c == 13 || c == 9) {
        return j == i ? NOT_READ : j;
      }
      if (c == QUOTE || c == OPEN_BRACE || c == OPEN_BRACKET || c == COLON) return NOT_READ;
    }
    return NOT_READ;
  }
  let depth = 0;
  for (let j = i; j < n; j++) {
    const c = <u32>load<u8>(s + j);
    if (c == QUOTE) {
      j = closingQuote(s, n, j);
      if (j < 0) return NOT_READ;
      if (depth == 0) return j + 1;
    } else if (c == OPEN_BRACE || c == OPEN_BRACKET) {
      depth++;
    } else if (c == CLOSE_BRACE || c == CLOSE_BRACKET) {
      if (--depth == 0) return j + 1;
    }
  }
  return NOT_READ;
}

/** The quote closing the string opening at `i`, or -1 (a backslash escapes the byte after it). */
function closingQuote(s: usize, n: i32, i: i32): i32 {
  for (let j = i + 1; j < n; j++) {
    const c = <u32>load<u8>(s + j);
    if (c == QUOTE) return j;
    if (c == BACKSLASH) j++;
  }
  return -1;
}

function hasBackslash(s: usize, from: i32, to: i32): bool {
  for (let k = from; k < to; k++) if (<u32>load<u8>(s + k) == BACKSLASH) return true;
  return false;
}

/** The index of the place key that `s[from, to)` spells, or -1. */
function keyIndex(s: usize, from: i32, to: i32, keys: usize): i32 {
  const length = to - from;
  const count = load<i32>(keys);
  for (let k = 0; k < count; k++) {
    const entry = keys + 4 + ((<usize>k) << 3);
    if (load<i32>(entry) != length) continue;
    const key = <usize>load<i32>(entry + 4);
    let same = true;
    for (let b = 0; b < length; b++) {
      if (load<u8>(s + from + b) != load<u8>(key + b)) {
        same = false;
        break;
      }
    }
    if (same) return k;
  }
  return -1;
}
