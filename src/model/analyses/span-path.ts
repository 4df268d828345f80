import type { Trace } from '../types';

/** Span indices from the root down to `spanIndex` (inclusive): the breadcrumb. Iterative. */
export function ancestorPath(trace: Trace, spanIndex: number): number[] {
  const path: number[] = [];
  for (let v = spanIndex; v >= 0 && v < trace.spans.length; v = trace.spans[v]!.parentIndex) {
    path.push(v);
  }
  return path.reverse();
}

/** True when `ancestor` is `spanIndex` or one of its ancestors: an O(1) range check. */
export function isInSubtree(trace: Trace, ancestor: number, spanIndex: number): boolean {
  const a = trace.spans[ancestor];
  return a !== undefined && spanIndex >= ancestor && spanIndex < a.subtreeEnd;
}

/** Number of spans in each depth level (index = depth), e.g. for "collapse to depth" menus. */
export function spansPerDepth(trace: Trace): Int32Array {
  const counts = new Int32Array(trace.maxDepth + 1);
  for (const span of trace.spans) if (span.depth < counts.length) counts[span.depth]!++;
  return counts;
}
