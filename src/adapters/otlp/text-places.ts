// The places of a big OTLP answer's spans (ids and times: what the tree is laid out from),
// read from the answer's bytes. A skeleton with fields made five strings per span (~500k for
// 100k spans, ~75 ms) that lived until the decode ended and were copied by every scavenge on
// the way; spanPlaceFast then read ids and times back out of those strings. Here the usual
// span (camelCase keys, each once, plain strings, lower-case hex ids, times of 4 to 19 digits
// that share all but their last 15) makes only its two id strings: read by WebAssembly with
// the span while the answer arrives (wasm/otlp-place.ts), or, without it, by `usualPlace` when
// asked. Any other span takes the long way: its fields as a skeleton with fields holds them,
// read by spanPlaceFast. So the place is spanPlaceFast's for every span; property tests hold
// the three equal. (Doing this in JavaScript while the answer arrived cost ~90 ms on the main
// thread and ~130 ms of background optimizing compiles: on two cores, time the download lost.)

import { micros, type Micros } from '../../lib/units';
import type { Int32List } from '../../lib/int-list';
import type { BodyBytes } from '../shared/body-bytes';
import type { TextPlaceReader } from '../shared/text-preview';
import type { SpanFields } from '../shared/text-skeleton';
import { ID_BYTES, PLACE_HAS_PARENT, PLACE_READ, type WasmPlaces } from '../shared/wasm-span-scan';
import { spanPlaceFast, type SpanPlace } from './span-fast-path';
import type { MatchedIds } from '../../model/tree-links';
import { wasmMatchedIds } from '../shared/wasm-id-links';

// Indices in OTLP_TEXT.shape.placeFields (text-format.ts): camelCase even, snake_case odd.
const TRACE_ID = 0;
const SPAN_ID = 2;
const PARENT_SPAN_ID = 4;
const START = 6;
const END = 8;
const KEYS = 10;

const ZERO = 48;

/** Reads the places of one answer's spans, all of trace `traceId`: see TextPlaceReader. */
export class OtlpTextPlaces implements TextPlaceReader<SpanPlace> {
  /** The trace id's bytes when it is in the model's form (32 lower-case hex digits), else null. */
  private readonly traceIdBytes: Uint8Array | null;
  /** Scratch: the event of each place field met in the span being read, -1 if none. */
  private readonly fieldAt = new Int32Array(KEYS);
  /** The places read with the spans (by WebAssembly), by span in document order; undefined: not read. */
  private readonly ahead: (SpanPlace | undefined)[] = [];
  /** The ids WebAssembly read with those spans, as it wrote them (ID_BYTES a span), a copy per run. */
  private readonly idBatches: Uint8Array[] = [];

  constructor(readonly traceId: string) {
    this.traceIdBytes = /^[0-9a-f]{32}$/.test(traceId) ? Uint8Array.from(traceId, (c) => c.charCodeAt(0)) : null;
  }

  placesRead(places: WasmPlaces): void {
    const { ahead, traceId } = this;
    const ids = places.idBytes;
    this.idBatches.push(ids.slice());
    for (let k = 0; k < places.count; k++) {
      const flags = places.flags(k);
      if ((flags & PLACE_READ) === 0) {
        ahead.push(undefined);
        continue;
      }
      ahead.push({
        traceId,
        spanId: asciiId(ids, k * ID_BYTES),
        parentSpanId: (flags & PLACE_HAS_PARENT) !== 0 ? asciiId(ids, k * ID_BYTES + 16) : null,
        startUs: micros(places.startUs(k)),
        durationUs: micros(places.durationUs(k)),
      });
    }
  }

  placesNotRead(count: number): void {
    for (let k = 0; k < count; k++) this.ahead.push(undefined);
  }

  placeOf(item: unknown, fields: SpanFields | undefined): SpanPlace | undefined {
    const event = fields ? fields.eventOf(item) : -1;
    if (fields === undefined || event < 0) return spanPlaceFast(item);
    return (
      this.ahead[fields.ordinalOf(item)] ??
      this.usualPlace(fields.events, fields.body, event) ??
      spanPlaceFast(fields.record(item))
    );
  }

  /**
   * The span ids of `items` (a skeleton's spans, in input order) matched by WebAssembly, when
   * every one was read by it, in the document's order; else undefined (the layout matches them).
   */
  matchedIds(items: readonly unknown[], fields: SpanFields): MatchedIds | undefined {
    const { ahead } = this;
    const n = items.length;
    if (n !== ahead.length) return undefined;
    const hasParent = new Uint8Array(n);
    for (let k = 0; k < n; k++) {
      const place = ahead[k];
      if (place === undefined || fields.ordinalOf(items[k]) !== k) return undefined;
      hasParent[k] = place.parentSpanId !== null ? 1 : 0;
    }
    return wasmMatchedIds(this.idBatches, hasParent);
  }

