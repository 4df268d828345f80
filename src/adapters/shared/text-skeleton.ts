// A big trace's first rows need only every span's ids and times, and JSON.parse of a 55 MB
// answer (100k spans) takes ~400 ms. This scanner reads the answer's bytes once, in the
// pieces they arrive in (~200 ms for 55 MB), and keeps only where things are: each span's
// place fields and its extent, and everything outside the span lists (an OTLP envelope,
// resources, scopes). `finish` then builds the "skeleton": the value JSON.parse would give,
// except that each span object holds only its place fields (so the decoders' own code reads
// it, and reads it the same way). A span's full object is parsed from its own text when it
// is shown or decoded.
//
// Valid JSON gives exactly JSON.parse's values. Anything the scanner does not follow (escaped
// keys, `__proto__`, a document of another shape, text after it) gives no skeleton: then
// the answer is parsed whole. Invalid JSON may give a skeleton; then a span's own parse, or
// one outside the spans, fails, and the whole answer's JSON.parse says where.

import { concatBytes } from '../../lib/bytes';
import { Int32List } from '../../lib/int-list';
import { ByteKeys } from './byte-keys';
import type { BodyBytes } from './body-bytes';
import { spanScanCompiled, wasmSpanScan, type WasmPlaces, type WasmSpanScan } from './wasm-span-scan';
import { buildSkeleton, CLOSE, KEY, OPEN_ARRAY, OPEN_OBJECT, SPAN, VALUE, type TextSkeleton } from './skeleton-build';
import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  closingQuote,
  COMMA,
  INCOMPLETE,
  MALFORMED,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  skipPlainString,
  skipSpace,
  skipValue,
} from './json-text-skip';

export type { FullSpan, SpanFields, TextSkeleton } from './skeleton-build';

/** Where a format keeps its spans, and which of their fields place them in the tree. */
export interface SkeletonShape {
  /**
   * 'span-list': the document is the list of spans (Zipkin). 'otlp': an object with a list
   * of resources under one of `resourceListKeys` (or inside one of `envelopeKeys`), each with
   * a list of scopes under one of `scopeListKeys`, each with its spans under `spans`.
   */
  readonly root: 'span-list' | 'otlp';
  readonly envelopeKeys?: readonly string[];
  readonly resourceListKeys?: readonly string[];
  readonly scopeListKeys?: readonly string[];
  /**
   * The span fields kept, the first `traceIdFields` of them the trace id's (one string for
   * all the spans of a trace).
   */
  readonly placeFields: readonly string[];
  readonly traceIdFields: number;
  /**
   * Skeleton spans without their fields (BareSpan; the fields' offsets are kept): for a
   * format whose preview reads the places straight from the bytes (`TextSkeleton.spanFields`).
   */
  readonly bareSpans?: boolean;
}

/**
 * Told of every span the scanner reads, in order, with its OTLP place when WebAssembly read
 * that too (wasm/otlp-place.ts; for a shape whose place fields are OTLP_TEXT's): how a big
 * OTLP answer's places are read while it arrives (otlp/text-places.ts).
 */
export interface SpanPlaceSink {
  /** The trace id every span's place must hold. */
  readonly traceId: string;
  /** Spans read with their places. */
  placesRead(places: WasmPlaces): void;
  /** `count` spans read without their places. */
  placesNotRead(count: number): void;
}

/** The shape's keys, as the scanner looks them up. */
interface ShapeKeys {
  readonly envelope: ByteKeys;
  readonly resourceList: ByteKeys;
  readonly scopeList: ByteKeys;
  readonly place: ByteKeys;
}

const SPANS_KEY = new ByteKeys(['spans']);
const NO_BYTES = new Uint8Array(0);

function shapeKeys(shape: SkeletonShape): ShapeKeys {
  return {
    envelope: new ByteKeys(shape.envelopeKeys ?? []),
    resourceList: new ByteKeys(shape.resourceListKeys ?? []),
    scopeList: new ByteKeys(shape.scopeListKeys ?? []),
    place: new ByteKeys(shape.placeFields),
  };
}

