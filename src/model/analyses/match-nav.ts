/**
 * The in-trace search's match list: combining the query's matches with a quick filter, fast
 * membership for highlighting rows, and stepping to the next or previous match. Match lists
 * are span indices ascending, which is tree (display) order.
 */

/**
 * The spans both lists hold, ascending. `null` stands for "no condition" (everything), so the
 * result is null only when neither list constrains anything.
 */
export function combineMatches(
  spanCount: number,
  a: ArrayLike<number> | null,
  b: ArrayLike<number> | null,
): Int32Array | null {
  if (a === null && b === null) return null;
  if (a === null || b === null) return Int32Array.from((a ?? b)!);
  const inB = new Uint8Array(spanCount);
  for (let k = 0; k < b.length; k++) {
    const i = b[k]!;
    if (i >= 0 && i < spanCount) inB[i] = 1;
  }
  const out: number[] = [];
  for (let k = 0; k < a.length; k++) if (inB[a[k]!]) out.push(a[k]!);
  return Int32Array.from(out);
}

/** 1 for every matching span, for O(1) row highlighting. */
export function matchMask(spanCount: number, matches: ArrayLike<number>): Uint8Array {
  const mask = new Uint8Array(spanCount);
  for (let k = 0; k < matches.length; k++) {
    const i = matches[k]!;
    if (i >= 0 && i < spanCount) mask[i] = 1;
  }
  return mask;
}

/** Position of the first match ≥ `spanIndex` (binary search; matches ascending). */
function lowerBound(matches: ArrayLike<number>, spanIndex: number): number {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (matches[mid]! < spanIndex) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The match to go to from the selected span: the next one after it (or the previous one
 * before it) in tree order, wrapping around at the ends, as a browser's find does. With no
 * selection, the first (last) match. Returns a span index, or null when there are no matches.
 */
export function stepMatch(matches: ArrayLike<number>, selected: number | null, direction: 1 | -1): number | null {
  const n = matches.length;
  if (n === 0) return null;
  if (selected === null) return direction > 0 ? matches[0]! : matches[n - 1]!;
  if (direction > 0) {
    const k = lowerBound(matches, selected + 1);
    return matches[k < n ? k : 0]!;
  }
  const k = lowerBound(matches, selected) - 1;
  return matches[k >= 0 ? k : n - 1]!;
}

/** 1-based position of `spanIndex` among the matches, or 0 when it is not one. */
export function matchPosition(matches: ArrayLike<number>, spanIndex: number | null): number {
  if (spanIndex === null) return 0;
  const k = lowerBound(matches, spanIndex);
  return k < matches.length && matches[k] === spanIndex ? k + 1 : 0;
}