  /** The place of the span whose SPAN event is at `event`, when it is of the usual shape. */
  private usualPlace(events: Int32List, body: BodyBytes, event: number): SpanPlace | undefined {
    const { fieldAt, traceIdBytes } = this;
    if (traceIdBytes === null) return undefined;
    fieldAt.fill(-1);
    const count = events.get(event + 3);
    for (let f = 0, e = event + 4; f < count; f++, e += 4) {
      const key = events.get(e);
      // snake_case keys, repeated keys (JSON.parse keeps the last), values not plain strings.
      if ((key & 1) !== 0 || fieldAt[key] !== -1 || events.get(e + 3) !== 0) return undefined;
      fieldAt[key] = e;
    }
    const trace = fieldAt[TRACE_ID]!;
    const span = fieldAt[SPAN_ID]!;
    const parent = fieldAt[PARENT_SPAN_ID]!;
    const start = fieldAt[START]!;
    const end = fieldAt[END]!;
    if (trace < 0 || span < 0 || start < 0 || end < 0) return undefined;
    if (!body.equals(events.get(trace + 1) + 1, events.get(trace + 2) - 1, traceIdBytes)) return undefined;
    const spanId = hexId(body, events.get(span + 1) + 1, events.get(span + 2) - 1);
    if (spanId === undefined) return undefined;
    let parentSpanId: string | null = null;
    if (parent >= 0) {
      const from = events.get(parent + 1) + 1;
      const to = events.get(parent + 2) - 1;
      if (to > from) {
        const id = hexId(body, from, to);
        if (id === undefined) return undefined;
        parentSpanId = id === ZERO_ID ? null : id;
      }
    }
    const startFrom = events.get(start + 1) + 1;
    const startTo = events.get(start + 2) - 1;
    const endFrom = events.get(end + 1) + 1;
    const endTo = events.get(end + 2) - 1;
    const startUs = nanosToMicros(body, startFrom, startTo);
    const endUs = nanosToMicros(body, endFrom, endTo);
    if (startUs === undefined || endUs === undefined) return undefined;
    const durationUs = nanosBetween(body, startFrom, endFrom, startTo - startFrom, endTo - endFrom);
    if (durationUs === undefined) return undefined;
    return { traceId: this.traceId, spanId, parentSpanId, startUs, durationUs };
  }
}

const ZERO_ID = '0'.repeat(16);

/** The span id at `[from, to)` when it is 16 lower-case hex digits (the model's form), else undefined. */
function hexId(body: BodyBytes, from: number, to: number): string | undefined {
  if (to - from !== 16) return undefined;
  const k = body.pieceHolding(from, to);
  if (k < 0) return undefined;
  const p = body.piece(k);
  const a = from - body.pieceStart(k);
  for (let i = a; i < a + 16; i++) {
    const c = p[i]!;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return undefined;
  }
  return asciiId(p, a);
}

/**
 * The 16 ASCII bytes from `a` as a string: one call with the 16 codes, no array, no TextDecoder
 * (~0.7 µs a call in Chromium). A flat string of its own: a slice of a longer one would be read
 * through it each time the layout hashes the id.
 */
function asciiId(p: Uint8Array, a: number): string {
  return String.fromCharCode(
    p[a]!, p[a + 1]!, p[a + 2]!, p[a + 3]!, p[a + 4]!, p[a + 5]!, p[a + 6]!, p[a + 7]!,
    p[a + 8]!, p[a + 9]!, p[a + 10]!, p[a + 11]!, p[a + 12]!, p[a + 13]!, p[a + 14]!, p[a + 15]!,
  );
}

/**
 * readNanos of the digits at `[from, to)` in the usual case (units.ts plainNanosToMicros: 4 to
 * 19 bare digits, µs part a safe integer, not 0); undefined otherwise.
 */
function nanosToMicros(body: BodyBytes, from: number, to: number): Micros | undefined {
  const n = to - from;
  if (n < 4 || n > 19) return undefined;
  const k = body.pieceHolding(from, to);
  if (k < 0) return undefined;
  const p = body.piece(k);
  const a = from - body.pieceStart(k);
  let whole = 0;
  for (let i = a; i < a + n - 3; i++) {
    const d = p[i]! - ZERO;
    if (d < 0 || d > 9) return undefined;
    whole = whole * 10 + d;
  }
  if (whole > Number.MAX_SAFE_INTEGER) return undefined;
  let frac = 0;
  for (let i = a + n - 3; i < a + n; i++) {
    const d = p[i]! - ZERO;
    if (d < 0 || d > 9) return undefined;
    frac = frac * 10 + d;
  }
  const us = whole + frac / 1000;
  return us === 0 ? undefined : micros(us);
}

/**
 * nanos.ts nanosBetween for two digit strings (already checked as digits) of one length that
 * differ only in their last 15 digits; undefined otherwise.
 */
function nanosBetween(body: BodyBytes, startFrom: number, endFrom: number, startLength: number, endLength: number): Micros | undefined {
  if (startLength !== endLength) return undefined;
  const ks = body.pieceHolding(startFrom, startFrom + startLength);
  const ke = body.pieceHolding(endFrom, endFrom + endLength);
  if (ks < 0 || ke < 0) return undefined;
  const s = body.piece(ks);
  const e = body.piece(ke);
  const sa = startFrom - body.pieceStart(ks);
  const ea = endFrom - body.pieceStart(ke);
  let i = 0;
  while (i < startLength && s[sa + i] === e[ea + i]) i++;
  if (startLength - i > 15) return undefined;
  let a = 0;
  let b = 0;
  for (; i < startLength; i++) {
    a = a * 10 + (s[sa + i]! - ZERO);
    b = b * 10 + (e[ea + i]! - ZERO);
  }
  const quick = b - a;
  const rest = quick % 1000;
  return micros((quick - rest) / 1000 + rest / 1000);
}
