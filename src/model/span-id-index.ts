/**
 * Span id → the first span (input index) with that id, for the 100k lookups of a big trace.
 * Decoded span ids are 16 lower-case hex digits, i.e. 64 bits: those are kept as two int32s
 * in one open-addressing table, so a lookup touches one slot instead of hashing into a Map
 * and then reading the stored key string from wherever it lives (a cache miss each; on a
 * 100k-span trace this took linking from about 110 to 70 ms). Any other string (junk ids
 * the decoder let through with a warning) goes to a plain Map; the two never share a key.
 */
export class SpanIdIndex {
  // Slots of [high 32 bits, low 32 bits, index + 1 (0 = empty), unused], power-of-two count.
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly others = new Map<string, number>();

  constructor(expected: number) {
    let count = 16;
    while (count < expected * 2) count *= 2;
    this.slots = new Int32Array(count * 4);
    this.mask = count - 1;
  }

  /** The index already stored for `id`, or else stores `index` and returns it. */
  firstOrAdd(id: string, index: number): number {
    const hi = hexHalf(id, 0);
    const lo = hexHalf(id, 8);
    if (id.length !== 16 || hi < 0 || lo < 0) {
      const known = this.others.get(id);
      if (known !== undefined) return known;
      this.others.set(id, index);
      return index;
    }
    const slots = this.slots;
    const slot = this.find(hi | 0, lo | 0);
    if (slots[slot + 2] !== 0) return slots[slot + 2]! - 1;
    slots[slot] = hi | 0;
    slots[slot + 1] = lo | 0;
    slots[slot + 2] = index + 1;
    return index;
  }

  /** The index stored for `id`, or -1. */
  get(id: string): number {
    const hi = hexHalf(id, 0);
    const lo = hexHalf(id, 8);
    if (id.length !== 16 || hi < 0 || lo < 0) return this.others.get(id) ?? -1;
    return this.slots[this.find(hi | 0, lo | 0) + 2]! - 1;
  }

  /** The slot holding this key, or the empty slot where it belongs (linear probing). */
  private find(hi: number, lo: number): number {
    const slots = this.slots;
    let h = Math.imul(hi ^ Math.imul(lo ^ (lo >>> 16), 0x85ebca6b), 0xc2b2ae35);
    h ^= h >>> 13;
    h = Math.imul(h, 0x27d4eb2d);
    h ^= h >>> 16;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const slot = i * 4;
      if (slots[slot + 2] === 0 || (slots[slot] === hi && slots[slot + 1] === lo)) return slot;
    }
  }
}

/** The 8 hex digits from `from` as an unsigned 32-bit number, or -1 if any is not [0-9a-f]. */
function hexHalf(id: string, from: number): number {
  if (id.length < from + 8) return -1;
  let value = 0;
  for (let i = from; i < from + 8; i++) {
    const code = id.charCodeAt(i);
    const digit = code < 128 ? HEX_VALUE[code]! : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/** Digit value by char code for 0-9 and a-f, -1 for every other code below 128. */
const HEX_VALUE: Int8Array = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let d = 0; d < 16; d++) table['0123456789abcdef'.charCodeAt(d)] = d;
  return table;
})();
