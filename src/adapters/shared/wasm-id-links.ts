// The span ids of a big OTLP answer matched by WebAssembly (wasm/id-links.ts) for the layout,
// from the ids wasm/otlp-place.ts read with each span while the answer arrived. In a fresh
// instance of the span reader's module, made for this one answer and then let go; the
// matches stay in its memory for the tree's layout (wasm-tree-layout.ts).

import type { MatchedIds } from '../../model/tree-links';
import { ID_BYTES, spanScanModule } from './wasm-span-scan';
import { treeLayoutBytes, wasmTreeShape, type TreeLayoutExports } from './wasm-tree-layout';

interface IdLinksExports extends TreeLayoutExports {
  linkIds(ids: number, hasParent: number, n: number, table: number, tableSlots: number, firstWithId: number, parentFirst: number): void;
}

/** wasm/id-links.ts: a slot is one i32. */
const SLOT_BYTES = 4;
const PAGE = 64 * 1024;

/**
 * `idBatches`: the id bytes of spans 0..n−1 in order (ID_BYTES each, as otlp-place.ts wrote
 * them), in pieces; `hasParent[k]`: whether span k's parent id is set.
 * Undefined without WebAssembly, or when the bytes are not n spans' worth.
 */
export function wasmMatchedIds(idBatches: readonly Uint8Array[], hasParent: Uint8Array): MatchedIds | undefined {
  const module = spanScanModule();
  if (module === null) return undefined;
  const n = hasParent.length;
  let idBytes = 0;
  for (const batch of idBatches) idBytes += batch.length;
  if (idBytes !== n * ID_BYTES) return undefined;
  let tableSlots = 16;
  while (tableSlots < n * 2) tableSlots *= 2;
  // Laid out one after another: ids, parent flags, the two results, the table (zeroed by
  // grow), then the tree's layout (wasm-tree-layout.ts), grown for now: a later grow would
  // detach the results' views.
  const idsAt = 0;
  const hasParentAt = idsAt + idBytes;
  const firstAt = align8(hasParentAt + n);
  const parentAt = firstAt + n * 4;
  const tableAt = parentAt + n * 4;
  const layoutAt = align8(tableAt + tableSlots * SLOT_BYTES);
  const end = layoutAt + treeLayoutBytes(n);
  try {
    const wasm = new WebAssembly.Instance(module, {}).exports as unknown as IdLinksExports;
    const missing = end - wasm.memory.buffer.byteLength;
    if (missing > 0) wasm.memory.grow(Math.ceil(missing / PAGE));
    const bytes = new Uint8Array(wasm.memory.buffer);
    let at = idsAt;
    for (const batch of idBatches) {
      bytes.set(batch, at);
      at += batch.length;
    }
    bytes.set(hasParent, hasParentAt);
    wasm.linkIds(idsAt, hasParentAt, n, tableAt, tableSlots, firstAt, parentAt);
    const { buffer } = wasm.memory;
    const region = { n, firstWithId: firstAt, parentFirst: parentAt, hasParent: hasParentAt, layoutAt };
    return {
      // Views: the instance lives as long as its results.
      firstWithId: new Int32Array(buffer, firstAt, n),
      parentFirst: new Int32Array(buffer, parentAt, n),
      layOut: (start, duration) => wasmTreeShape(wasm, region, start, duration),
    };
  } catch {
    // Memory refused (a very big answer on a small device): the layout matches them itself.
    return undefined;
  }
}

const align8 = (at: number): number => Math.ceil(at / 8) * 8;
