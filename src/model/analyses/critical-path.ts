import type { Span, Trace } from '../types';

/** A stretch of time [startUs, endUs) during which span `spanIndex` was on the critical path. */
export interface CriticalSegment {
  readonly spanIndex: number;
  readonly startUs: number;
  readonly endUs: number;
}

/**
 * A producer's consumer child runs on its own: the producer does not wait for it, so it never
 * blocks the parent's critical path (Jaeger UI's `isBlockingSpan`, OTel span kinds; the model
 * does not keep whether a Jaeger parent reference was FOLLOWS_FROM).
 */
export function isNonBlockingChild(parent: Span, child: Span): boolean {
  return parent.kind === 'producer' && child.kind === 'consumer';
}

/**
 * Each span's window for the critical path, after Jaeger UI's sanitizeOverFlowingChildren and
 * filterBlockingSpans: a child is clamped to its (already clamped) parent; a child starting at
 * or after the parent's end, or ending at or before its start, is dropped with its subtree,
 * and so are non-blocking children. `kept[i]` is 0 for dropped spans.
 */
export interface ClampedWindows {
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly kept: Uint8Array;
}

export function clampToParents(trace: Trace): ClampedWindows {
  const spans = trace.spans;
  const n = spans.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const kept = new Uint8Array(n);
  // Pre-order: every parent is settled before its children.
  for (let i = 0; i < n; i++) {
    const span = spans[i]!;
    let s: number = span.startUs;
    let e: number = span.endUs;
    const p = span.parentIndex;
    if (p >= 0) {
      if (!kept[p] || isNonBlockingChild(spans[p]!, span)) continue;
      const ps = start[p]!;
      const pe = end[p]!;
      if (s >= ps) {
        if (s >= pe) continue;
      } else {
        if (e <= ps) continue;
        s = ps;
      }
      if (e > pe) e = pe;
    }
    start[i] = s;
    end[i] = e;
    kept[i] = 1;
  }
  return { start, end, kept };
}

/**
 * The critical path, with Jaeger UI's semantics but without recursion: from the root, go to the
 * last-finishing child (recording the parent's time after that child ended); a span without
 * (further) children contributes the time from its start, then the walk steps back to its
 * parent, which continues with the child that finished last before the returning child
 * started. Each root (orphans included) gets its own path: roots are independent requests,
 * so their paths are computed separately and merged. Segments are returned in time order
 * (ties keep root order); zero-length segments are left out, as Jaeger does.
 *
 * Unlike Jaeger, "returning" is a flag, not a falsy time, so a child starting at time 0 does
 * not restart the walk.
 *
 * Children of each span are sorted once by end time (descending, stable), and a cursor per
 * span only moves forward, because the "returning" time at a given span strictly decreases:
 * O(n log n) in all, where Jaeger's rescans make wide spans quadratic.
 */
export function computeCriticalPath(trace: Trace): CriticalSegment[] {
  const spans = trace.spans;
  const n = spans.length;
  const { start, end, kept } = clampToParents(trace);

  // Kept children per span, by clamped end time descending; ties keep start order (first wins,
  // like Jaeger's strict `>` scan over start-ordered children).
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const p = spans[i]!.parentIndex;
    if (kept[i] && p >= 0) offsets[p + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const sorted = new Int32Array(offsets[n]!);
  const fill = offsets.slice(0, n);
  for (let i = 0; i < n; i++) {
    const p = spans[i]!.parentIndex;
    if (kept[i] && p >= 0) sorted[fill[p]!++] = i;
  }
  for (let i = 0; i < n; i++) {
    const a = offsets[i]!;
    const b = offsets[i + 1]!;
    if (b - a > 1) {
      const part = Array.from(sorted.subarray(a, b));
      part.sort((x, y) => end[y]! - end[x]! || x - y);
      sorted.set(part, a);
    }
  }
  const cursor = offsets.slice(0, n);

  const all: CriticalSegment[] = [];
  const rootSegments: CriticalSegment[] = [];
  for (const root of trace.roots) {
    if (!kept[root]) continue;
    rootSegments.length = 0;
    let cur = root;
    let returning = false;
    let returnTime = 0;
    for (;;) {
      const sectionEnd = returning ? returnTime : end[cur]!;
      let c = cursor[cur]!;
      const stop = offsets[cur + 1]!;
      if (returning) while (c < stop && end[sorted[c]!]! >= returnTime) c++;
      cursor[cur] = c;
      if (c < stop) {
        const lfc = sorted[c]!;
        if (end[lfc]! !== sectionEnd) {
          rootSegments.push({ spanIndex: cur, startUs: end[lfc]!, endUs: sectionEnd });
        }
        cur = lfc;
        returning = false;
        continue;
      }
      if (start[cur]! !== sectionEnd) {
        rootSegments.push({ spanIndex: cur, startUs: start[cur]!, endUs: sectionEnd });
      }
      if (cur === root) break;
      returnTime = start[cur]!;
      returning = true;
      cur = spans[cur]!.parentIndex;
    }
    for (let k = rootSegments.length - 1; k >= 0; k--) all.push(rootSegments[k]!);
  }
  if (trace.roots.length > 1) {
    // Stable: ties keep root order.
    all.sort((a, b) => a.startUs - b.startUs);
  }
  return all;
}
