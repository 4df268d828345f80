import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BodyBytes } from './body-bytes';
import { cutBytes } from './json-text-arbitraries';

const encoder = new TextEncoder();

// Short parts (ids, times: made without TextDecoder when ASCII) and long ones, any characters.
const part = fc.oneof(fc.string({ maxLength: 8, unit: 'binary' }), fc.string({ minLength: 60, maxLength: 200, unit: 'binary' }), fc.string({ minLength: 65, maxLength: 120 }));

describe('BodyBytes', () => {
  it('gives any run of whole characters as the text they decode to, however the bytes were cut', () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 30 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }), (parts, cuts, ranges) => {
        const encoded = parts.map((p) => encoder.encode(p));
        const offsets = [0];
        for (const e of encoded) offsets.push(offsets.at(-1)! + e.length);
        const all = new Uint8Array(offsets.at(-1)!);
        encoded.forEach((e, k) => all.set(e, offsets[k]!));
        const body = new BodyBytes(cutBytes(all, cuts));
        expect(body.length).toBe(all.length);
        expect(body.text()).toBe(parts.join('').replace(/^\uFEFF/, ''));
        for (const [a, b] of ranges) {
          const i = a % parts.length;
          const j = i + (b % (parts.length - i)) + 1;
          expect(body.string(offsets[i]!, offsets[j]!)).toBe(parts.slice(i, j).join(''));
          expect(body.bytes(offsets[i]!, offsets[j]!)).toEqual(all.slice(offsets[i], offsets[j]));
          expect(body.equals(offsets[i]!, offsets[j]!, all.slice(offsets[i], offsets[j]))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('decodes bytes that are not UTF-8 as the whole body’s decode does, piece or not', () => {
    const long = 'x'.repeat(100);
    const all = new Uint8Array([...encoder.encode(long), 0xff, 0xe2, 0x82, ...encoder.encode(long), 0x80]);
    const whole = new TextDecoder().decode(all);
    for (const pieces of [[all], cutBytes(all, [0.3, 0.5, 0.9])]) {
      const body = new BodyBytes(pieces);
      expect(body.string(0, all.length)).toBe(whole);
      expect(body.string(0, 101)).toBe(`${long}\uFFFD`);
      expect(body.string(101, all.length)).toBe(whole.slice(101));
    }
  });

  it('keeps a U+FEFF that starts a slice, and drops the one that starts the body, as Response.text() does', () => {
    const body = new BodyBytes([encoder.encode('\uFEFF"\uFEFFa"')]);
    expect(body.text()).toBe('"\uFEFFa"');
    expect(body.string(4, 8)).toBe('\uFEFFa');
  });

  it('compares bytes across pieces, and tells unequal lengths apart', () => {
    const body = new BodyBytes([encoder.encode('abc'), encoder.encode('def')]);
    expect(body.equals(1, 5, encoder.encode('bcde'))).toBe(true);
    expect(body.equals(1, 5, encoder.encode('bcdf'))).toBe(false);
    expect(body.equals(1, 5, encoder.encode('bcd'))).toBe(false);
    expect(new BodyBytes([]).text()).toBe('');
  });

  it('finds the piece holding a run of bytes, in any order of asking, and grows as pieces are appended', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(fc.nat(), fc.nat(5)), { maxLength: 30 }), (sizes, asks) => {
        const body = new BodyBytes();
        const pieces: Uint8Array[] = [];
        const starts: number[] = [];
        for (const size of sizes) {
          starts.push(body.length);
          pieces.push(new Uint8Array(size));
          body.append(pieces.at(-1)!);
          expect(body.length).toBe(starts.at(-1)! + size);
          for (const [a, span] of asks) {
            const from = a % body.length;
            const to = Math.min(body.length, from + span);
            // The reference: the piece `from` is in, if `to` is in it too.
            const at = starts.findLastIndex((start) => start <= from);
            const expected = to <= starts[at]! + pieces[at]!.length ? at : -1;
            const k = body.pieceHolding(from, to);
            expect(k).toBe(expected);
            if (k >= 0) {
              expect(body.piece(k)).toBe(pieces[k]);
              expect(body.pieceStart(k)).toBe(starts[k]);
            }
          }
        }
      }),
    );
  });
});
