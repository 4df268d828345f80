/**
 * JSON text, exactly as `JSON.stringify(value, null, indent)` writes it, produced lazily in
 * small pieces: a caller can show the first few hundred KB of a 50 MB document without ever
 * building the whole string. Iterative (explicit stack), so deep documents cannot overflow
 * the call stack. Handles what JSON.stringify does with plain data: undefined, functions and
 * symbols are left out of objects and become null in arrays, non-finite numbers become null.
 * (No toJSON, no bigint: the callers hand it plain decoded or encoded data.) A LazyJsonArray
 * prints as an array whose items are made as the printer reaches them.
 */

/**
 * An array whose items are made only when printed: a 100k-span trace's spans are encoded one
 * by one as its text is shown, not all before the first line (~550 ms in one task for OTLP).
 */
export class LazyJsonArray {
  constructor(
    readonly length: number,
    private readonly itemAt: (index: number) => unknown,
  ) {}

  at(index: number): unknown {
    return this.itemAt(index);
  }
}

/** How an encoder lists the items it encodes: all at once, or made as they are printed. */
export type ListOf = <T>(items: readonly T[], encode: (item: T) => unknown) => unknown;

export const eagerList: ListOf = (items, encode) => items.map((item) => encode(item));

export const lazyList: ListOf = (items, encode) => new LazyJsonArray(items.length, (i) => encode(items[i]!));

interface Frame {
  readonly items: readonly unknown[] | LazyJsonArray;
  /** Object keys (escaped), or null for an array. */
  readonly keys: readonly string[] | null;
  readonly depth: number;
  i: number;
}

const skipped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function scalarText(value: unknown): string | null {
  if (value === null || skipped(value)) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      return null;
  }
}

export function* jsonPieces(root: unknown, indent = '  '): Generator<string, void, undefined> {
  const stack: Frame[] = [];
  let pending: { value: unknown; depth: number } | null = skipped(root) ? null : { value: root, depth: 0 };
  for (;;) {
    if (pending) {
      const { value, depth } = pending;
      pending = null;
      const text = scalarText(value);
      if (text !== null) {
        yield text;
      } else if (Array.isArray(value) || value instanceof LazyJsonArray) {
        if (value.length === 0) yield '[]';
        else {
          yield '[';
          stack.push({ items: value, keys: null, depth, i: 0 });
        }
      } else {
        const obj = value as Record<string, unknown>;
        const keys: string[] = [];
        const items: unknown[] = [];
        for (const k of Object.keys(obj)) {
          if (skipped(obj[k])) continue;
          keys.push(JSON.stringify(k));
          items.push(obj[k]);
        }
        if (keys.length === 0) yield '{}';
        else {
          yield '{';
          stack.push({ items, keys, depth, i: 0 });
        }
      }
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.i < top.items.length) {
      const pad = indent ? `\n${indent.repeat(top.depth + 1)}` : '';
      const key = top.keys ? `${top.keys[top.i]}:${indent ? ' ' : ''}` : '';
      yield `${top.i > 0 ? ',' : ''}${pad}${key}`;
      const items = top.items;
      pending = { value: items instanceof LazyJsonArray ? items.at(top.i) : items[top.i], depth: top.depth + 1 };
      top.i++;
    } else {
      stack.pop();
      yield `${indent ? `\n${indent.repeat(top.depth)}` : ''}${top.keys ? '}' : ']'}`;
    }
  }
}

/** Pulls pieces until at least `minChars` characters (or the end); `done` when nothing is left. */
export function takeText(pieces: Iterator<string>, minChars: number): { text: string; done: boolean } {
  const parts: string[] = [];
  let length = 0;
  while (length < minChars) {
    const next = pieces.next();
    if (next.done) return { text: parts.join(''), done: true };
    parts.push(next.value);
    length += next.value.length;
  }
  return { text: parts.join(''), done: false };
}
