// The WebAssembly reader of span objects (wasm/span-scan.ts) for the text-skeleton scanner:
// the same events as its JavaScript loop, ~4× faster. Compiled once when this module loads;
// where WebAssembly is not allowed (a Content-Security-Policy without 'wasm-unsafe-eval', an
// old engine) or not compiled yet, the scanner reads every span in JavaScript, as before.

import type { Int32List } from '../../lib/int-list';
import { SPAN_SCAN_WASM } from './span-scan-wasm';

interface SpanScanExports {
  readonly memory: WebAssembly.Memory;
  scanSpans(s: number, n: number, i: number, base: number, keys: number, out: number, cap: number, places: number): number;
  eventsWritten(): number;
  spanCount(): number;
}

let compiled: WebAssembly.Module | null = null;

/** Whether the module is compiled (and `wasmSpanScan` can give an instance). */
export function spanScanCompiled(): boolean {
  return compiled !== null;
}

/** The compiled module (for another instance of it: wasm-id-links.ts), or null. */
export function spanScanModule(): WebAssembly.Module | null {
  return compiled;
}

/** Resolves once the module is compiled (true) or cannot be (false). */
export const spanScanReady: Promise<boolean> = compileModule();

async function compileModule(): Promise<boolean> {
  try {
    if (typeof WebAssembly === 'undefined') return false;
    compiled = await WebAssembly.compile(base64Bytes(SPAN_SCAN_WASM));
    return true;
  } catch {
    return false;
  }
}

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

// The instance's memory, laid out by this side: the keys' table, the events written by one
// call, the places read with them (the trace id they must hold, then records, then ids), then
// the bytes being read (one piece of the answer, grown to fit).
const KEYS_AT = 0;
const KEYS_BYTES = 4096;
const OUT_AT = KEYS_AT + KEYS_BYTES;
/** Events one call may write (i32s): ~10,000 spans' worth; a call stops early when full. */
const OUT_CAP = 256 * 1024;
/** The most spans one call reads: each writes 4 events at least. */
const MAX_SPANS = OUT_CAP / 4;
const PLACES_AT = OUT_AT + OUT_CAP * 4;
/** wasm/span-scan.ts PLACES_HEAD: the trace id before the records; otlp-place.ts RECORD_BYTES, ID_BYTES. */
const PLACES_HEAD = 64;
const RECORD_BYTES = 24;
/** otlp-place.ts ID_BYTES: a span's id and its parent's, as ASCII (16 bytes each), then as u64s. */
export const ID_BYTES = 48;
const RECORDS_AT = PLACES_AT + PLACES_HEAD;
const IDS_AT = RECORDS_AT + RECORD_BYTES * MAX_SPANS;
const BYTES_AT = IDS_AT + ID_BYTES * MAX_SPANS;
const PAGE = 64 * 1024;

/** Where a run of spans read ends, and how many were read. */
export interface SpansRead {
  readonly end: number;
  readonly count: number;
}

/** wasm/otlp-place.ts's record flags. */
export const PLACE_READ = 1;
export const PLACE_HAS_PARENT = 2;

/**
 * The OTLP places WebAssembly read with a run of spans (wasm/otlp-place.ts), valid until the
 * next call: span k's flags, start and duration (µs), and its ids (in `idBytes` from
 * ID_BYTES × k: 16 ASCII bytes of span id, 16 of parent id, then their values as two u64s).
 */
export interface WasmPlaces {
  readonly count: number;
  flags(k: number): number;
  startUs(k: number): number;
  durationUs(k: number): number;
  /** The records as written: per span, its start, its duration, then its flags as an i32 (and 4 unused bytes). */
  readonly records: Float64Array;
  readonly idBytes: Uint8Array;
}

/**
 * One scanner's WebAssembly instance; null when WebAssembly is not available (not compiled
 * yet, or not allowed), or the keys do not fit its table. `placesOf`: the trace id whose OTLP
 * places are read with the spans (the keys are then OTLP_TEXT's place fields).
 */
