import { computeCriticalPath } from '../analyses/critical-path';
import { criticalShareByService } from '../analyses/critical-path-nav';
import { isErrorSpan } from '../attributes';
import type { Trace } from '../types';

/**
 * How one position of the aligned tree changed from A to B. `same` means equal span counts
 * and equal total duration; anything else present on both sides is `changed`.
 */
export type DiffChange = 'added' | 'removed' | 'changed' | 'same';

/**
 * One node of the aligned tree: the spans of A and of B reached by the same path of
 * (service, operation) pairs from a root. Siblings with the same key are matched in order,
 * so the first k of them pair up and the surplus shows as a count change (an N+1 loop that
 * grew from 10 to 50 calls is one row, 10 → 50, not 40 "added" rows).
 */
export interface DiffRow {
  /** Position in `rows` (pre-order of the aligned tree). */
  readonly index: number;
  readonly parentIndex: number;
  readonly depth: number;
  /** One past the last row of this row's subtree. */
  readonly subtreeEnd: number;
  readonly service: string;
  readonly name: string;
  readonly countA: number;
  readonly countB: number;
  /** Summed span durations (µs) at this position. */
  readonly durationA: number;
  readonly durationB: number;
  readonly errorsA: number;
  readonly errorsB: number;
  /** durationB − durationA. */
  readonly deltaUs: number;
  /** deltaUs / durationA × 100, or null when A has no time here (added, or 0 µs). */
  readonly deltaPct: number | null;
  readonly change: DiffChange;
  /** The first span of A / B at this position (index into its trace), or -1. */
  readonly firstSpanA: number;
  readonly firstSpanB: number;
}

export interface CriticalShareDiff {
  readonly service: string;
  readonly usA: number;
  readonly usB: number;
  /** 0..1 shares of each trace's critical path. */
  readonly shareA: number;
  readonly shareB: number;
}

export interface TraceDiff {
  readonly rows: readonly DiffRow[];
  readonly critical: readonly CriticalShareDiff[];
  readonly totals: {
    readonly durationA: number;
    readonly durationB: number;
    readonly spansA: number;
    readonly spansB: number;
    readonly added: number;
    readonly removed: number;
    readonly changed: number;
  };
}

interface Node {
  parent: number;
  depth: number;
  service: string;
  name: string;
  children: number[];
  byKey: Map<string, number>;
  countA: number;
  countB: number;
  durationA: number;
  durationB: number;
  errorsA: number;
  errorsB: number;
  firstSpanA: number;
  firstSpanB: number;
}

const ROOT = 0;
const keyOf = (service: string, name: string) => `${service}\u0000${name}`;

/** Places every span of `trace` on the node of its path; pre-order means parents come first. */
function addTrace(nodes: Node[], trace: Trace, side: 'A' | 'B'): void {
  const nodeOfSpan = new Int32Array(trace.spans.length);
  for (const span of trace.spans) {
    const parentNode = span.parentIndex >= 0 ? nodeOfSpan[span.parentIndex]! : ROOT;
    const parent = nodes[parentNode]!;
    const key = keyOf(span.service, span.name);
    let id = parent.byKey.get(key);
    if (id === undefined) {
      id = nodes.length;
      nodes.push({
        parent: parentNode,
        depth: parent.depth + 1,
        service: span.service,
        name: span.name,
        children: [],
        byKey: new Map(),
        countA: 0,
        countB: 0,
        durationA: 0,
        durationB: 0,
        errorsA: 0,
        errorsB: 0,
        firstSpanA: -1,
        firstSpanB: -1,
      });
      parent.byKey.set(key, id);
      parent.children.push(id);
    }
    nodeOfSpan[span.index] = id;
    const node = nodes[id]!;
    const error = isErrorSpan(span) ? 1 : 0;
    if (side === 'A') {
      node.countA++;
      node.durationA += span.durationUs;
      node.errorsA += error;
      if (node.firstSpanA < 0) node.firstSpanA = span.index;
    } else {
      node.countB++;
      node.durationB += span.durationUs;
      node.errorsB += error;
      if (node.firstSpanB < 0) node.firstSpanB = span.index;
    }
  }
}

function changeOf(n: Node): DiffChange {
  if (n.countA === 0) return 'added';
  if (n.countB === 0) return 'removed';
  return n.countA === n.countB && n.durationA === n.durationB ? 'same' : 'changed';
}

