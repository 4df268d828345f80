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
}

const SPAN_AT = Symbol('span text');

interface SpanSpot {
  readonly [SPAN_AT]: number;
}

/**
 * The value JSON.parse gives for `body`, with each span reduced to the shape's place fields;
 * undefined for a `__proto__` key (JSON.parse makes it an own field, an assignment would not).
 * Throws what JSON.parse throws for a value that is not JSON.
 */
export function buildSkeleton(body: BodyBytes, events: Int32List, shape: SkeletonShape): TextSkeleton | undefined {
  const { placeFields, traceIdFields } = shape;
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
      if (typeof item !== 'object' || item === null || !(SPAN_AT in item)) return item;
      return spanTexts.full((item as SpanSpot)[SPAN_AT]);
    },
  };
}
