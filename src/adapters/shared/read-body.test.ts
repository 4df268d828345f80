import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../lib/bytes';
import { readBodyPieces, readBodyText } from './read-body';

function streamOf(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]!);
      else controller.close();
    },
  });
}

/** A byte stream (as fetch bodies are), read with a BYOB reader: chunks as they "arrive". */
function byteStreamOf(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      while (i < chunks.length && chunks[i]!.length === 0) i++; // a byte stream carries no empty chunks
      if (i < chunks.length) controller.enqueue(chunks[i++]!.slice());
      else {
        controller.close();
        // A pending BYOB read is answered by close() plus an empty respond.
        controller.byobRequest?.respond(0);
      }
    },
  }) as ReadableStream<Uint8Array>;
}

/** `bytes` cut at the given offsets. */
function cut(bytes: Uint8Array, at: readonly number[]): Uint8Array[] {
  const points = [...new Set(at.map((a) => a % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const p of points) {
    out.push(bytes.slice(from, p));
    from = p;
  }
  out.push(bytes.slice(from));
  return out;
}

describe('readBodyText', () => {
  it('is what Response.text() makes of the same bytes, however they are cut, whatever length was announced', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ unit: 'binary' }), fc.uint8Array({ maxLength: 64 })),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom('exact', 'none', 'short', 'long'),
        fc.constantFrom(streamOf, byteStreamOf),
        async (content, cuts, announced, makeStream) => {
          const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
          const expected = await new Response(bytes).text();
          const length = { exact: bytes.length, none: null, short: Math.max(0, bytes.length - 3), long: bytes.length + 5 }[announced];
          const seen: number[] = [];
          const text = await readBodyText(makeStream(cut(bytes, cuts)), length, (n) => seen.push(n));
          expect(text).toBe(expected);
          expect(seen.at(-1) ?? 0).toBe(bytes.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('drops a leading BOM and replaces invalid bytes, as text() does', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0xff, 0x7d]);
    expect(await readBodyText(streamOf([bytes.slice(0, 2), bytes.slice(2)]), 6, () => {})).toBe('{\ufffd}');
  });

  it('keeps a multi-byte character cut between two chunks whole', async () => {
    const bytes = new TextEncoder().encode('"é🙂"');
    const chunks = [bytes.slice(0, 2), bytes.slice(2, 5), bytes.slice(5)];
    expect(await readBodyText(streamOf(chunks), null, () => {})).toBe('"é🙂"');
    expect(await readBodyText(byteStreamOf(chunks), null, () => {})).toBe('"é🙂"');
    const pieces: [Uint8Array, boolean][] = [];
    await readBodyPieces(streamOf(chunks), null, () => {}, (p, last) => pieces.push([p, last]));
    expect(pieces).toEqual([[bytes, true]]);
  });

  it('does not reserve memory for an implausible announced length', async () => {
    expect(await readBodyText(streamOf([new TextEncoder().encode('{}')]), 2 ** 52, () => {})).toBe('{}');
  });

  it('reads a byte stream bigger than one block, announced or not, into the same text', async () => {
    const piece = new TextEncoder().encode('{"a":"é"},'.repeat(1000));
    const chunks = Array.from({ length: 600 }, () => piece); // ~6.6 MB in 600 reads or fewer
    const expected = await new Response(new Blob(chunks as BlobPart[])).text();
    const total = piece.length * chunks.length;
    for (const announced of [total, null, total - 100, 1000]) {
      const seen: number[] = [];
      expect(await readBodyText(byteStreamOf(chunks), announced, (n) => seen.push(n))).toBe(expected);
      expect(seen.at(-1)).toBe(total);
      const pieces: Uint8Array[] = [];
      const lasts: boolean[] = [];
      await readBodyPieces(byteStreamOf(chunks), announced, () => {}, (p, last) => {
        pieces.push(p); // the callee's to keep: the reader fills a new block
        lasts.push(last);
      });
      // Each full 4 MB block is handed on as soon as it is full.
      expect(pieces.map((p) => p.length)).toEqual([4 * 1024 * 1024, total - 4 * 1024 * 1024]);
      expect(lasts).toEqual([false, true]);
      expect(new TextDecoder().decode(concatBytes(pieces))).toBe(expected); // valid UTF-8: the same bytes
    }
  });

  it('keeps a multi-byte character that straddles two 4 MB blocks whole', async () => {
    const text = `${'a'.repeat(4 * 1024 * 1024 - 1)}é€ tail`;
    const bytes = new TextEncoder().encode(text);
    for (const chunks of [[bytes], cut(bytes, [4 * 1024 * 1024 - 1, 4 * 1024 * 1024, 4 * 1024 * 1024 + 2])]) {
      expect(await readBodyText(byteStreamOf(chunks), null, () => {})).toBe(text);
      const pieces: Uint8Array[] = [];
      await readBodyPieces(byteStreamOf(chunks), null, () => {}, (p) => pieces.push(p));
      expect(new TextDecoder().decode(concatBytes(pieces))).toBe(text);
    }
  });

  it('passes on a failing stream as a rejection', async () => {
    const failing = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([1]));
        controller.error(new DOMException('The operation was aborted.', 'AbortError'));
      },
    });
    await expect(readBodyText(failing, 10, () => {})).rejects.toThrow('aborted');
  });

  it('passes on a failing byte stream as a rejection', async () => {
    const failing = new ReadableStream({
      type: 'bytes',
      start(controller) {
        controller.enqueue(new Uint8Array([1]));
        controller.error(new DOMException('The operation was aborted.', 'AbortError'));
      },
    }) as ReadableStream<Uint8Array>;
    await expect(readBodyText(failing, 10, () => {})).rejects.toThrow('aborted');
  });
});
