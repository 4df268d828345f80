const MAX_RESERVED_BYTES = 512 * 1024 * 1024;

/**
 * A response body read to the end as UTF-8 text, with a callback per arriving chunk (for
 * download progress). Decoded at once at the end with one TextDecoder call: for a 55 MB
 * trace that is faster than `response.text()` itself (~230 vs ~260 ms, median of 7 in
 * Chromium), while counting bytes through a TransformStream cost ~40 ms more than
 * `text()` and held the main thread for every chunk. Same result as `text()`: UTF-8, a
 * leading BOM dropped, invalid bytes as U+FFFD.
 */
export async function readBodyText(
  body: ReadableStream<Uint8Array>,
  expectedBytes: number | null,
  onChunk: (bytesSoFar: number) => void,
): Promise<string> {
  const reader = body.getReader();
  // With a known length, chunks are copied into place as they arrive (no second copy at the
  // end); a body that turns out longer than announced continues in a list of chunks. An
  // implausible announcement is not allocated up front.
  const reserve = expectedBytes !== null && expectedBytes > 0 && expectedBytes <= MAX_RESERVED_BYTES ? expectedBytes : 0;
  let buffer: Uint8Array = new Uint8Array(reserve);
  let overflow: Uint8Array[] | null = null;
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (overflow === null && bytes + value.byteLength <= buffer.byteLength) buffer.set(value, bytes);
    else (overflow ??= [buffer.subarray(0, bytes)]).push(value);
    bytes += value.byteLength;
    onChunk(bytes);
  }
  if (overflow !== null) buffer = concat(overflow, bytes);
  return new TextDecoder().decode(buffer.subarray(0, bytes));
}

function concat(parts: readonly Uint8Array[], bytes: number): Uint8Array {
  const all = new Uint8Array(bytes);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.byteLength;
  }
  return all;
}
