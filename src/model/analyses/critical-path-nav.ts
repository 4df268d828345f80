import type { Trace } from '../types';
import type { CriticalSegment } from './critical-path';

/** 1 for every span with at least one critical segment (fast membership for 100k rows). */
export function criticalSpanMask(path: readonly CriticalSegment[], spanCount: number): Uint8Array {
  const mask = new Uint8Array(spanCount);
  for (const seg of path) if (seg.spanIndex < spanCount) mask[seg.spanIndex] = 1;
  return mask;
}

/** The spans on the critical path. */
export function criticalSpanSet(path: readonly CriticalSegment[]): ReadonlySet<number> {
  const set = new Set<number>();
  for (const seg of path) set.add(seg.spanIndex);
  return set;
}

/** Segment positions (indices into `path`) per span, for drawing the highlight on a bar. */
export function segmentsBySpan(path: readonly CriticalSegment[]): ReadonlyMap<number, readonly number[]> {
  const map = new Map<number, number[]>();
  path.forEach((seg, k) => {
    const list = map.get(seg.spanIndex);
    if (list) list.push(k);
    else map.set(seg.spanIndex, [k]);
  });
  return map;
}

export interface ServiceCriticalShare {
  readonly service: string;
  /** Critical-path time spent in this service's spans. */
  readonly us: number;
  /** us / the summed length of all segments (0..1). */
  readonly share: number;
}

/** Each service's share of the critical path, largest first (ties by name). */
export function criticalShareByService(
  trace: Trace,
  path: readonly CriticalSegment[],
): ServiceCriticalShare[] {
  const totals = new Map<string, number>();
  let sum = 0;
  for (const seg of path) {
    const span = trace.spans[seg.spanIndex];
    if (!span) continue;
    const len = seg.endUs - seg.startUs;
    sum += len;
    totals.set(span.service, (totals.get(span.service) ?? 0) + len);
  }
  return [...totals.entries()]
    .map(([service, us]) => ({ service, us, share: sum > 0 ? us / sum : 0 }))
    .sort((a, b) => b.us - a.us || (a.service < b.service ? -1 : a.service > b.service ? 1 : 0));
}

/**
 * Where "next/previous critical segment" goes. `current` is the segment the user last jumped
 * to (if it still belongs to the selected span, we step from it, so a span with several
 * segments is visited segment by segment). Otherwise we step from the selected span: from a
 * span on the path, to the first segment after (before) its first segment that belongs to a
 * different span; from a span off the path, to the first segment starting at or after its
 * start (the last one starting before it). Returns a position in `path`, or -1 at the ends.
 */
export function stepCriticalSegment(
  trace: Trace,
  path: readonly CriticalSegment[],
  selectedSpan: number,
  current: number | null,
  direction: 1 | -1,
): number {
  if (path.length === 0) return -1;
  if (current !== null && path[current]?.spanIndex === selectedSpan) {
    const next = current + direction;
    return next >= 0 && next < path.length ? next : -1;
  }
  const span = trace.spans[selectedSpan];
  if (!span) return direction > 0 ? 0 : path.length - 1;
  const own = path.findIndex((seg) => seg.spanIndex === selectedSpan);
  if (own >= 0) {
    for (let k = own + direction; k >= 0 && k < path.length; k += direction) {
      if (path[k]!.spanIndex !== selectedSpan) return k;
    }
    return -1;
  }
  const at = firstSegmentStartingAtOrAfter(path, span.startUs);
  if (direction > 0) return at < path.length ? at : -1;
  return at - 1;
}

/** Binary search over segments (sorted by start). */
export function firstSegmentStartingAtOrAfter(path: readonly CriticalSegment[], timeUs: number): number {
  let lo = 0;
  let hi = path.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (path[mid]!.startUs < timeUs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
