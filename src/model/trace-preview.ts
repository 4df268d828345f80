import { micros, type Micros } from '../lib/units';
import type { SpanInput } from './span-input';
import { SpanMaker } from './span-maker';
import { layoutColumns, layoutTrace, type LaidOutTrace, type TraceLayout, type TreeInput } from './trace-layout';
import type { PlaceColumns } from './place-columns';
import type { TraceExtent } from './tree-shape';
import type { MatchedIds } from './tree-links';
import type { Span } from './types';

/**
 * The first waterfall rows of a big trace, shown while the rest of it is decoded: the same
 * spans, at the same places, as the full model's first rows (the tree is laid out from every
 * span's ids and times; only the rows shown are decoded in full).
 */
export interface TracePreview {
  readonly traceId: string;
  readonly spanCount: number;
  readonly startUs: Micros;
  readonly endUs: Micros;
  /** The deepest span's depth (0: only roots), as the full trace's maxDepth. */
  readonly maxDepth: number;
  /** The first rows in waterfall order: `rows[k].index === k`. */
  readonly rows: readonly Span[];
  /** 'text': read from the answer's text before JSON.parse (otlp/text-preview.ts). */
  readonly readFrom?: 'text';
}

/**
 * `laidOut`: the layout of every span's ids and times, in input order. `inputAt(v)`: input v
 * decoded in full, or undefined when it cannot be without the general decoder: then there is
 * no preview.
 */
export function previewTrace(
  laidOut: LaidOutTrace,
  rowCount: number,
  inputAt: (v: number) => SpanInput | undefined,
  columns?: PlaceColumns<TreeInput>,
): TracePreview | undefined {
  const { traceId, layout } = laidOut;
  const n = layout.order.length;
  const maker = new SpanMaker(traceId, layout, columns ? rowPlaces(columns, layout, rowCount) : laidOut.places);
  const rows: Span[] = [];
  for (let k = 0; k < Math.min(rowCount, n); k++) {
    const v = layout.order[k]!;
    const input = inputAt(v);
    if (input === undefined) return undefined;
    rows.push(maker.make(v, input));
  }
  if (n === 0) return { traceId, spanCount: 0, startUs: micros(0), endUs: micros(0), maxDepth: 0, rows };
  const { startUs, endUs, maxDepth } = layout.extent ?? extentOf(layout);
  return { traceId, spanCount: n, startUs: micros(startUs), endUs: micros(endUs), maxDepth, rows };
}

/**
 * The places a preview's rows read (their own and their parents'), at their indices, without
 * making the rest: `columns.all()` would make 100k objects for a screenful of rows.
 */
function rowPlaces(columns: PlaceColumns<TreeInput>, layout: TraceLayout, rowCount: number): TreeInput[] {
  const places = new Array<TreeInput>(columns.length);
  for (let k = 0; k < Math.min(rowCount, columns.length); k++) {
    const v = layout.order[k]!;
    places[v] ??= columns.place(v);
    const p = layout.parent[v]!;
    if (p >= 0) places[p] ??= columns.place(p);
  }
  return places;
}

function extentOf({ start, duration, depth }: TraceLayout): TraceExtent {
  let startUs = Infinity;
  let endUs = -Infinity;
  let maxDepth = 0;
  for (let v = 0; v < start.length; v++) {
    if (start[v]! < startUs) startUs = start[v]!;
    if (start[v]! + duration[v]! > endUs) endUs = start[v]! + duration[v]!;
    if (depth[v]! > maxDepth) maxDepth = depth[v]!;
  }
  return { startUs, endUs, maxDepth };
}

/** Below this many spans the whole trace opens about as fast as a preview would. */
export const PREVIEW_MIN_SPANS = 10_000;

/** A preview, and what it read and laid out, for the full decode and build to take over. */
export interface Previewed<P extends TreeInput = TreeInput> {
  readonly preview: TracePreview;
  readonly laidOut: LaidOutTrace & { readonly places: readonly P[] };
}

/**
 * Lays out `places` (every span's ids and times, in input order) and previews the first rows.
 * `matched`: their span ids already matched (see MatchedIds).
 */
export function previewFromPlaces<P extends TreeInput>(
  traceId: string,
  places: readonly P[],
  rowCount: number,
  inputAt: (v: number) => SpanInput | undefined,
  matched?: MatchedIds,
): Previewed<P> | undefined {
  const laidOut = { traceId, places, layout: layoutTrace(places, matched) };
  const preview = previewTrace(laidOut, rowCount, inputAt);
  return preview && { preview, laidOut };
}

/**
 * previewFromPlaces for places a reader holds as columns: laid out from the columns when their
 * ids' matcher can (no object per span until the full decode asks for `laidOut.places`), from
 * every place otherwise.
 */
export function previewFromColumns<P extends TreeInput>(
  traceId: string,
  columns: PlaceColumns<P>,
  rowCount: number,
  inputAt: (v: number) => SpanInput | undefined,
): Previewed<P> | undefined {
  const fromColumns = layoutColumns(columns);
  if (fromColumns === undefined) return previewFromPlaces(traceId, columns.all(), rowCount, inputAt, columns.matched);
  const laidOut = {
    traceId,
    get places(): readonly P[] {
      return columns.all();
    },
    layout: fromColumns,
  };
  const preview = previewTrace(laidOut, rowCount, inputAt, columns);
  return preview && { preview, laidOut };
}
