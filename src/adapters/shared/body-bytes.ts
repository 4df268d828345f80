// An answer's bytes as they arrived, in pieces, read without decoding all of them to one
// string: a big trace's skeleton (text-skeleton.ts) takes its values and each span's text out
// of them one at a time. Decoding and joining 55 MB into one string costs ~250 ms and leaves
// ~110 MB of strings (the pieces' and the joined one) for a major GC to collect.

import { sameBytes } from '../../lib/bytes';

/** Slices keep a leading U+FEFF (a value's own character), unlike the whole body's decode. */
const SLICE_DECODER = new TextDecoder('utf-8', { ignoreBOM: true });
/**
 * Values up to this long (ids, times) are made without TextDecoder when they are ASCII: in
 * Chromium each decode() call costs ~0.7 µs, 300 ms for the 400k ids and times of 100k spans.
 * (Longer texts are few: spans are decoded in batches, see span-texts.ts.)
 */
const SHORT_ASCII = 64;
const codes: number[] = [];

/** `piece[from, to)` as a string when every byte is ASCII, else undefined. */
function asciiString(piece: Uint8Array, from: number, to: number): string | undefined {
  codes.length = to - from;
  for (let i = from; i < to; i++) {
    const c = piece[i]!;
    if (c >= 0x80) return undefined;
    codes[i - from] = c;
  }
  return String.fromCharCode.apply(null, codes);
}

export class BodyBytes {
  /** Where each piece starts in the whole body. */
  private readonly starts: number[] = [];
  private readonly pieces: Uint8Array[] = [];
  /** How many bytes there are (so far, while pieces are appended). */
  length = 0;
  private whole: string | undefined;
  /** The piece `pieceHolding` found last: values are mostly read in order. */
  private lastPiece = 0;

  constructor(pieces: readonly Uint8Array[] = []) {
    for (const piece of pieces) this.append(piece);
  }

  /** The next piece (for reading a body while it arrives; `text` is for a whole body only). */
  append(piece: Uint8Array): void {
    this.starts.push(this.length);
    this.pieces.push(piece);
    this.length += piece.length;
    this.whole = undefined;
  }

  /** The bytes `[from, to)`: a view when they lie in one piece, else a copy. */
  bytes(from: number, to: number): Uint8Array {
    const k = this.pieceAt(from);
    const piece = this.pieces[k]!;
    const start = this.starts[k]!;
    if (to - start <= piece.length) return piece.subarray(from - start, to - start);
    const out = new Uint8Array(to - from);
    for (let at = from, j = k; at < to; j++) {
      const part = this.pieces[j]!.subarray(at - this.starts[j]!, to - this.starts[j]!);
      out.set(part, at - from);
      at += part.length;
    }
    return out;
  }

  /**
   * The bytes `[from, to)` decoded (from and to at character boundaries: JSON's ASCII
   * delimiters), as a string of its own.
   */
  string(from: number, to: number): string {
    if (to - from <= SHORT_ASCII) {
      const k = this.pieceAt(from);
      const start = this.starts[k]!;
      const piece = this.pieces[k]!;
      if (to - start <= piece.length) {
        const ascii = asciiString(piece, from - start, to - start);
        if (ascii !== undefined) return ascii;
      }
    }
    return SLICE_DECODER.decode(this.bytes(from, to));
  }

  /**
   * The index of the piece holding all of `[from, to)` (read them in place: `piece(k)` from
   * `from - pieceStart(k)`), or -1 when they straddle two pieces.
   */
  pieceHolding(from: number, to: number): number {
    if (this.pieces.length === 0) return -1;
    let k = this.lastPiece;
    if (from < this.starts[k]! || from >= this.starts[k]! + this.pieces[k]!.length) k = this.lastPiece = this.pieceAt(from);
    return to - this.starts[k]! <= this.pieces[k]!.length ? k : -1;
  }

  piece(k: number): Uint8Array {
    return this.pieces[k]!;
  }

  pieceStart(k: number): number {
    return this.starts[k]!;
  }

  /** Whether the bytes `[from, to)` are `other`'s. */
  equals(from: number, to: number, other: Uint8Array): boolean {
    if (to - from !== other.length) return false;
    const k = this.pieceAt(from);
    const piece = this.pieces[k]!;
    const start = this.starts[k]!;
    if (to - start > piece.length) return sameBytes(this.bytes(from, to), 0, other);
    return sameBytes(piece, from - start, other);
  }

  /** All of it as text, as `Response.text()` gives it (a leading BOM dropped). */
  text(): string {
    if (this.whole === undefined) {
      const decoder = new TextDecoder();
      const texts = this.pieces.map((piece, k) => decoder.decode(piece, { stream: k < this.pieces.length - 1 }));
      this.whole = texts.length === 1 ? texts[0]! : texts.join('');
    }
    return this.whole;
  }

  private pieceAt(offset: number): number {
    const { starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
