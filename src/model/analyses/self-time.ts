import type { Span } from '../types';

/**
 * Time of [startUs, endUs) not covered by any of the given child intervals: children are
 * clamped to the window and overlapping ones merged, so parallel children count once.
 * Used when span times change after the trace was built (clock-skew adjustment).
 */
export function uncoveredTime(
  startUs: number,
  endUs: number,
  childStarts: readonly number[],
  childEnds: readonly number[],
): number {
  const length = endUs - startUs;
  if (!(length > 0)) return 0;
  const order = childStarts.map((_, k) => k);
  order.sort((a, b) => childStarts[a]! - childStarts[b]!);
  let covered = 0;
  let runStart = NaN;
  let runEnd = NaN;
  for (const k of order) {
    const s = Math.max(startUs, childStarts[k]!);
    const e = Math.min(endUs, childEnds[k]!);
    if (!(e > s)) continue;
    if (Number.isNaN(runStart) || s > runEnd) {
      if (!Number.isNaN(runStart)) covered += runEnd - runStart;
      runStart = s;
      runEnd = e;
    } else if (e > runEnd) {
      runEnd = e;
    }
  }
  if (!Number.isNaN(runStart)) covered += runEnd - runStart;
  return length - covered;
}

/** Self time of span `i` given (possibly adjusted) start/end arrays for every span. */
export function selfTimeAt(
  spans: readonly Span[],
  i: number,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
): number {
  const children = spans[i]!.children;
  const cs: number[] = new Array<number>(children.length);
  const ce: number[] = new Array<number>(children.length);
  for (let k = 0; k < children.length; k++) {
    cs[k] = starts[children[k]!]!;
    ce[k] = ends[children[k]!]!;
  }
  return uncoveredTime(starts[i]!, ends[i]!, cs, ce);
}
