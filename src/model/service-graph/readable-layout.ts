import type { ServiceGraph } from './graph-types';
import { layeredLayout, type NodePosition } from './layered-layout';
import { segmentDistanceSq } from './segment-distance';

/**
 * How close (px, layered layout units: nodes 70 apart in a layer) a straight edge may pass by
 * a node it does not join before it reads as going into that node.
 */
const CLEARANCE_PX = 22;

/** How the trace page draws a service graph: see the service-graph feature's renderer. */
export type ReadableLayoutKind = 'layered' | 'circle';

/**
 * Left to right by call direction (layered), which reads best, unless it draws many edges
 * through services they do not call: in a dense mesh (services calling many others) breaking
 * the cycles leaves a total order, every service gets a layer of its own, all in one row,
 * and ~380 edges of 20 services lie over each other. Then the services go on a circle, each
 * call a chord. A few such edges (a caller that also calls its callee's callee, a→b→c and
 * a→c) leave the layers as they are: a force layout of a call tree with a shortcut or two
 * read worse than its layers (the demo's 5,000-span trace: tangled in the middle).
 */
export function readableLayout(graph: ServiceGraph): ReadableLayoutKind {
  const through = edgesThroughNodes(graph, layeredLayout(graph));
  return through > graph.edges.length * MOST_THROUGH ? 'circle' : 'layered';
}

/** The share of edges through services from which the layers are given up. */
const MOST_THROUGH = 0.25;

/** How many edges pass within CLEARANCE_PX of a node that is neither of their ends. */
export function edgesThroughNodes(graph: ServiceGraph, positions: ReadonlyMap<string, NodePosition>): number {
  const placed = graph.nodes.flatMap((n) => {
    const p = positions.get(n.id);
    return p ? [{ id: n.id, x: p.x, y: p.y }] : [];
  });
  let count = 0;
  for (const e of graph.edges) {
    const s = positions.get(e.source);
    const t = positions.get(e.target);
    if (!s || !t || e.source === e.target) continue;
    if (placed.some((n) => n.id !== e.source && n.id !== e.target && segmentDistanceSq(n.x, n.y, s.x, s.y, t.x, t.y) < CLEARANCE_PX * CLEARANCE_PX)) count++;
  }
  return count;
}
