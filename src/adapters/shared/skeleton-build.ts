// The skeleton from the scanner's events (see text-skeleton.ts), once the whole body is here.
import type { SkeletonShape } from './text-skeleton';
import type { Int32List } from '../../lib/int-list';
import type { BodyBytes } from './body-bytes';
import { SpanTexts } from './span-texts';

// Events, in a flat list of numbers: [OPEN_OBJECT] [OPEN_ARRAY] [CLOSE] [KEY, start, end]
// [VALUE, start, end] [SPAN, start, end, count, (key, start, end, escaped) × count].
export const OPEN_OBJECT = 0;
export const OPEN_ARRAY = 1;
export const CLOSE = 2;
export const KEY = 3;
export const VALUE = 4;
export const SPAN = 5;

/**
 * A skeleton's span as JSON.parse gives it, parsed from its own text; any other value as it
 * is. What the decoders and previews read a skeleton's spans through.
 */
export type FullSpan = (item: unknown) => unknown;

/** The skeleton of a document, and a way back to each span's full object. */
export interface TextSkeleton {
  readonly json: unknown;
  readonly fullSpan: FullSpan;
  /** For a shape with `bareSpans`: where each span's place fields are in the bytes. */
  readonly spanFields?: SpanFields;
}

const SPAN_AT = Symbol('span text');

interface SpanWithText {
  readonly [SPAN_AT]: number;
}

/**
 * A span of a `bareSpans` skeleton: which span text it is, and where its fields' events start
 * (its SPAN event). One small object of one class per span, no field strings: the preview
 * reads the places from the bytes (SpanFields), the decode each span's full object.
 */
class BareSpan {
  constructor(
    readonly text: number,
    readonly event: number,
  ) {}
}

/** The place fields of a bare skeleton's spans, as offsets into the answer's bytes. */
export class SpanFields {
  constructor(
    readonly body: BodyBytes,
    readonly events: Int32List,
    private readonly names: readonly string[],
  ) {}

  /**
   * The index in `events` of the span's SPAN event, or -1 for anything else. After it: the
   * span's start, end, field count, then per field its key's index, start, end, escaped.
   */
  eventOf(item: unknown): number {
    return item instanceof BareSpan ? item.event : -1;
  }

  /** Which span a bare span is, in the document's order; -1 for anything else. */
  ordinalOf(item: unknown): number {
    return item instanceof BareSpan ? item.text : -1;
  }

  /**
   * The span's place fields as a skeleton with fields holds them (JSON.parse's values, the
   * last of a repeated key); undefined for anything but a bare span. Throws what JSON.parse
   * throws for a value that is not JSON.
   */
  record(item: unknown): Record<string, unknown> | undefined {
    if (!(item instanceof BareSpan)) return undefined;
    const { events, body } = this;
    const record: Record<string, unknown> = {};
    const count = events.get(item.event + 3);
    for (let f = 0, e = item.event + 4; f < count; f++, e += 4) {
      record[this.names[events.get(e)]!] = fieldValue(body, events, e);
    }
    return record;
  }
}

/** The value of the place field whose event (key, start, end, escaped) is at `e`. */
function fieldValue(body: BodyBytes, events: Int32List, e: number): unknown {
  const from = events.get(e + 1);
  const to = events.get(e + 2);
  return events.get(e + 3) === 1 ? JSON.parse(body.string(from, to)) : body.string(from + 1, to - 1);
}

/**
 * The value JSON.parse gives for `body`, with each span reduced to the shape's place fields
 * (or, with `bareSpans`, to a BareSpan: its fields are read from the bytes when asked);
 * undefined for a `__proto__` key (JSON.parse makes it an own field, an assignment would not).
 * Throws what JSON.parse throws for a value that is not JSON.
 */
export function buildSkeleton(body: BodyBytes, events: Int32List, shape: SkeletonShape): TextSkeleton | undefined {
  const { placeFields, traceIdFields, bareSpans = false } = shape;
  const spanTexts = new SpanTexts(body);
  let afterSpan = false;
  const containers: (Record<string, unknown> | unknown[])[] = [];
  let key: string | null = null;
  let root: unknown;
  // Spans of one trace repeat its id: one string for all.
  let traceId: string | null = null;
  let traceIdBytes: Uint8Array | null = null;
  const put = (value: unknown): boolean => {
    const parent = containers[containers.length - 1];
    if (parent === undefined) root = value;
    else if (Array.isArray(parent)) parent.push(value);
    else {
      // JSON.parse makes `__proto__` an own field; an assignment would set the prototype.
      if (key === null || key === '__proto__') return false;
      parent[key] = value;
    }
    key = null;
    return true;
  };
  for (let e = 0; e < events.length; ) {
    const op = events.get(e);
    const followsSpan = afterSpan;
    afterSpan = op === SPAN;
    if (op === KEY) {
      key = body.string(events.get(e + 1) + 1, events.get(e + 2) - 1);
      e += 3;
    } else if (op === OPEN_OBJECT || op === OPEN_ARRAY) {
      const container = op === OPEN_OBJECT ? {} : [];
      if (!put(container)) return undefined;
      containers.push(container);
      e += 1;
    } else if (op === CLOSE) {
      containers.pop();
      e += 1;
    } else if (op === VALUE) {
      if (!put(JSON.parse(body.string(events.get(e + 1), events.get(e + 2))))) return undefined;
      e += 3;
    } else if (bareSpans) {
      const text = spanTexts.add(events.get(e + 1), events.get(e + 2), followsSpan);
      if (!put(new BareSpan(text, e))) return undefined;
      e += 4 + 4 * events.get(e + 3);
    } else {
      const span: Record<string | symbol, unknown> = {};
      span[SPAN_AT] = spanTexts.add(events.get(e + 1), events.get(e + 2), followsSpan);
      const count = events.get(e + 3);
      e += 4;
      for (let f = 0; f < count; f++, e += 4) {
        const k = events.get(e);
        const from = events.get(e + 1);
        const to = events.get(e + 2);
        let value: unknown;
        if (events.get(e + 3) === 1) value = JSON.parse(body.string(from, to));
        else if (k < traceIdFields && traceIdBytes !== null && body.equals(from + 1, to - 1, traceIdBytes)) value = traceId;
        else {
          // A string of its own (decoded from the bytes), not a view of the body.
          value = body.string(from + 1, to - 1);
          if (k < traceIdFields) {
            traceId = value as string;
            traceIdBytes = body.bytes(from + 1, to - 1).slice();
          }
        }
        span[placeFields[k]!] = value;
      }
      if (!put(span)) return undefined;
    }
  }
  return {
    json: root,
    fullSpan: (item) => {
      if (item instanceof BareSpan) return spanTexts.full(item.text);
      if (typeof item !== 'object' || item === null || !(SPAN_AT in item)) return item;
      return spanTexts.full((item as SpanWithText)[SPAN_AT]);
    },
    ...(bareSpans ? { spanFields: new SpanFields(body, events, placeFields) } : {}),
  };
}
