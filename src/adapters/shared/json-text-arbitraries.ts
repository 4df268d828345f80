// Test support: JSON texts of any shape and spacing (duplicate keys kept), and a scanner fed
// them in pieces, for the text-skeleton property tests of each format.
import fc from 'fast-check';
import { BodyBytes } from './body-bytes';
import { TextSkeletonScanner, type SkeletonShape, type TextSkeleton } from './text-skeleton';

export type Node = { readonly obj: readonly (readonly [string, Node])[] } | { readonly arr: readonly Node[] } | { readonly lit: unknown };

const SPACES = ['', ' ', '\n  ', '\t', '\r\n'];

/** `node` as JSON text, keys in the given order (duplicates kept), spacing from `spaces`. */
export function serialize(node: Node, spaces: readonly number[]): string {
  let k = 0;
  const space = () => SPACES[spaces[k++ % spaces.length]! % SPACES.length]!;
  const out: string[] = [];
  // Iterative, as the app's own code: a work list of nodes and text to write.
  const work: (Node | string)[] = [node];
  while (work.length > 0) {
    const item = work.pop()!;
    if (typeof item === 'string') {
      out.push(item);
    } else if ('lit' in item) {
      out.push(space(), JSON.stringify(item.lit), space());
    } else if ('arr' in item) {
      const parts: (Node | string)[] = ['['];
      item.arr.forEach((child, i) => parts.push(...(i > 0 ? [','] : []), child));
      parts.push(`${space()}]`);
      work.push(...parts.reverse());
    } else {
      const parts: (Node | string)[] = [`${space()}{`];
      item.obj.forEach(([key, child], i) => parts.push(`${i > 0 ? ',' : ''}${space()}${JSON.stringify(key)}${space()}:`, child));
      parts.push(`${space()}}`);
      work.push(...parts.reverse());
    }
  }
  return out.join('');
}

export const obj = (pairs: readonly (readonly [string, Node])[]): Node => ({ obj: pairs });
export const lit = (value: unknown): Node => ({ lit: value });

export const scalar = fc.oneof(
  fc.constantFrom('0000000000000001', 'ab'.repeat(16), '', '1700000000000000000', 'a"b\\c\n\u00e9\u2028'),
  fc.string({ maxLength: 6 }),
  fc.string({ maxLength: 4, unit: 'binary' }), // any characters: two to four bytes in UTF-8
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
).map(lit);
export const anyKey = fc.oneof(
  fc.constantFrom('name', 'kind', 'attributes', 'spanId', 'traceId', 'key', 'value', 'spans', 'resource', 'status'),
  fc.string({ maxLength: 5 }).filter((k) => k !== '__proto__' && !JSON.stringify(k).includes('\\')),
);
export const { json: anyJson } = fc.letrec<{ json: Node }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('json'), { maxLength: 3 }).map((arr): Node => ({ arr })),
    fc.array(fc.tuple(anyKey, tie('json')), { maxLength: 3 }).map(obj),
  ),
}));
export const extras = fc.array(fc.tuple(anyKey, anyJson), { maxLength: 2 });

/** `text`'s UTF-8 bytes cut at `cuts` (fractions of their length, so a character may be cut too). */
export function bytePieces(text: string, cuts: readonly number[]): Uint8Array[] {
  return cutBytes(new TextEncoder().encode(text), cuts);
}

/** `bytes` cut at `cuts` (fractions of their length). */
export function cutBytes(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const cut of [...at, bytes.length]) {
    pieces.push(bytes.slice(from, cut));
    from = cut;
  }
  return pieces;
}

/**
 * Feeds `text`'s bytes cut at `cuts` (see bytePieces) and finishes. `useWasm`: whether the
 * scanner may read spans with WebAssembly (once wasm-span-scan.ts's module is compiled).
 */
export function scanInPieces(shape: SkeletonShape, text: string, cuts: readonly number[], useWasm = true): TextSkeleton | undefined {
  const pieces = bytePieces(text, cuts);
  const scanner = new TextSkeletonScanner(shape, useWasm);
  for (const piece of pieces) scanner.feed(piece);
  return scanner.finish(new BodyBytes(pieces));
}

export const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 });
export const spacing = fc.array(fc.nat(), { minLength: 1, maxLength: 12 });


/**
 * A skeleton's value as JSON text, bare spans (a shape with `bareSpans`) written as the
 * fields a skeleton with fields holds: so the two kinds compare with JSON.parse's value alike.
 */
export function skeletonText(skeleton: TextSkeleton): string {
  const fields = skeleton.spanFields;
  return JSON.stringify(skeleton.json, (_key, value: unknown) => (fields && fields.eventOf(value) >= 0 ? fields.record(value) : value));
}
