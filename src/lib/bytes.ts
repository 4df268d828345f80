// Small operations on byte arrays, shared by the body reader and the text-skeleton scanner.

/** The parts one after the other, in a new array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const all = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/** Whether `bytes` hold `other` from `from` on. */
export function sameBytes(bytes: Uint8Array, from: number, other: Uint8Array): boolean {
  for (let k = 0; k < other.length; k++) if (bytes[from + k] !== other[k]) return false;
  return true;
}
