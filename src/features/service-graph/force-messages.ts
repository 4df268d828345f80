/** Messages between the page and the force-layout worker (positions travel as Float32Array). */
export interface ForceStart {
  readonly type: 'start';
  /** Ticks carry the run they belong to, so late ones from a previous graph are dropped. */
  readonly run: number;
  /** Node radii, by node index. */
  readonly radii: Float32Array;
  /** Edge endpoints as node indexes: [s0, t0, s1, t1, ...]. */
  readonly links: Uint32Array;
  /** Starting positions [x0, y0, ...] (NaN = let d3 place it). */
  readonly initial: Float32Array;
  /** Node indexes held in place, with their positions. */
  readonly pinned: readonly (readonly [number, number, number])[];
}

export type ForceIn =
  | ForceStart
  | { readonly type: 'pin'; readonly index: number; readonly x: number; readonly y: number; readonly reheat: boolean }
  | { readonly type: 'unpin'; readonly index: number }
  | { readonly type: 'stop' };

export interface ForceTick {
  readonly type: 'tick';
  readonly run: number;
  readonly positions: Float32Array;
  /** The simulation has cooled down (until a pin or unpin reheats it). */
  readonly done: boolean;
  readonly ticks: number;
}