/** The critical path's share per service in A and in B, largest (either side) first. */
export function diffCriticalShares(a: Trace, b: Trace): CriticalShareDiff[] {
  const sharesA = criticalShareByService(a, computeCriticalPath(a));
  const sharesB = criticalShareByService(b, computeCriticalPath(b));
  const byService = new Map<string, { usA: number; usB: number; shareA: number; shareB: number }>();
  const entry = (service: string) => {
    let e = byService.get(service);
    if (!e) byService.set(service, (e = { usA: 0, usB: 0, shareA: 0, shareB: 0 }));
    return e;
  };
  for (const s of sharesA) Object.assign(entry(s.service), { usA: s.us, shareA: s.share });
  for (const s of sharesB) Object.assign(entry(s.service), { usB: s.us, shareB: s.share });
  return [...byService.entries()]
    .map(([service, e]) => ({ service, ...e }))
    .sort((x, y) => Math.max(y.usA, y.usB) - Math.max(x.usA, x.usB) || (x.service < y.service ? -1 : 1));
}

/**
 * Aligns trace A and trace B by service and operation path and reports, per aligned node,
 * what was removed (A only), added (B only) or changed in count and duration, plus the
 * change in the critical path's split between services. Iterative: O(n) plus the sorts.
 */
export function diffTraces(a: Trace, b: Trace): TraceDiff {
  const nodes: Node[] = [
    {
      parent: -1,
      depth: -1,
      service: '',
      name: '',
      children: [],
      byKey: new Map(),
      countA: 0,
      countB: 0,
      durationA: 0,
      durationB: 0,
      errorsA: 0,
      errorsB: 0,
      firstSpanA: -1,
      firstSpanB: -1,
    },
  ];
  addTrace(nodes, a, 'A');
  addTrace(nodes, b, 'B');

  // Pre-order over the node tree with an explicit stack; children in order of first sight.
  const order: number[] = [];
  const stack: number[] = [];
  for (let k = nodes[ROOT]!.children.length - 1; k >= 0; k--) stack.push(nodes[ROOT]!.children[k]!);
  while (stack.length) {
    const id = stack.pop()!;
    order.push(id);
    const kids = nodes[id]!.children;
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  const rowOf = new Int32Array(nodes.length).fill(-1);
  order.forEach((id, row) => (rowOf[id] = row));

  const subtreeEnd = new Int32Array(order.length);
  for (let row = order.length - 1; row >= 0; row--) {
    const kids = nodes[order[row]!]!.children;
    const last = kids[kids.length - 1];
    subtreeEnd[row] = last === undefined ? row + 1 : subtreeEnd[rowOf[last]!]!;
  }

  let added = 0;
  let removed = 0;
  let changed = 0;
  const rows: DiffRow[] = order.map((id, index) => {
    const n = nodes[id]!;
    const change = changeOf(n);
    if (change === 'added') added++;
    else if (change === 'removed') removed++;
    else if (change === 'changed') changed++;
    const deltaUs = n.durationB - n.durationA;
    return {
      index,
      parentIndex: n.parent === ROOT ? -1 : rowOf[n.parent]!,
      depth: n.depth,
      subtreeEnd: subtreeEnd[index]!,
      service: n.service,
      name: n.name,
      countA: n.countA,
      countB: n.countB,
      durationA: n.durationA,
      durationB: n.durationB,
      errorsA: n.errorsA,
      errorsB: n.errorsB,
      deltaUs,
      deltaPct: n.durationA > 0 ? (deltaUs / n.durationA) * 100 : null,
      change,
      firstSpanA: n.firstSpanA,
      firstSpanB: n.firstSpanB,
    };
  });

  return {
    rows,
    critical: diffCriticalShares(a, b),
    totals: {
      durationA: a.durationUs,
      durationB: b.durationUs,
      spansA: a.spans.length,
      spansB: b.spans.length,
      added,
      removed,
      changed,
    },
  };
}

/**
 * The rows to show when only differences matter: every row that is not `same`, with its
 * ancestors for context. Row indices, in order.
 */
export function changedRowsWithAncestors(rows: readonly DiffRow[]): number[] {
  const keep = new Uint8Array(rows.length);
  for (const row of rows) {
    if (row.change === 'same') continue;
    // Stop at the first ancestor already kept: its own ancestors are kept too.
    for (let r = row.index; r >= 0 && !keep[r]; r = rows[r]!.parentIndex) keep[r] = 1;
  }
  const out: number[] = [];
  for (let r = 0; r < rows.length; r++) if (keep[r]) out.push(r);
  return out;
}
