import type { ServiceGraph } from './graph-types';

export interface FocusOptions {
  readonly service: string;
  /** How many hops of callers to keep. */
  readonly up: number;
  /** How many hops of callees to keep. */
  readonly down: number;
}

/**
 * The focus service with its callers up to `up` hops and callees up to `down` hops
 * (breadth-first, so each node is reached by its shortest path), and the edges among them
 * that lead toward or away from the focus. Unknown service → empty graph.
 */
export function focusGraph(graph: ServiceGraph, { service, up, down }: FocusOptions): ServiceGraph {
  if (!graph.nodes.some((n) => n.id === service)) return { ...graph, nodes: [], edges: [] };
  const upstream = reach(graph, service, up, 'up');
  const downstream = reach(graph, service, down, 'down');
  const keep = new Set([...upstream, ...downstream]);
  const edges = graph.edges.filter(
    (e) => (upstream.has(e.source) && upstream.has(e.target)) || (downstream.has(e.source) && downstream.has(e.target)),
  );
  return { ...graph, nodes: graph.nodes.filter((n) => keep.has(n.id)), edges };
}

function reach(graph: ServiceGraph, start: string, hops: number, direction: 'up' | 'down'): Set<string> {
  const next = new Map<string, string[]>();
  for (const e of graph.edges) {
    const [from, to] = direction === 'down' ? [e.source, e.target] : [e.target, e.source];
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
  }
  const seen = new Set([start]);
  let frontier = [start];
  for (let h = 0; h < hops && frontier.length > 0; h++) {
    const following: string[] = [];
    for (const n of frontier) {
      for (const m of next.get(n) ?? []) {
        if (!seen.has(m)) {
          seen.add(m);
          following.push(m);
        }
      }
    }
    frontier = following;
  }
  return seen;
}

/** The graph without the hidden nodes and their edges. */
export function hideNodes(graph: ServiceGraph, hidden: ReadonlySet<string>): ServiceGraph {
  if (hidden.size === 0) return graph;
  return {
    ...graph,
    nodes: graph.nodes.filter((n) => !hidden.has(n.id)),
    edges: graph.edges.filter((e) => !hidden.has(e.source) && !hidden.has(e.target)),
  };
}
