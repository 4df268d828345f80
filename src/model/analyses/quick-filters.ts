import { isErrorSpan } from '../attributes';
import type { Trace } from '../types';

/** Indices (ascending) of the error spans: the "errors" quick filter. */
export function errorSpans(trace: Trace): Int32Array {
  const out: number[] = [];
  for (const span of trace.spans) if (isErrorSpan(span)) out.push(span.index);
  return Int32Array.from(out);
}

/**
 * The `count` longest spans (ties: earlier index first), returned in ascending index order so
 * they can feed visibleRows like any match list. Roots are included: they are spans too.
 */
export function slowestSpans(trace: Trace, count: number): Int32Array {
  const n = trace.spans.length;
  const k = Math.max(0, Math.min(count, n));
  if (k === 0) return new Int32Array(0);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const spans = trace.spans;
  order.sort((a, b) => spans[b]!.durationUs - spans[a]!.durationUs || a - b);
  return order.slice(0, k).sort();
}
