import type { Micros } from '../lib/units';
import type { SpanInput } from './span-input';
import { SpanWarnings } from './span-warnings';
import { childLists, depthsAndSizes, preorder, sortChildren, type ChildLists } from './child-lists';
import { orphanWarning, resolveTreeLinks, type MatchedIds } from './tree-links';
import { SHAPE_NEGATIVE_DURATION, SHAPE_ORPHAN, SHAPE_OUTSIDE_PARENT, type TraceExtent, type TreeShape } from './tree-shape';
import type { PlaceColumns } from './place-columns';
import type { DataWarning } from './types';

// Below this (µs) a child poking out of its parent is float noise from ns → µs, not data.
const OUTSIDE_TOLERANCE_US = 0.5;

/** What the tree's shape depends on: ids, parents and times (plus the decoder's warnings, if any). */
export type TreeInput = Pick<SpanInput, 'spanId' | 'parentSpanId' | 'startUs' | 'durationUs' | 'sharedServerHalf'> &
  Partial<Pick<SpanInput, 'warnings'>>;

/**
 * The shape of a trace, by input index: parents, children by start, pre-order positions,
 * depths, subtree sizes, times (with missing ones placed) and the warnings found on the way.
 * Everything a span's place in the waterfall depends on, without the spans themselves.
 */
export interface TraceLayout {
  /** Null: every span's uid is its span id (no id repeats; the ids are in the tree's inputs). */
  readonly uids: readonly string[] | null;
  readonly parent: Int32Array;
  readonly tree: ChildLists;
  readonly start: Float64Array;
  readonly duration: Float64Array;
  /** Input index of the span at each pre-order position. */
  readonly order: Int32Array;
  /** Pre-order position of each input. */
  readonly position: Int32Array;
  readonly depth: Int32Array;
  readonly size: Int32Array;
  readonly warnings: SpanWarnings;
  /** When the layout found it on the way (see TreeShape), else undefined. */
  readonly extent?: TraceExtent;
}

/**
 * A layout made ahead of the full decode (for a preview), with the ids and times it was made
 * from, so that building the trace can take it instead of laying the tree out again.
 */
export interface LaidOutTrace {
  readonly traceId: string;
  readonly places: readonly TreeInput[];
  readonly layout: TraceLayout;
}

/** `laidOut.layout` when it was made from exactly these inputs' ids and times, else a new one. */
export function layoutFor(traceId: string, inputs: readonly TreeInput[], laidOut: LaidOutTrace | undefined): TraceLayout {
  if (laidOut !== undefined && laidOut.traceId === traceId && samePlaces(laidOut.places, inputs)) return laidOut.layout;
  return layoutTrace(inputs);
}

function samePlaces(places: readonly TreeInput[], inputs: readonly TreeInput[]): boolean {
  if (places.length !== inputs.length) return false;
  for (let v = 0; v < inputs.length; v++) {
    const a = places[v]!;
    const b = inputs[v]!;
    if (a.spanId !== b.spanId || a.parentSpanId !== b.parentSpanId || !Object.is(a.startUs, b.startUs)) return false;
    if (!Object.is(a.durationUs, b.durationUs) || a.sharedServerHalf !== b.sharedServerHalf) return false;
    // The layout's warnings start from its inputs' own (cycles, duplicates... add to them).
    if ((a.warnings?.length ?? 0) !== 0) return false;
  }
  return true;
}

/** Iterative throughout: traces reach 100k spans and 10k levels. O(n log n). */
/** `matched`: the inputs' span ids already matched (see MatchedIds), else matched here. */
export function layoutTrace(inputs: readonly TreeInput[], matched?: MatchedIds): TraceLayout {
  const shaped = matched?.layOut && layoutFromShape(inputs, matched);
  if (shaped) return shaped;
  const n = inputs.length;
  const { uids, parent, warnings } = resolveTreeLinks(inputs, matched);
  const tree = childLists(parent);
  const { start, duration } = placeInTime(inputs, parent, tree, warnings);
  sortChildren(tree, start);
  const order = preorder(tree);
  const position = new Int32Array(n);
  for (let k = 0; k < n; k++) position[order[k]!] = k;
  const { depth, size } = depthsAndSizes(order, parent);
  flagChildrenOutside(inputs, uids, parent, start, duration, warnings);
  return { uids, parent, tree, start, duration, order, position, depth, size, warnings };
}

