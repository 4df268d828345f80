import type { Trace } from '../types';

/** One node of the icicle: every span reached by the same service/operation path from a root. */
export interface IcicleNode {
  readonly id: number;
  readonly parent: number; // -1 at the top
  readonly service: string;
  readonly name: string;
  readonly depth: number;
  readonly count: number;
  /** Sum of the spans' durations (parallel calls add up, so this may exceed wall time). */
  readonly totalUs: number;
  /** Sum of the spans' own self times. */
  readonly selfUs: number;
  /** Self time of this node and everything below it: the width. Children never exceed it. */
  readonly valueUs: number;
  /** Left edge, in the same units, from the left of the whole icicle. */
  readonly x: number;
}

export interface OperationIcicle {
  readonly nodes: readonly IcicleNode[];
  /** For each span, the node it was folded into (to light up search matches). */
  readonly nodeOfSpan: Int32Array;
  /** Sum of the top-level nodes' values: the full width. */
  readonly totalValueUs: number;
}

interface MutableNode {
  id: number;
  parent: number;
  service: string;
  name: string;
  depth: number;
  count: number;
  totalUs: number;
  selfUs: number;
  valueUs: number;
  x: number;
  children: number[];
}

/**
 * The trace folded by operation path (service + span name at each level, like a profiler's
 * call tree), widths by self time so every node's children fit inside it. Siblings are
 * ordered heaviest first ("left heavy"), ties by service then name. Iterative, O(n log n).
 */
export function operationIcicle(trace: Trace): OperationIcicle {
  const spans = trace.spans;
  const nodes: MutableNode[] = [];
  const byKey = new Map<string, number>();
  const nodeOfSpan = new Int32Array(spans.length);
  const top: number[] = [];
  // Pre-order: a span's parent is folded before it, so its node exists.
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const parentNode = span.parentIndex >= 0 ? nodeOfSpan[span.parentIndex]! : -1;
    const key = `${parentNode}\u0001${span.service}\u0000${span.name}`;
    let id = byKey.get(key);
    if (id === undefined) {
      id = nodes.length;
      byKey.set(key, id);
      nodes.push({
        id,
        parent: parentNode,
        service: span.service,
        name: span.name,
        depth: parentNode >= 0 ? nodes[parentNode]!.depth + 1 : 0,
        count: 0,
        totalUs: 0,
        selfUs: 0,
        valueUs: 0,
        x: 0,
        children: [],
      });
      if (parentNode >= 0) nodes[parentNode]!.children.push(id);
      else top.push(id);
    }
    const node = nodes[id]!;
    node.count++;
    node.totalUs += span.durationUs;
    node.selfUs += span.selfTimeUs;
    nodeOfSpan[i] = id;
  }
  // Children are created after their parent: a reverse sweep sums values bottom-up.
  for (let id = nodes.length - 1; id >= 0; id--) {
    const node = nodes[id]!;
    node.valueUs += node.selfUs;
    if (node.parent >= 0) nodes[node.parent]!.valueUs += node.valueUs;
  }
  const heavyFirst = (a: number, b: number) => {
    const na = nodes[a]!;
    const nb = nodes[b]!;
    return (
      nb.valueUs - na.valueUs ||
      (na.service < nb.service ? -1 : na.service > nb.service ? 1 : 0) ||
      (na.name < nb.name ? -1 : na.name > nb.name ? 1 : 0)
    );
  };
  top.sort(heavyFirst);
  let x = 0;
  for (const id of top) {
    nodes[id]!.x = x;
    x += nodes[id]!.valueUs;
  }
  // Parents before children, so each parent's x is final when its children are placed.
  for (const node of nodes) {
    node.children.sort(heavyFirst);
    let cx = node.x;
    for (const c of node.children) {
      nodes[c]!.x = cx;
      cx += nodes[c]!.valueUs;
    }
  }
  return {
    nodes: nodes.map(({ children: _children, ...rest }) => rest),
    nodeOfSpan,
    totalValueUs: x,
  };
}
