// A big trace's first rows need only every span's ids and times, and JSON.parse of a 55 MB
// answer (100k spans) takes ~400 ms. This scanner reads the text once, in the pieces it
// arrives in, and keeps only where things are: each span's place fields and its extent, and
// everything outside the span lists (an OTLP envelope, resources, scopes). `finish` then
// builds the "skeleton": the value JSON.parse would give, except that each span object holds
// only its place fields (so the decoders' own code reads it, and reads it the same way). A
// span's full object is parsed from its own text when it is one of the rows shown.
//
// Valid JSON gives exactly JSON.parse's values. Anything the scanner does not follow (escaped
// keys, `__proto__`, a document of another shape, text after it) gives no skeleton: then
// the answer opens without reading its text. Invalid JSON may give a skeleton; the full
// JSON.parse that follows reports it.

import { buildSkeleton, CLOSE, KEY, OPEN_ARRAY, OPEN_OBJECT, SPAN, VALUE, type TextSkeleton } from './skeleton-build';
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
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

export type { TextSkeleton } from './skeleton-build';

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
   * The span fields kept: first the trace id fields (one string shared by all the spans of
   * a trace), then the other id fields (copied out of the text), then the rest.
   */
  readonly placeFields: readonly string[];
  readonly traceIdFields: number;
  readonly idFields: number;
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

/** Past this, a single value straddling blocks is not worth waiting for: no skeleton. */
const MAX_CARRY = 8 * 1024 * 1024;
export class TextSkeletonScanner {
  private readonly events: number[] = [];
  private readonly roles: number[] = [];
  private readonly expects: number[] = [];
  private carry = '';
  /** Offset in the whole text of `carry`'s first character. */
  private base = 0;
  private started = false;
  private done = false;
  private failed = false;
  private spanCount = 0;

  constructor(private readonly shape: SkeletonShape) {}

  /** How many spans have been read so far. */
  get spans(): number {
    return this.spanCount;
  }

  /** The next piece of the text, in order. */
  feed(block: string): void {
    if (this.failed) return;
    const s = this.carry === '' ? block : this.carry + block;
    const stop = this.scan(s);
    if (stop === MALFORMED) {
      this.fail();
      return;
    }
    this.carry = stop < s.length ? s.slice(stop) : '';
    this.base += stop;
    if (this.carry.length > MAX_CARRY) this.fail();
  }

  /**
   * The skeleton, given the whole text (all the blocks fed, joined); undefined when the
   * scanner gave up or the text ended early.
   */
  finish(text: string): TextSkeleton | undefined {
    if (this.failed || !this.done || this.carry.trim() !== '' || this.base + this.carry.length !== text.length) return undefined;
    try {
      return buildSkeleton(text, this.events, this.shape);
    } catch {
      return undefined; // a value that is not JSON: the full JSON.parse says where
    }
  }

  private fail(): void {
    this.failed = true;
    this.carry = '';
    this.events.length = 0;
  }

  /** Scans `s` (starting at offset `base` of the whole text); returns where it stopped. */
  private scan(s: string): number {
    const { events, roles, expects, base } = this;
    const n = s.length;
    let i = 0;
    for (;;) {
      i = skipSpace(s, i);
      if (i >= n) return i;
      const c = s.charCodeAt(i);
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
        if (s.charCodeAt(colon) !== COLON) return MALFORMED;
        const at = skipSpace(s, colon + 1);
        if (at >= n) return i;
        const child = childOf(this.shape, role, s, i + 1, keyEnd - 1, s.charCodeAt(at));
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
        events.push(KEY, base + i, base + keyEnd, VALUE, base + at, base + end);
        expects[top] = COMMA_OR_END;
        i = end;
        continue;
      }
      // An element of a list.
      if (role === SPAN_LIST && c === OPEN_BRACE) {
        const mark = events.length;
        const end = this.scanSpan(s, i);
        if (end < 0) {
          events.length = mark;
          return end === INCOMPLETE ? i : MALFORMED;
        }
        this.spanCount++;
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

  /** One span object at `i` ('{'): its place fields and extent go to the events. */
  private scanSpan(s: string, i: number): number {
    const { events, base } = this;
    const n = s.length;
    const head = events.length;
    events.push(SPAN, base + i, 0, 0);
    let count = 0;
    let at = skipSpace(s, i + 1);
    if (at >= n) return INCOMPLETE;
    if (s.charCodeAt(at) === CLOSE_BRACE) return closeSpan(events, head, base, at + 1, count);
    for (;;) {
      if (at >= n) return INCOMPLETE;
      if (s.charCodeAt(at) !== QUOTE) return MALFORMED;
      const keyEnd = skipPlainString(s, at);
      if (keyEnd < 0) return keyEnd;
      const key = placeKey(this.shape.placeFields, s, at + 1, keyEnd - 1);
      let v = skipSpace(s, keyEnd);
      if (v >= n) return INCOMPLETE;
      if (s.charCodeAt(v) !== COLON) return MALFORMED;
      v = skipSpace(s, v + 1);
      if (v >= n) return INCOMPLETE;
      let end: number;
      if (key >= 0) {
        let escaped = 0;
        if (s.charCodeAt(v) === QUOTE) {
          end = skipPlainString(s, v);
          if (end === MALFORMED) {
            end = skipValue(s, v);
            escaped = 1;
          }
        } else {
          end = skipValue(s, v);
          escaped = 1; // not a plain string: JSON.parse reads it
        }
        if (end < 0) return end;
        events.push(key, base + v, base + end, escaped);
        count++;
      } else {
        end = skipValue(s, v);
        if (end < 0) return end;
      }
      at = skipSpace(s, end);
      if (at >= n) return INCOMPLETE;
      const c = s.charCodeAt(at);
      if (c === CLOSE_BRACE) return closeSpan(events, head, base, at + 1, count);
      if (c !== COMMA) return MALFORMED;
      at = skipSpace(s, at + 1);
    }
  }
}

function closeSpan(events: number[], head: number, base: number, end: number, count: number): number {
  events[head + 2] = base + end;
  events[head + 3] = count;
  return end;
}

const isObject = (role: number): boolean => role === ROOT || role === ENVELOPE || role === RESOURCE || role === SCOPE;

/** The container role of the value of key `s[from, to)` in a `role` container, or -1 to skip it. */
function childOf(shape: SkeletonShape, role: number, s: string, from: number, to: number, first: number): number {
  if (first === OPEN_BRACKET) {
    if ((role === ROOT || role === ENVELOPE) && isOneOf(s, from, to, shape.resourceListKeys)) return RESOURCE_LIST;
    if (role === RESOURCE && isOneOf(s, from, to, shape.scopeListKeys)) return SCOPE_LIST;
    if (role === SCOPE && to - from === 5 && s.startsWith('spans', from)) return SPAN_LIST;
  } else if (first === OPEN_BRACE && role === ROOT && isOneOf(s, from, to, shape.envelopeKeys)) {
    return ENVELOPE;
  }
  return -1;
}

function isOneOf(s: string, from: number, to: number, keys: readonly string[] = []): boolean {
  for (const key of keys) if (key.length === to - from && s.startsWith(key, from)) return true;
  return false;
}

function placeKey(fields: readonly string[], s: string, from: number, to: number): number {
  const length = to - from;
  for (let k = 0; k < fields.length; k++) {
    const key = fields[k]!;
    if (key.length === length && s.startsWith(key, from)) return k;
  }
  return -1;
}