function placeInTime(
  inputs: readonly TreeInput[],
  parent: Int32Array,
  tree: ChildLists,
  warnings: SpanWarnings,
): { start: Float64Array; duration: Float64Array } {
  const n = inputs.length;
  const start = new Float64Array(n);
  const duration = new Float64Array(n);
  let traceStart = Infinity;
  let missingStart = false;
  for (let i = 0; i < n; i++) {
    const input = inputs[i]!;
    const s = input.startUs;
    if (isFiniteNumber(s)) {
      start[i] = s;
      if (s < traceStart) traceStart = s;
    } else {
      missingStart = true;
    }
    const d = input.durationUs;
    if (!isFiniteNumber(d)) {
      warnings.add(i, { kind: 'missing-duration', message: 'The span has no duration; drawn as 0.' });
    } else if (d < 0) {
      warnings.add(i, negativeDurationWarning(d));
    } else {
      duration[i] = d;
    }
  }
  if (traceStart === Infinity) traceStart = 0;
  if (missingStart) placeMissingStarts(inputs, parent, tree, start, traceStart, warnings);
  return { start, duration };
}

/** Parents before children (breadth-first), so a span without a start can borrow its parent's final start. */
function placeMissingStarts(
  inputs: readonly TreeInput[],
  parent: Int32Array,
  tree: ChildLists,
  start: Float64Array,
  traceStart: number,
  warnings: SpanWarnings,
): void {
  const n = inputs.length;
  const { first, children } = tree;
  const queue = new Int32Array(n);
  let tail = 0;
  for (let c = first[n]!; c < first[n + 1]!; c++) queue[tail++] = children[c]!;
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    if (!isFiniteNumber(inputs[v]!.startUs)) {
      const p = parent[v]!;
      if (p >= 0) {
        start[v] = start[p]!;
        warnings.add(v, { kind: 'missing-timestamp', message: "The span has no start time; drawn at its parent's start." });
      } else {
        start[v] = traceStart;
        warnings.add(v, { kind: 'missing-timestamp', message: "The span has no start time; drawn at the trace's start." });
      }
    }
    for (let c = first[v]!; c < first[v + 1]!; c++) queue[tail++] = children[c]!;
  }
}

function isFiniteNumber(x: number | null): x is Micros {
  return x !== null && Number.isFinite(x);
}

function flagChildrenOutside(
  inputs: readonly TreeInput[],
  uids: readonly string[],
  parent: Int32Array,
  start: Float64Array,
  duration: Float64Array,
  warnings: SpanWarnings,
): void {
  for (let v = 0; v < inputs.length; v++) {
    const p = parent[v]!;
    if (p < 0) continue;
    const early = start[p]! - start[v]!;
    const late = start[v]! + duration[v]! - (start[p]! + duration[p]!);
    if (!(early > OUTSIDE_TOLERANCE_US) && !(late > OUTSIDE_TOLERANCE_US)) continue;
    // A parent without a recorded duration is drawn as 0 µs; its children are not "outside"
    // it, its end is unknown (that parent already carries 'missing-duration').
    const parentDuration = inputs[p]!.durationUs;
    if (!isFiniteNumber(parentDuration) || parentDuration < 0) continue;
    warnings.add(v, outsideParentWarning(early, late, uids[p]!));
  }
}

