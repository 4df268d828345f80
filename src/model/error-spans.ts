import { isErrorSpan } from './attributes';
import type { Trace } from './types';

const noted = new WeakMap<Trace, Int32Array>();

/**
 * Indices (ascending) of the trace's error spans. buildTrace notes them while it makes the
 * spans (it reads every span's status for the error count anyway); a trace made otherwise
 * (the skew-adjusted copy) is read once here and kept. On 100k spans reading them again costs
 * ~40 ms, which the "Errors" filter and the statistics would each pay on their first use.
 */
export function errorSpanIndices(trace: Trace): Int32Array {
  let indices = noted.get(trace);
  if (indices === undefined) {
    const found: number[] = [];
    for (const span of trace.spans) if (isErrorSpan(span)) found.push(span.index);
    indices = Int32Array.from(found);
    noted.set(trace, indices);
  }
  return indices;
}

/** buildTrace's note of the error spans it found (any order). */
export function noteErrorSpans(trace: Trace, indices: readonly number[]): void {
  noted.set(trace, Int32Array.from(indices).sort());
}
