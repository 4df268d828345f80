import { micros, type Micros } from '../lib/units';

// The tree as flat typed arrays: no per-span child arrays while building, no recursion.

/** Children of each span in compressed form: children[first[v] .. first[v+1]); roots at n. */
export interface ChildLists {
  readonly first: Int32Array;
  readonly children: Int32Array;
}

export function childLists(parent: Int32Array): ChildLists {
  const n = parent.length;
  // Slot n collects the roots, so one sort and one walk treat them like any children.
  const first = new Int32Array(n + 2);
  for (let i = 0; i < n; i++) first[slot(parent, i) + 1]!++;
  for (let i = 0; i <= n; i++) first[i + 1]! += first[i]!;
  const fill = first.slice();
  const children = new Int32Array(n);
  for (let i = 0; i < n; i++) children[fill[slot(parent, i)]!++] = i;
  return { first, children };
}

function slot(parent: Int32Array, i: number): number {
  const p = parent[i]!;
  return p >= 0 ? p : parent.length;
}

/** Children by start, ties by input index; short lists (the usual case) sorted inline. */
export function sortChildren(tree: ChildLists, start: Float64Array): void {
  const { first, children } = tree;
  let byStart: ((a: number, b: number) => number) | undefined;
  for (let v = 0; v + 1 < first.length; v++) {
    const from = first[v]!;
    const to = first[v + 1]!;
    if (to - from <= 1) continue;
    if (to - from <= INSERTION_SORT_MAX) {
      insertionSort(children, from, to, start);
    } else {
      byStart ??= (a, b) => start[a]! - start[b]! || a - b;
      children.subarray(from, to).sort(byStart);
    }
  }
}

const INSERTION_SORT_MAX = 16;

function insertionSort(children: Int32Array, from: number, to: number, start: Float64Array): void {
  for (let i = from + 1; i < to; i++) {
    const x = children[i]!;
    const sx = start[x]!;
    let j = i - 1;
    for (; j >= from; j--) {
      const y = children[j]!;
      const sy = start[y]!;
      if (sy < sx || (sy === sx && y < x)) break;
      children[j + 1] = y;
    }
    children[j + 1] = x;
  }
}

/** Input indices in depth-first pre-order, by explicit stack (each span is pushed once). */
export function preorder(tree: ChildLists): Int32Array {
  const { first, children } = tree;
  const n = children.length;
  const order = new Int32Array(n);
  const stack = new Int32Array(n);
  let top = 0;
  let k = 0;
  for (let c = first[n + 1]! - 1; c >= first[n]!; c--) stack[top++] = children[c]!;
  while (top > 0) {
    const v = stack[--top]!;
    order[k++] = v;
    for (let c = first[v + 1]! - 1; c >= first[v]!; c--) stack[top++] = children[c]!;
  }
  return order;
}

/** Depth and subtree size (itself included) of each span, from the pre-order alone. */
export function depthsAndSizes(order: Int32Array, parent: Int32Array): { depth: Int32Array; size: Int32Array } {
  const n = order.length;
  const depth = new Int32Array(n);
  const size = new Int32Array(n);
  // Parents come before their children...
  for (let k = 0; k < n; k++) {
    const v = order[k]!;
    const p = parent[v]!;
    if (p >= 0) depth[v] = depth[p]! + 1;
  }
  // ...so, walked backwards, children are summed before their parent.
  for (let k = n - 1; k >= 0; k--) {
    const v = order[k]!;
    size[v]! += 1;
    const p = parent[v]!;
    if (p >= 0) size[p]! += size[v]!;
  }
  return { depth, size };
}

/** Duration minus the union of the children's intervals, each clamped to the span. */
export function selfTime(v: number, tree: ChildLists, start: Float64Array, duration: Float64Array): Micros {
  const s = start[v]!;
  const e = s + duration[v]!;
  let covered = 0;
  let runStart = 0;
  let runEnd = -Infinity;
  // Children are sorted by start, and clamping keeps that order.
  for (let c = tree.first[v]!; c < tree.first[v + 1]!; c++) {
    const k = tree.children[c]!;
    const cs = Math.max(start[k]!, s);
    const ce = Math.min(start[k]! + duration[k]!, e);
    if (ce <= cs) continue;
    if (cs > runEnd) {
      if (runEnd > runStart) covered += runEnd - runStart;
      runStart = cs;
      runEnd = ce;
    } else if (ce > runEnd) {
      runEnd = ce;
    }
  }
  if (runEnd > runStart) covered += runEnd - runStart;
  return micros(Math.max(0, duration[v]! - covered));
}