function outsideParentWarning(early: number, late: number, parentUid: string): DataWarning {
  const startsEarly = early > OUTSIDE_TOLERANCE_US;
  const endsLate = late > OUTSIDE_TOLERANCE_US;
  const before = `starts ${formatUs(early)} before`;
  const after = `ends ${formatUs(late)} after`;
  const what = startsEarly && endsLate ? `${before} and ${after}` : startsEarly ? before : after;
  return { kind: 'child-outside-parent', message: `The span ${what} its parent ${parentUid}.` };
}

function negativeDurationWarning(d: number): DataWarning {
  return { kind: 'negative-duration', message: `Duration ${d} µs is negative; drawn as 0.` };
}

/**
 * The layout from a shape laid out with the matched ids (MatchedIds.layOut: WebAssembly), when
 * these inputs are what it lays out: ids and times only (no Zipkin shared halves, no warnings
 * of their own), every time there. Undefined otherwise, or when it declined (duplicate ids, a
 * cycle): then the layout is made here. The shape's flags become the warnings the layout here
 * would write, in its order (orphan, negative duration, outside the parent).
 */
function layoutFromShape(inputs: readonly TreeInput[], matched: MatchedIds): TraceLayout | undefined {
  const n = inputs.length;
  if (matched.layOut === undefined || matched.firstWithId.length !== n || matched.parentFirst.length !== n) return undefined;
  const start = new Float64Array(n);
  const given = new Float64Array(n);
  const uids = new Array<string>(n);
  for (let v = 0; v < n; v++) {
    const input = inputs[v]!;
    const s = input.startUs;
    const d = input.durationUs;
    if (input.sharedServerHalf || (input.warnings?.length ?? 0) !== 0 || !isFiniteNumber(s) || !isFiniteNumber(d)) return undefined;
    start[v] = s;
    given[v] = d;
    uids[v] = input.spanId;
  }
  const shape = matched.layOut(start, given);
  return shape && shapedLayout(shape, start, given, uids, (v) => inputs[v]!.parentSpanId!);
}

/**
 * The layout of a reader's place columns (see PlaceColumns), laid out with their matched ids,
 * without an object per span: undefined where the matcher declined (duplicate ids, a cycle).
 */
export function layoutColumns(columns: PlaceColumns<TreeInput>): TraceLayout | undefined {
  const { start, duration, matched } = columns;
  if (start.length !== columns.length || duration.length !== columns.length) return undefined;
  const shape = matched.layOut?.(start, duration);
  return shape && shapedLayout(shape, start, duration, null, (v) => columns.place(v).parentSpanId!, (v) => columns.place(v).spanId);
}

/**
 * A shape's layout: its flags worded as the layout here would (orphan, negative duration,
 * outside the parent, in that order). `given`: the durations as the inputs hold them.
 */
function shapedLayout(
  shape: TreeShape,
  start: Float64Array,
  given: Float64Array,
  uids: readonly string[] | null,
  parentIdOf: (v: number) => string,
  spanIdOf: (v: number) => string = (v) => uids![v]!,
): TraceLayout {
  const { parent, duration, flags } = shape;
  // The inputs hold no warnings of their own (see the callers).
  const warnings = new SpanWarnings([]);
  for (let v = 0; v < flags.length; v++) {
    const flag = flags[v]!;
    if (flag === 0) continue;
    if ((flag & SHAPE_ORPHAN) !== 0) warnings.add(v, orphanWarning(parentIdOf(v)));
    if ((flag & SHAPE_NEGATIVE_DURATION) !== 0) warnings.add(v, negativeDurationWarning(given[v]!));
    if ((flag & SHAPE_OUTSIDE_PARENT) !== 0) {
      const p = parent[v]!;
      const early = start[p]! - start[v]!;
      const late = start[v]! + duration[v]! - (start[p]! + duration[p]!);
      warnings.add(v, outsideParentWarning(early, late, spanIdOf(p)));
    }
  }
  const { first, children, order, position, depth, size, extent } = shape;
  return { uids, parent, tree: { first, children }, start, duration, order, position, depth, size, warnings, extent };
}

function formatUs(us: number): string {
  return `${Math.round(us * 1000) / 1000} µs`;
}
