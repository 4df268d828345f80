import type { ServiceGraph } from './graph-types';
import { layeredLayout, type NodePosition } from './layered-layout';

/** Room for a node and its label along the circle, px. */
const ARC_PER_NODE = 90;
const MIN_RADIUS = 120;

/**
 * Services evenly on a circle, clockwise from the top, in the layered layout's order (callers
 * first, then by layer position): for meshes where every service calls many others, which no
 * layering draws without edges through services. Every node and label stays clear; the calls
 * are chords.
 */
export function circleLayout(graph: ServiceGraph): Map<string, NodePosition> {
  const layered = layeredLayout(graph);
  const order = graph.nodes
    .map((n) => ({ id: n.id, at: layered.get(n.id) }))
    .sort((a, b) => (a.at?.x ?? 0) - (b.at?.x ?? 0) || (a.at?.y ?? 0) - (b.at?.y ?? 0) || (a.id < b.id ? -1 : 1));
  const n = order.length;
  const radius = Math.max(MIN_RADIUS, (n * ARC_PER_NODE) / (2 * Math.PI));
  const result = new Map<string, NodePosition>();
  order.forEach(({ id }, k) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * k) / n;
    result.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle), layer: 0 });
  });
  return result;
}
