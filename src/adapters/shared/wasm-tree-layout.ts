// A big OTLP answer's tree laid out by WebAssembly (wasm/tree-layout.ts), in the instance
// that matched its span ids (wasm-id-links.ts), from the matches left in its memory. The
// results are views of that memory, not copies (nine fresh 400 KB arrays for 100k spans cost
// more than the layout itself): the instance lives as long as the layout does.

import type { TreeShape } from '../../model/tree-shape';

/** The exports wasm/tree-layout.ts adds to the span reader's module. */
export interface TreeLayoutExports {
  readonly memory: WebAssembly.Memory;
  layoutTree(
    n: number,
    firstWithId: number,
    parentFirst: number,
    hasParent: number,
    start: number,
    duration: number,
    parent: number,
    first: number,
    children: number,
    order: number,
    position: number,
    depth: number,
    size: number,
    flags: number,
    extent: number,
    scratch: number,
  ): number;
}

/** Where linkIds left its inputs and results for n spans, and where the layout may write. */
export interface MatchedRegion {
  readonly n: number;
  readonly firstWithId: number;
  readonly parentFirst: number;
  readonly hasParent: number;
  /** The first byte of the layout's memory (treeLayoutBytes(n) of it, 8-aligned). */
  readonly layoutAt: number;
}

/** wasm/tree-layout.ts LAID_OUT. */
const LAID_OUT = 0;
const EXTENT_BYTES = 24;

/** Where each of the layout's arrays is, from `at` (8-aligned). */
function layoutPlan(n: number, at: number) {
  const start = at;
  const duration = start + n * 8;
  const extent = duration + n * 8;
  const parent = extent + EXTENT_BYTES;
  const first = parent + n * 4;
  const children = first + (n + 2) * 4;
  const order = children + n * 4;
  const position = order + n * 4;
  const depth = position + n * 4;
  const size = depth + n * 4;
  const scratch = size + n * 4;
  const flags = scratch + (n + 2) * 4;
  return { start, duration, extent, parent, first, children, order, position, depth, size, scratch, flags, end: flags + n };
}

/** The memory the layout of n spans needs after `layoutAt`. */
export function treeLayoutBytes(n: number): number {
  return layoutPlan(n, 0).end;
}

/**
 * The shape of the n spans matched in `region`, with these starts and durations (µs); undefined
 * when the module declines (a duplicate id, a cycle). The memory must be there already: growing
 * it would detach the views handed out before.
 */
export function wasmTreeShape(wasm: TreeLayoutExports, region: MatchedRegion, start: Float64Array, duration: Float64Array): TreeShape | undefined {
  const { n } = region;
  if (start.length !== n || duration.length !== n) return undefined;
  const at = layoutPlan(n, region.layoutAt);
  const { buffer } = wasm.memory;
  if (at.end > buffer.byteLength) return undefined;
  new Float64Array(buffer, at.start, n).set(start);
  new Float64Array(buffer, at.duration, n).set(duration);
  const result = wasm.layoutTree(
    n,
    region.firstWithId,
    region.parentFirst,
    region.hasParent,
    at.start,
    at.duration,
    at.parent,
    at.first,
    at.children,
    at.order,
    at.position,
    at.depth,
    at.size,
    at.flags,
    at.extent,
    at.scratch,
  );
  if (result !== LAID_OUT) return undefined;
  const ints = (from: number, length = n) => new Int32Array(buffer, from, length);
  const extent = new Float64Array(buffer, at.extent, 2);
  return {
    parent: ints(at.parent),
    first: ints(at.first, n + 2),
    children: ints(at.children),
    order: ints(at.order),
    position: ints(at.position),
    depth: ints(at.depth),
    size: ints(at.size),
    duration: new Float64Array(buffer, at.duration, n),
    flags: new Uint8Array(buffer, at.flags, n),
    extent: { startUs: extent[0]!, endUs: extent[1]!, maxDepth: new Int32Array(buffer, at.extent + 16, 1)[0]! },
  };
}
