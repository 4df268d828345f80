// The span ids of a big OTLP answer matched by WebAssembly (wasm/id-links.ts) for the layout,
// from the ids wasm/otlp-place.ts read with each span while the answer arrived. In a fresh
// instance of the span reader's module, made for this one call and then let go.

import type { MatchedIds } from '../../model/tree-links';
import { ID_BYTES, spanScanModule } from './wasm-span-scan';

interface IdLinksExports {
  readonly memory: WebAssembly.Memory;
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
  // Laid out one after another: ids, parent flags, the two results, the table (zeroed by grow).
  const idsAt = 0;
  const hasParentAt = idsAt + idBytes;
  const firstAt = align8(hasParentAt + n);
  const parentAt = firstAt + n * 4;
  const tableAt = parentAt + n * 4;
  const end = tableAt + tableSlots * SLOT_BYTES;
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
    return {
      firstWithId: new Int32Array(buffer, firstAt, n).slice(),
      parentFirst: new Int32Array(buffer, parentAt, n).slice(),
    };
  } catch {
    // Memory refused (a very big answer on a small device): the layout matches them itself.
    return undefined;
  }
}

const align8 = (at: number): number => Math.ceil(at / 8) * 8;
