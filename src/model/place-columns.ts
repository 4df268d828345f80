import type { TreeInput } from './trace-layout';
import type { MatchedIds } from './tree-links';

/**
 * Every span's place (ids and times) as a reader holds them (otlp/place-runs.ts: the records
 * WebAssembly wrote), without an object per span until one is asked for. Every place has
 * finite times, no warnings and no Zipkin shared half: what such a reader reads.
 */
export interface PlaceColumns<P extends TreeInput> {
  readonly length: number;
  readonly start: Float64Array;
  readonly duration: Float64Array;
  /** The spans' ids, matched; laying the tree out from them when the matcher can. */
  readonly matched: MatchedIds;
  /** Span v's place: made when asked (the same object as all()'s once that was made). */
  place(v: number): P;
  /** Every place, made on the first call. */
  all(): readonly P[];
}
