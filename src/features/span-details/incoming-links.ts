import type { Trace } from '../../model/types';

/**
 * For each span of the trace, the spans of the same trace whose links point at it (the
 * "linked from" side, which the data only states on the linking span). Built once per
 * trace in one pass; O(spans + links).
 */
export function incomingLinks(trace: Trace): ReadonlyMap<number, readonly number[]> {
  const out = new Map<number, number[]>();
  for (const span of trace.spans) {
    for (const link of span.links) {
      if (link.traceId !== trace.traceId) continue;
      const target = trace.byUid.get(link.spanId);
      if (target === undefined || target === span.index) continue;
      const list = out.get(target);
      if (list) {
        if (list[list.length - 1] !== span.index) list.push(span.index);
      } else out.set(target, [span.index]);
    }
  }
  return out;
}

/** The path from the root to `index` (inclusive), at most `limit` entries nearest the span. */
export function ancestorPath(trace: Trace, index: number, limit: number): { path: number[]; clipped: boolean } {
  const path: number[] = [];
  let i = index;
  let guard = trace.spans.length;
  while (i >= 0 && guard-- > 0) {
    if (path.length === limit) return { path: path.reverse(), clipped: true };
    path.push(i);
    i = trace.spans[i]?.parentIndex ?? -1;
  }
  return { path: path.reverse(), clipped: false };
}