// Containers the scanner goes into; every other value is skipped and parsed from its text.
const ROOT = 0;
const ENVELOPE = 1;
const RESOURCE_LIST = 2;
const RESOURCE = 3;
const SCOPE_LIST = 4;
const SCOPE = 5;
const SPAN_LIST = 6;

// What a container expects next.
const KEY_OR_END = 0;
const VALUE_OR_END = 1;
const COMMA_OR_END = 2;

/** About how many bytes of an OTLP answer make one event (~23 for the bench's spans). */
const BYTES_PER_EVENT = 20;
/** Room made ahead for no more events than this (64 MB): a bigger answer grows the list. */
const MAX_RESERVED_EVENTS = 16 * 1024 * 1024;
/** Past this, a single value straddling blocks is not worth waiting for: no skeleton. */
const MAX_CARRY = 8 * 1024 * 1024;
/** How much of the next piece a token cut by the last one is first tried with. */
const HEAD_BYTES = 64 * 1024;
export class TextSkeletonScanner {
  private readonly events = new Int32List(64 * 1024);
  private readonly roles: number[] = [];
  private readonly expects: number[] = [];
  /** The bytes of a token the last piece ended inside (a copy: the scanner keeps no piece it is given). */
  private carry = NO_BYTES;
  /** Offset in the whole answer of `carry`'s first byte. */
  private base = 0;
  private readonly keys: ShapeKeys;
  private started = false;
  private done = false;
  private failed = false;
  private spanCount = 0;
  /** The WebAssembly reader of spans (undefined: not made yet); without one, scanSpan reads them all. */
  private wasmScan: WasmSpanScan | null | undefined;

  constructor(
    private readonly shape: SkeletonShape,
    useWasm = true,
    private readonly sink?: SpanPlaceSink,
  ) {
    this.keys = shapeKeys(shape);
    this.wasmScan = useWasm && spanScanCompiled() ? undefined : null;
  }

  /**
   * The answer will be about this long: room for its events is made at once (growing the list
   * by doubling copied ~16 MB for a 55 MB answer while it downloaded).
   */
  expect(totalBytes: number): void {
    this.events.reserve(Math.min(MAX_RESERVED_EVENTS, Math.ceil(totalBytes / BYTES_PER_EVENT)));
  }

  /** The WebAssembly reader of spans, made when the first span comes (~9 MB of memory); null without one. */
  private get wasm(): WasmSpanScan | null {
    if (this.wasmScan === undefined) this.wasmScan = wasmSpanScan(this.shape.placeFields, this.sink?.traceId);
    return this.wasmScan;
  }

  /** Whether spans are read with WebAssembly (fast enough to read pieces while they arrive). */
  get readsSpansFast(): boolean {
    return this.wasmScan !== null;
  }

  /** How many spans have been read so far. */
  get spans(): number {
    return this.spanCount;
  }

  /** The next piece of the answer's bytes, in order; read before `feed` returns. */
  feed(block: Uint8Array): void {
    if (this.failed) return;
    let from = 0;
    const carry = this.carry;
    if (carry.length > 0) {
      // The token the last piece ended inside, completed with as little of this piece as it
      // takes: joining all of it would copy 4 MB each time.
      let at = 0;
      for (let head = HEAD_BYTES; ; head *= 2) {
        const joined = concatBytes([carry, block.subarray(0, head)]);
        at = this.scan(joined, at);
        if (at === MALFORMED) return this.fail();
        if (at >= carry.length) break;
        if (head >= block.length) return this.keep(joined, at);
      }
      from = at - carry.length;
      this.base += carry.length;
    }
    const stop = this.scan(block, from);
    if (stop === MALFORMED) return this.fail();
    this.keep(block, stop);
  }

  /** Keeps what is left of `s` from `stop` (a token not complete yet) for the next piece. */
  private keep(s: Uint8Array, stop: number): void {
    this.carry = stop < s.length ? s.slice(stop) : NO_BYTES;
    this.base += stop;
    if (this.carry.length > MAX_CARRY) this.fail();
  }

