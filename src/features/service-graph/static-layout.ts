import { circleLayout } from '../../model/service-graph/circle-layout';
import type { GraphEdge, GraphNode } from '../../model/service-graph/graph-types';
import { layeredLayout, type NodePosition } from '../../model/service-graph/layered-layout';

/** Where a layout that is not simulated puts the nodes: layered (by call direction) or on a circle. */
export function staticPositions(
  layout: 'layered' | 'circle',
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
): Map<string, NodePosition> {
  const graph = { nodes, edges, origin: { kind: 'trace' as const, traceId: '' } };
  return layout === 'layered' ? layeredLayout(graph) : circleLayout(graph);
}
