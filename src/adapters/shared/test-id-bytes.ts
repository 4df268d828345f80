// For tests: span ids as wasm/otlp-place.ts writes them, without scanning an answer.
import { ID_BYTES } from './wasm-span-scan';

/**
 * The id bytes as otlp-place.ts writes them (a span's id, then its parent's, as ASCII, then
 * their values as u64s), cut into batches.
 */
export function idBytes(spans: readonly { id: string; parent: string | null }[], batch: number): Uint8Array[] {
  const all = new Uint8Array(spans.length * ID_BYTES);
  const view = new DataView(all.buffer);
  spans.forEach(({ id, parent }, k) => {
    const at = k * ID_BYTES;
    for (let c = 0; c < 16; c++) all[at + c] = id.charCodeAt(c);
    view.setBigUint64(at + 32, BigInt(`0x${id}`), true);
    // A span without a parent keeps whatever bytes were there before.
    for (let c = 0; c < 16; c++) all[at + 16 + c] = parent === null ? 0x5a : parent.charCodeAt(c);
    view.setBigUint64(at + 40, parent === null ? 0x5a5a5a5an : BigInt(`0x${parent}`), true);
  });
  const batches: Uint8Array[] = [];
  for (let at = 0; at < all.length; at += batch * ID_BYTES) batches.push(all.slice(at, at + batch * ID_BYTES));
  return batches;
}

/** For each span, 1 when its parent id is set. */
export const hasParentOf = (spans: readonly { parent: string | null }[]): Uint8Array =>
  Uint8Array.from(spans, (s) => (s.parent === null ? 0 : 1));
