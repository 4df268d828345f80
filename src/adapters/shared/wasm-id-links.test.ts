import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { wasmMatchedIds } from './wasm-id-links';
import { spanScanReady } from './wasm-span-scan';
import { hasParentOf, idBytes } from './test-id-bytes';

const hex16 = fc.stringMatching(/^[0-9a-f]{16}$/);

/** The first span with each id, by a Map. */
function byMap(spans: readonly { id: string; parent: string | null }[]) {
  const first = new Map<string, number>();
  spans.forEach(({ id }, k) => first.has(id) || first.set(id, k));
  return {
    firstWithId: spans.map(({ id }) => first.get(id)!),
    parentFirst: spans.map(({ parent }) => (parent === null ? -1 : (first.get(parent) ?? -1))),
  };
}

describe('wasmMatchedIds', () => {
  it('finds the first span with each id and each parent id, as a Map would', async () => {
    expect(await spanScanReady).toBe(true);
    const spansArb = fc.array(hex16, { minLength: 1, maxLength: 12 }).chain((pool) =>
      fc.array(
        fc.record({ id: fc.constantFrom(...pool), parent: fc.option(fc.oneof(fc.constantFrom(...pool), hex16), { nil: null }) }),
        { maxLength: 60 },
      ),
    );
    fc.assert(
      fc.property(spansArb, fc.integer({ min: 1, max: 7 }), (spans, batch) => {
        const matched = wasmMatchedIds(idBytes(spans, batch), hasParentOf(spans))!;
        expect({ firstWithId: Array.from(matched.firstWithId), parentFirst: Array.from(matched.parentFirst) }).toEqual(byMap(spans));
      }),
      { numRuns: 300 },
    );
  });

  it('matches 200k spans whose ids differ in any digit, duplicates among them', async () => {
    expect(await spanScanReady).toBe(true);
    // Ids alike but for one digit (high or low half) probe the hash; every 7th span repeats one.
    const idOf = (k: number): string => (k % 7 === 3 ? idOf(k >> 1) : k.toString(16).padStart(8, '0') + ((k * 2654435761) >>> 0).toString(16).padStart(8, '0'));
    const spans = Array.from({ length: 200_000 }, (_, k) => ({ id: idOf(k), parent: k === 0 ? null : k % 11 === 0 ? 'f'.repeat(16) : idOf(k >> 2) }));
    const matched = wasmMatchedIds(idBytes(spans, 9_999), hasParentOf(spans))!;
    const expected = byMap(spans);
    expect(Array.from(matched.firstWithId)).toEqual(expected.firstWithId);
    expect(Array.from(matched.parentFirst)).toEqual(expected.parentFirst);
  });

  it('gives nothing when WebAssembly refuses the memory: the layout then matches the ids itself', async () => {
    expect(await spanScanReady).toBe(true);
    const spans = [{ id: '0123456789abcdef', parent: null }];
    const grow = vi.spyOn(WebAssembly.Memory.prototype, 'grow').mockImplementation(() => {
      throw new RangeError('WebAssembly.Memory.grow(): Maximum memory size exceeded');
    });
    try {
      expect(wasmMatchedIds(idBytes(spans, 1), hasParentOf(spans))).toBeUndefined();
    } finally {
      grow.mockRestore();
    }
    expect(wasmMatchedIds(idBytes(spans, 1), hasParentOf(spans))).toBeDefined();
  });

  it('gives nothing when the bytes are not the spans’ worth', async () => {
    expect(await spanScanReady).toBe(true);
    const spans = [{ id: '0123456789abcdef', parent: null }];
    expect(wasmMatchedIds(idBytes(spans, 1), new Uint8Array(2))).toBeUndefined();
    expect(wasmMatchedIds([], new Uint8Array(0))).toMatchObject({ firstWithId: new Int32Array(0), parentFirst: new Int32Array(0) });
  });
});