  /**
   * The skeleton, given the whole body (all the pieces fed); undefined when the scanner gave
   * up or the body ended early.
   */
  finish(body: BodyBytes): TextSkeleton | undefined {
    const ended = this.done && skipSpace(this.carry, 0) === this.carry.length;
    if (this.failed || !ended || this.base + this.carry.length !== body.length) return undefined;
    try {
      return buildSkeleton(body, this.events, this.shape);
    } catch {
      return undefined; // a value that is not JSON: the full JSON.parse says where
    }
  }

  private fail(): void {
    this.failed = true;
    this.carry = NO_BYTES;
    this.events.truncate(0);
  }

  /**
   * Scans `s` (starting at offset `base` of the whole answer) from `i`; returns where it
   * stopped: at the end, or at the start of a token that goes on past it.
   */
  private scan(s: Uint8Array, i: number): number {
    const { events, roles, expects, base } = this;
    const n = s.length;
    for (;;) {
      i = skipSpace(s, i);
      if (i >= n) return i;
      const c = s[i]!;
      if (this.done) return MALFORMED; // text after the document
      if (!this.started) {
        const spanList = this.shape.root === 'span-list';
        if (c !== (spanList ? OPEN_BRACKET : OPEN_BRACE)) return MALFORMED;
        this.started = true;
        events.push(spanList ? OPEN_ARRAY : OPEN_OBJECT);
        roles.push(spanList ? SPAN_LIST : ROOT);
        expects.push(spanList ? VALUE_OR_END : KEY_OR_END);
        i++;
        continue;
      }
      const top = roles.length - 1;
      const role = roles[top]!;
      const expect = expects[top]!;
      if (expect === COMMA_OR_END || c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (c === COMMA && expect === COMMA_OR_END) {
          expects[top] = isObject(role) ? KEY_OR_END : VALUE_OR_END;
          i++;
          continue;
        }
        if (c !== (isObject(role) ? CLOSE_BRACE : CLOSE_BRACKET)) return MALFORMED;
        events.push(CLOSE);
        roles.pop();
        expects.pop();
        if (roles.length === 0) this.done = true;
        i++;
        continue;
      }
      if (expect === KEY_OR_END) {
        // key : value, as one step: nothing is recorded until all of it is here.
        if (c !== QUOTE) return MALFORMED;
        const keyEnd = skipPlainString(s, i);
        if (keyEnd < 0) return keyEnd === INCOMPLETE ? i : MALFORMED;
        const colon = skipSpace(s, keyEnd);
        if (colon >= n) return i;
        if (s[colon] !== COLON) return MALFORMED;
        const at = skipSpace(s, colon + 1);
        if (at >= n) return i;
        const child = childOf(this.keys, role, s, i + 1, keyEnd - 1, s[at]!);
        if (child >= 0) {
          events.push(KEY, base + i, base + keyEnd, isObject(child) ? OPEN_OBJECT : OPEN_ARRAY);
          roles.push(child);
          expects[top] = COMMA_OR_END;
          expects.push(isObject(child) ? KEY_OR_END : VALUE_OR_END);
          i = at + 1;
          continue;
        }
        const end = skipValue(s, at);
        if (end < 0) return end === INCOMPLETE ? i : MALFORMED;
        events.push(KEY, base + i, base + keyEnd);
        events.push(VALUE, base + at, base + end);
        expects[top] = COMMA_OR_END;
        i = end;
        continue;
      }
      // An element of a list.
      if (role === SPAN_LIST && c === OPEN_BRACE) {
        const { wasm, sink } = this;
        const read = wasm?.scanSpans(s, i, base, events);
        if (read !== undefined) {
          this.spanCount += read.count;
          if (wasm!.readsPlaces) sink?.placesRead(wasm!.places());
          else sink?.placesNotRead(read.count);
          expects[top] = COMMA_OR_END;
          i = read.end;
          continue;
        }
        const mark = events.length;
        const end = this.scanSpan(s, i);
        if (end < 0) {
          events.truncate(mark);
          return end === INCOMPLETE ? i : MALFORMED;
        }
        this.spanCount++;
        sink?.placesNotRead(1);
        expects[top] = COMMA_OR_END;
        i = end;
        continue;
      }
      if ((role === RESOURCE_LIST || role === SCOPE_LIST) && c === OPEN_BRACE) {
        events.push(OPEN_OBJECT);
        roles.push(role === RESOURCE_LIST ? RESOURCE : SCOPE);
        expects[top] = COMMA_OR_END;
        expects.push(KEY_OR_END);
        i++;
        continue;
      }
      const end = skipValue(s, i);
      if (end < 0) return end === INCOMPLETE ? i : MALFORMED;
      events.push(VALUE, base + i, base + end);
      expects[top] = COMMA_OR_END;
      i = end;
    }
  }

