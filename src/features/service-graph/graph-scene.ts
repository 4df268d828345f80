import type { GraphEdge, GraphNode, ServiceGraph } from '../../model/service-graph/graph-types';
import { edgeWidth, errorBucket, nodeRadius } from './graph-style';

/** Edges that share a color and a width, stroked in one canvas path. */
export interface EdgeGroup {
  readonly bucket: number;
  readonly width: number;
  readonly edges: Int32Array;
}

/**
 * The per-graph numbers the renderer needs, computed once per graph (typed arrays, no
 * objects per frame): node indexes, radii, edge endpoints, reverse-edge flags, the draw
 * groups and each node's edges for hover emphasis.
 */
export interface GraphScene {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly index: ReadonlyMap<string, number>;
  readonly radii: Float32Array;
  /** [source0, target0, source1, target1, ...] as node indexes. */
  readonly ends: Uint32Array;
  readonly widths: Float32Array;
  readonly shifted: Uint8Array;
  readonly groups: readonly EdgeGroup[];
  /** Edge indexes touching each node. */
  readonly edgesOf: readonly number[][];
}

export function buildScene(graph: ServiceGraph): GraphScene {
  const nodes = graph.nodes;
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const radii = Float32Array.from(nodes, nodeRadius);
  const edges = graph.edges.filter((e) => index.has(e.source) && index.has(e.target) && e.source !== e.target);
  const ends = new Uint32Array(edges.length * 2);
  const widths = new Float32Array(edges.length);
  const shifted = new Uint8Array(edges.length);
  const ids = new Set(edges.map((e) => e.id));
  const edgesOf: number[][] = nodes.map(() => []);
  const byKey = new Map<number, number[]>();
  edges.forEach((e, i) => {
    const s = index.get(e.source)!;
    const t = index.get(e.target)!;
    ends[i * 2] = s;
    ends[i * 2 + 1] = t;
    const w = Math.round(edgeWidth(e) * 2) / 2;
    widths[i] = w;
    shifted[i] = ids.has(`${e.target}→${e.source}`) ? 1 : 0;
    edgesOf[s]!.push(i);
    edgesOf[t]!.push(i);
    const key = errorBucket(e.errorRate) * 1000 + w * 10;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  // Healthy edges first, failing ones drawn over them.
  const groups = [...byKey.entries()]
    .sort(([a], [b]) => a - b)
    .map(([key, list]) => ({ bucket: Math.floor(key / 1000), width: (key % 1000) / 10, edges: Int32Array.from(list) }));
  return { nodes, edges, index, radii, ends, widths, shifted, groups, edgesOf };
}
