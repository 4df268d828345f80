import type { Trace } from '../types';

/**
 * Flame-graph rectangles for one trace, struct-of-arrays (100k spans stay cheap to hand to a
 * canvas): rectangle k is span `spanIndex[k]`, `x` µs after the view's start, `width` µs wide,
 * on row `depth` (0 at the top). Siblings that ran in parallel overlap on their row, as in a
 * waterfall; the time axis stays true.
 */
export interface FlameLayout {
  readonly spanIndex: Int32Array;
  readonly x: Float64Array;
  readonly width: Float64Array;
  readonly depth: Int32Array;
  /** The view's time window: the whole trace, or the focused span. */
  readonly startUs: number;
  readonly durationUs: number;
  readonly rows: number;
}

/**
 * Lays out the whole trace, or (click to zoom) the subtree of `focus` plus its ancestors: the
 * view becomes the focused span's time window, its ancestors are drawn across the full width
 * above it (so there is a way back up), and the rest is left out. Iterative; O(rectangles).
 */
export function flameGraphLayout(trace: Trace, focus?: number): FlameLayout {
  const spans = trace.spans;
  const focused = focus !== undefined ? spans[focus] : undefined;
  const from = focused ? focused.index : 0;
  const to = focused ? focused.subtreeEnd : spans.length;
  const ancestors: number[] = [];
  if (focused) {
    for (let p = focused.parentIndex; p >= 0; p = spans[p]!.parentIndex) ancestors.push(p);
    ancestors.reverse();
  }
  const startUs: number = focused ? focused.startUs : trace.startUs;
  const durationUs: number = focused ? focused.durationUs : trace.durationUs;
  const baseDepth = focused ? focused.depth - ancestors.length : 0;
  const count = ancestors.length + (to - from);
  const spanIndex = new Int32Array(count);
  const x = new Float64Array(count);
  const width = new Float64Array(count);
  const depth = new Int32Array(count);
  let k = 0;
  let rows = 0;
  for (const a of ancestors) {
    spanIndex[k] = a;
    x[k] = 0;
    width[k] = durationUs;
    depth[k] = spans[a]!.depth - baseDepth;
    k++;
  }
  for (let i = from; i < to; i++) {
    const span = spans[i]!;
    spanIndex[k] = i;
    x[k] = span.startUs - startUs;
    width[k] = span.durationUs;
    const d = span.depth - baseDepth;
    depth[k] = d;
    if (d + 1 > rows) rows = d + 1;
    k++;
  }
  if (ancestors.length > rows) rows = ancestors.length;
  return { spanIndex, x, width, depth, startUs, durationUs, rows };
}