  /**
   * One span object at `i` ('{'): its place fields and extent go to the events. One loop over
   * the span's bytes, following only strings and nesting: the span's own keys are the strings
   * at depth 1 that start the object or follow a comma. It checks less than `scan` does (a
   * missing colon goes unnoticed: JSON.parse reports it later) and runs at ~3× its speed; the
   * spans are nearly all of an answer.
   */
  private scanSpan(s: Uint8Array, i: number): number {
    const { events, base } = this;
    const places = this.keys.place;
    const n = s.length;
    const head = events.length;
    events.push(SPAN, base + i, 0, 0);
    let count = 0;
    let depth = 1;
    let atKey = true;
    for (let j = i + 1; ; ) {
      if (j >= n) return INCOMPLETE;
      const c = s[j]!;
      if (c === QUOTE) {
        const from = j + 1;
        const end = closingQuote(s, j);
        if (end < 0) return INCOMPLETE;
        j = end + 1;
        if (depth !== 1 || !atKey) continue;
        atKey = false;
        const key = places.indexIn(s, from, end);
        if (key < 0) {
          if (hasBackslash(s, from, end)) return MALFORMED; // an escaped key: not followed
          continue;
        }
        let v = skipSpace(s, j);
        if (v >= n) return INCOMPLETE;
        if (s[v] !== COLON) return MALFORMED;
        v = skipSpace(s, v + 1);
        if (v >= n) return INCOMPLETE;
        let escaped = 0;
        let valueEnd = s[v] === QUOTE ? skipPlainString(s, v) : MALFORMED;
        if (valueEnd === MALFORMED) {
          valueEnd = skipValue(s, v);
          escaped = 1; // not a plain string: JSON.parse reads it
        }
        if (valueEnd < 0) return valueEnd;
        events.push(key, base + v, base + valueEnd, escaped);
        count++;
        j = valueEnd;
      } else {
        if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
          if (--depth === 0) return closeSpan(events, head, base, j + 1, count);
        } else if (c === COMMA && depth === 1) atKey = true;
        j++;
      }
    }
  }
}

function hasBackslash(s: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (s[k] === BACKSLASH) return true;
  return false;
}

function closeSpan(events: Int32List, head: number, base: number, end: number, count: number): number {
  events.set(head + 2, base + end);
  events.set(head + 3, count);
  return end;
}

const isObject = (role: number): boolean => role === ROOT || role === ENVELOPE || role === RESOURCE || role === SCOPE;

/** The container role of the value of key `s[from, to)` in a `role` container, or -1 to skip it. */
function childOf(keys: ShapeKeys, role: number, s: Uint8Array, from: number, to: number, first: number): number {
  if (first === OPEN_BRACKET) {
    if ((role === ROOT || role === ENVELOPE) && keys.resourceList.has(s, from, to)) return RESOURCE_LIST;
    if (role === RESOURCE && keys.scopeList.has(s, from, to)) return SCOPE_LIST;
    if (role === SCOPE && SPANS_KEY.has(s, from, to)) return SPAN_LIST;
  } else if (first === OPEN_BRACE && role === ROOT && keys.envelope.has(s, from, to)) {
    return ENVELOPE;
  }
  return -1;
}
