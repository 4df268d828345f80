import { errorSpanIndices } from '../error-spans';
import type { Trace } from '../types';

/** Indices (ascending) of the error spans: the "errors" quick filter. */
export function errorSpans(trace: Trace): Int32Array {
  return errorSpanIndices(trace);
}

/**
 * The `count` longest spans (ties: earlier index first), returned in ascending index order so
 * they can feed visibleRows like any match list. Roots are included: they are spans too.
 */
export function slowestSpans(trace: Trace, count: number): Int32Array {
  const spans = trace.spans;
  const k = Math.max(0, Math.min(count, spans.length));
  // The k slowest so far in a min-heap, its root the one to drop first (the shortest, and of
  // equal ones the latest): one pass, O(n log k). Sorting all 100k spans took ~60 ms.
  const heap = new Int32Array(k);
  let size = 0;
  // Whether span a is to be dropped before span b: shorter, or as long and later.
  const before = (a: number, b: number) => {
    const da = spans[a]!.durationUs;
    const db = spans[b]!.durationUs;
    return da < db || (da === db && a > b);
  };
  const siftDown = (from: number) => {
    for (let i = from; ; ) {
      const l = 2 * i + 1;
      if (l >= size) return;
      const c = l + 1 < size && before(heap[l + 1]!, heap[l]!) ? l + 1 : l;
      if (!before(heap[c]!, heap[i]!)) return;
      [heap[i], heap[c]] = [heap[c]!, heap[i]!];
      i = c;
    }
  };
  for (let v = 0; v < spans.length && k > 0; v++) {
    if (size < k) {
      heap[size] = v;
      for (let i = size++; i > 0; ) {
        const up = (i - 1) >> 1;
        if (!before(heap[i]!, heap[up]!)) break;
        [heap[i], heap[up]] = [heap[up]!, heap[i]!];
        i = up;
      }
    } else if (before(heap[0]!, v)) {
      heap[0] = v;
      siftDown(0);
    }
  }
  return heap.sort();
}
