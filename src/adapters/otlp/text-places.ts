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
import type { WasmPlaces } from '../shared/wasm-span-scan';
import { spanPlaceFast, type SpanPlace } from './span-fast-path';
import type { PlaceColumns } from '../../model/place-columns';
import { wasmMatchedIds } from '../shared/wasm-id-links';
import { asciiId, PlaceRuns } from './place-runs';

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
  /** The places read with the spans (by WebAssembly), as it wrote them. */
  private readonly runs: PlaceRuns;

  constructor(readonly traceId: string) {
    this.traceIdBytes = /^[0-9a-f]{32}$/.test(traceId) ? Uint8Array.from(traceId, (c) => c.charCodeAt(0)) : null;
    this.runs = new PlaceRuns(traceId);
  }

  placesRead(places: WasmPlaces): void {
    this.runs.addRead(places);
  }

  placesNotRead(count: number): void {
    this.runs.addNotRead(count);
  }

  placeOf(item: unknown, fields: SpanFields | undefined): SpanPlace | undefined {
    const event = fields ? fields.eventOf(item) : -1;
    if (fields === undefined || event < 0) return spanPlaceFast(item);
    return (
      this.runs.place(fields.ordinalOf(item)) ??
      this.usualPlace(fields.events, fields.body, event) ??
      spanPlaceFast(fields.record(item))
    );
  }

  /**
   * The places of `items` (a skeleton's spans, in input order) as columns, when WebAssembly
   * read every one, in the document's order, and matched their ids; else undefined (the
   * preview then asks placeOf for each).
   */
  columns(items: readonly unknown[], fields: SpanFields): PlaceColumns<SpanPlace> | undefined {
    const { runs } = this;
    const n = items.length;
    if (n !== runs.count) return undefined;
    for (let k = 0; k < n; k++) if (fields.ordinalOf(items[k]) !== k) return undefined;
    const times = runs.times();
    if (times === undefined) return undefined;
    const matched = wasmMatchedIds(times.idRuns, times.hasParent);
    if (matched === undefined) return undefined;
    let all: SpanPlace[] | undefined;
    const place = (v: number): SpanPlace => all?.[v] ?? runs.place(v)!;
    return {
      length: n,
      start: times.start,
      duration: times.duration,
      matched,
      place,
      all: () => (all ??= Array.from({ length: n }, (_, v) => runs.place(v)!)),
    };
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
