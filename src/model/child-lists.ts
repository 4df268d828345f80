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

export function sortChildren(tree: ChildLists, start: Float64Array): void {
  const byStart = (a: number, b: number) => start[a]! - start[b]! || a - b;
  for (let v = 0; v + 1 < tree.first.length; v++) {
    const from = tree.first[v]!;
    const to = tree.first[v + 1]!;
    if (to - from > 1) tree.children.subarray(from, to).sort(byStart);
  }
}

/** Input indices in depth-first pre-order, by explicit stack. */
export function preorder(tree: ChildLists): number[] {
  const n = tree.children.length;
  const order: number[] = [];
  const stack: number[] = [];
  const pushChildren = (v: number) => {
    for (let c = tree.first[v + 1]! - 1; c >= tree.first[v]!; c--) stack.push(tree.children[c]!);
  };
  pushChildren(n);
  while (stack.length > 0) {
    const v = stack.pop()!;
    order.push(v);
    pushChildren(v);
  }
  return order;
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
