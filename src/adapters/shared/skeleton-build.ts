// The skeleton from the scanner's events (see text-skeleton.ts), once the whole text is here.
import type { SkeletonShape } from './text-skeleton';

// Events, in a flat list of numbers: [OPEN_OBJECT] [OPEN_ARRAY] [CLOSE] [KEY, start, end]
// [VALUE, start, end] [SPAN, start, end, count, (key, start, end, escaped) × count].
export const OPEN_OBJECT = 0;
export const OPEN_ARRAY = 1;
export const CLOSE = 2;
export const KEY = 3;
export const VALUE = 4;
export const SPAN = 5;

/** The skeleton of a document, and a way back to each span's full object. */
export interface TextSkeleton {
  readonly json: unknown;
  /** The span object JSON.parse gives for a skeleton span; undefined for anything else. */
  readonly fullSpan: (skeletonSpan: unknown) => unknown;
}

const SPAN_AT = Symbol('span text');

/**
 * `text.slice(from, to)` as a string of its own. A slice of 13 characters or more would be a
 * view into the whole text and keep all of it alive for as long as the model keeps the id;
 * shorter slices joined hold only themselves.
 */
function copyOut(text: string, from: number, to: number): string {
  let copy = '';
  for (let at = from; at < to; at += 12) copy += text.slice(at, Math.min(to, at + 12));
  return copy;
}

interface SpanSpot {
  readonly [SPAN_AT]: number;
}

/**
 * The value JSON.parse gives for `text`, with each span reduced to the shape's place fields;
 * undefined for a `__proto__` key (JSON.parse makes it an own field, an assignment would not).
 * Throws what JSON.parse throws for a value that is not JSON.
 */
export function buildSkeleton(text: string, events: readonly number[], shape: SkeletonShape): TextSkeleton | undefined {
  const { placeFields, traceIdFields, idFields } = shape;
  const spanStarts: number[] = [];
  const spanEnds: number[] = [];
  const containers: (Record<string, unknown> | unknown[])[] = [];
  let key: string | null = null;
  let root: unknown;
  // Spans of one trace repeat its id: one string for all.
  let traceId: string | null = null;
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
    const op = events[e]!;
    if (op === KEY) {
      key = text.slice(events[e + 1]! + 1, events[e + 2]! - 1);
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
      if (!put(JSON.parse(text.slice(events[e + 1]!, events[e + 2]!)))) return undefined;
      e += 3;
    } else {
      const span: Record<string | symbol, unknown> = {};
      span[SPAN_AT] = spanStarts.length;
      spanStarts.push(events[e + 1]!);
      spanEnds.push(events[e + 2]!);
      const count = events[e + 3]!;
      e += 4;
      for (let f = 0; f < count; f++, e += 4) {
        const k = events[e]!;
        const from = events[e + 1]!;
        const to = events[e + 2]!;
        let value: unknown;
        if (events[e + 3] === 1) value = JSON.parse(text.slice(from, to));
        else if (k >= idFields) value = text.slice(from + 1, to - 1); // read as a number or a kind, then dropped
        else if (k < traceIdFields && traceId !== null && to - from - 2 === traceId.length && text.startsWith(traceId, from + 1)) value = traceId;
        else {
          value = copyOut(text, from + 1, to - 1);
          if (k < traceIdFields) traceId = value as string;
        }
        span[placeFields[k]!] = value;
      }
      if (!put(span)) return undefined;
    }
  }
  return {
    json: root,
    fullSpan: (skeletonSpan) => {
      if (typeof skeletonSpan !== 'object' || skeletonSpan === null || !(SPAN_AT in skeletonSpan)) return undefined;
      const k = (skeletonSpan as SpanSpot)[SPAN_AT];
      return JSON.parse(text.slice(spanStarts[k], spanEnds[k]));
    },
  };
}
