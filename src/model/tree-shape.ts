/**
 * A trace's tree laid out elsewhere (by WebAssembly: wasm/tree-layout.ts) from its spans'
 * matched ids and times, by input index: what trace-layout.ts's layoutTrace computes, but
 * for the warnings, which come as flags for it to word.
 */
export interface TreeShape {
  readonly parent: Int32Array;
  /** Child lists as ChildLists holds them (child-lists.ts): roots at slot n. */
  readonly first: Int32Array;
  readonly children: Int32Array;
  readonly order: Int32Array;
  readonly position: Int32Array;
  readonly depth: Int32Array;
  readonly size: Int32Array;
  /** The durations as drawn: a negative one as 0. */
  readonly duration: Float64Array;
  /** Per span, the warnings it gets: SHAPE_* bits. */
  readonly flags: Uint8Array;
  readonly extent: TraceExtent;
}

/** The earliest start and latest end (µs, as drawn) of a trace's spans, and the deepest depth. */
export interface TraceExtent {
  readonly startUs: number;
  readonly endUs: number;
  readonly maxDepth: number;
}

/** wasm/tree-layout.ts's flags. */
export const SHAPE_ORPHAN = 1;
export const SHAPE_NEGATIVE_DURATION = 2;
export const SHAPE_OUTSIDE_PARENT = 4;

/**
 * Lays out the spans whose ids were matched, given their starts and durations (µs, finite);
 * undefined where it does not (duplicate span ids, a parent cycle): the caller then does.
 */
export type LayOutShape = (start: Float64Array, duration: Float64Array) => TreeShape | undefined;