export function wasmSpanScan(placeKeys: readonly string[], placesOf?: string): WasmSpanScan | null {
  if (compiled === null) return null;
  try {
    const instance = new WebAssembly.Instance(compiled, {});
    return WasmSpanScan.over(instance.exports as unknown as SpanScanExports, placeKeys, placesOf);
  } catch {
    return null;
  }
}

export class WasmSpanScan {
  /** The bytes now in the instance's memory (a piece is copied in once, on its first span). */
  private loaded: Uint8Array | null = null;
  private spansRead = 0;

  private constructor(
    private readonly wasm: SpanScanExports,
    /** Whether each span's OTLP place is read with it (`places`). */
    readonly readsPlaces: boolean,
  ) {}

  static over(wasm: SpanScanExports, placeKeys: readonly string[], placesOf?: string): WasmSpanScan | null {
    let tableEnd = KEYS_AT + 4 + placeKeys.length * 8;
    let bytesEnd = tableEnd;
    for (const key of placeKeys) bytesEnd += key.length;
    if (bytesEnd > KEYS_AT + KEYS_BYTES) return null;
    // A trace id that does not fit (or is not ASCII): spans are read without their places.
    const readsPlaces = placesOf !== undefined && placesOf.length <= PLACES_HEAD - 4 && /^[\x20-\x7e]*$/.test(placesOf);
    wasm.memory.grow(Math.ceil(BYTES_AT / PAGE));
    const view = new DataView(wasm.memory.buffer);
    view.setInt32(KEYS_AT, placeKeys.length, true);
    placeKeys.forEach((key, k) => {
      view.setInt32(KEYS_AT + 4 + k * 8, key.length, true);
      view.setInt32(KEYS_AT + 8 + k * 8, tableEnd, true);
      for (let c = 0; c < key.length; c++) view.setUint8(tableEnd++, key.charCodeAt(c));
    });
    if (readsPlaces) {
      view.setInt32(PLACES_AT, placesOf.length, true);
      for (let c = 0; c < placesOf.length; c++) view.setUint8(PLACES_AT + 4 + c, placesOf.charCodeAt(c));
    }
    return new WasmSpanScan(wasm, readsPlaces);
  }

  /**
   * Reads spans of `s` from `i` (a '{' in a span list; `base`: the offset of `s` in the whole
   * answer), appending their events; undefined when the first one is left to the caller.
   */
  scanSpans(s: Uint8Array, i: number, base: number, events: Int32List): SpansRead | undefined {
    const { wasm } = this;
    if (this.loaded !== s) this.load(s);
    const end = wasm.scanSpans(BYTES_AT, s.length, i, base, KEYS_AT, OUT_AT, OUT_CAP, this.readsPlaces ? PLACES_AT : 0);
    if (end < 0) return undefined;
    events.pushAll(new Int32Array(wasm.memory.buffer, OUT_AT, wasm.eventsWritten()));
    this.spansRead = wasm.spanCount();
    return { end, count: this.spansRead };
  }

  /** The places read with the spans of the last `scanSpans` (when made with `placesOf`). */
  places(): WasmPlaces {
    const { buffer } = this.wasm.memory;
    const numbers = new Float64Array(buffer, RECORDS_AT, (RECORD_BYTES / 8) * this.spansRead);
    const ints = new Int32Array(buffer, RECORDS_AT, (RECORD_BYTES / 4) * this.spansRead);
    return {
      count: this.spansRead,
      flags: (k) => ints[k * 6 + 4]!,
      startUs: (k) => numbers[k * 3]!,
      durationUs: (k) => numbers[k * 3 + 1]!,
      records: numbers,
      idBytes: new Uint8Array(buffer, IDS_AT, ID_BYTES * this.spansRead),
    };
  }

  private load(s: Uint8Array): void {
    const { memory } = this.wasm;
    const missing = BYTES_AT + s.length - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / PAGE));
    new Uint8Array(memory.buffer, BYTES_AT, s.length).set(s);
    this.loaded = s;
  }
}
