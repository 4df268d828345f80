// The places WebAssembly read with a big OTLP answer's spans (wasm/otlp-place.ts), kept as it
// wrote them: a copy of each run's records and ids, no object per span. Making a SpanPlace and
// its two id strings for each of 100k spans while the answer arrived took 60–90 ms of the main
// thread (GC included), time the download waited for; the tree is laid out from the records
// (PlaceColumns), and the objects are made when the full decode asks for them, after the first
// rows are on screen.

import { micros } from '../../lib/units';
import { ID_BYTES, PLACE_HAS_PARENT, PLACE_READ, type WasmPlaces } from '../shared/wasm-span-scan';
import type { SpanPlace } from './span-fast-path';

/** f64s per record: start, duration, flags (an i32 in the first half of the third). */
const RECORD_F64S = 3;
/** The flags' index in a record read as i32s. */
const flagsAt = (j: number): number => j * RECORD_F64S * 2 + 4;

interface Run {
  /** The document-order index of its first span. */
  readonly from: number;
  readonly count: number;
  /** Null: spans read without their places. */
  readonly records: Float64Array | null;
  readonly flags: Int32Array | null;
  readonly ids: Uint8Array | null;
}

/** The times and parent flags of every span, when every one was read with its place. */
export interface PlaceTimes {
  readonly start: Float64Array;
  readonly duration: Float64Array;
  readonly hasParent: Uint8Array;
  /** The ids as otlp-place.ts wrote them (ID_BYTES a span), in runs, for wasm-id-links.ts. */
  readonly idRuns: readonly Uint8Array[];
}

export class PlaceRuns {
  private readonly runs: Run[] = [];
  /** Spans seen so far, read with their places or not. */
  count = 0;

  constructor(private readonly traceId: string) {}

  /** A run of spans read with their places: copied, as written. */
  addRead(places: WasmPlaces): void {
    if (places.count === 0) return;
    const records = places.records.slice(0, places.count * RECORD_F64S);
    this.runs.push({
      from: this.count,
      count: places.count,
      records,
      flags: new Int32Array(records.buffer),
      ids: places.idBytes.slice(0, places.count * ID_BYTES),
    });
    this.count += places.count;
  }

  /** `count` spans read without their places (runs of them are merged). */
  addNotRead(count: number): void {
    if (count === 0) return;
    const last = this.runs[this.runs.length - 1];
    if (last !== undefined && last.records === null) {
      this.runs[this.runs.length - 1] = { ...last, count: last.count + count };
    } else {
      this.runs.push({ from: this.count, count, records: null, flags: null, ids: null });
    }
    this.count += count;
  }

  /** The place of the span at `k` (document order) as read with it, or undefined when it was not. */
  place(k: number): SpanPlace | undefined {
    const run = this.runAt(k);
    if (run?.records == null) return undefined;
    const j = k - run.from;
    const flags = run.flags![flagsAt(j)]!;
    if ((flags & PLACE_READ) === 0) return undefined;
    const ids = run.ids!;
    return {
      traceId: this.traceId,
      spanId: asciiId(ids, j * ID_BYTES),
      parentSpanId: (flags & PLACE_HAS_PARENT) !== 0 ? asciiId(ids, j * ID_BYTES + 16) : null,
      startUs: micros(run.records[j * RECORD_F64S]!),
      durationUs: micros(run.records[j * RECORD_F64S + 1]!),
    };
  }

  /** Every span's times and parent flags, when every one of them was read with its place. */
  times(): PlaceTimes | undefined {
    const n = this.count;
    const start = new Float64Array(n);
    const duration = new Float64Array(n);
    const hasParent = new Uint8Array(n);
    const idRuns: Uint8Array[] = [];
    for (const { from, count, records, flags, ids } of this.runs) {
      if (records === null) return undefined;
      for (let j = 0; j < count; j++) {
        const flag = flags![flagsAt(j)]!;
        if ((flag & PLACE_READ) === 0) return undefined;
        start[from + j] = records[j * RECORD_F64S]!;
        duration[from + j] = records[j * RECORD_F64S + 1]!;
        hasParent[from + j] = (flag & PLACE_HAS_PARENT) !== 0 ? 1 : 0;
      }
      idRuns.push(ids!);
    }
    return { start, duration, hasParent, idRuns };
  }

  private runAt(k: number): Run | undefined {
    const { runs } = this;
    let lo = 0;
    let hi = runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const run = runs[mid]!;
      if (k < run.from) hi = mid - 1;
      else if (k >= run.from + run.count) lo = mid + 1;
      else return run;
    }
    return undefined;
  }
}

/**
 * The 16 ASCII bytes from `a` as a string: one call with the 16 codes, no array, no TextDecoder
 * (~0.7 µs a call in Chromium). A flat string of its own: a slice of a longer one would be read
 * through it each time the layout hashes the id.
 */
export function asciiId(p: Uint8Array, a: number): string {
  return String.fromCharCode(
    p[a]!, p[a + 1]!, p[a + 2]!, p[a + 3]!, p[a + 4]!, p[a + 5]!, p[a + 6]!, p[a + 7]!,
    p[a + 8]!, p[a + 9]!, p[a + 10]!, p[a + 11]!, p[a + 12]!, p[a + 13]!, p[a + 14]!, p[a + 15]!,
  );
}
