import type { ServiceGraph } from './graph-types';

export interface NodePosition {
  readonly x: number;
  readonly y: number;
  readonly layer: number;
}

export interface LayoutOptions {
  readonly layerGap: number;
  readonly nodeGap: number;
  /** Barycenter sweeps to reduce crossings. */
  readonly sweeps: number;
}

const DEFAULTS: LayoutOptions = { layerGap: 220, nodeGap: 70, sweeps: 4 };

/**
 * Left-to-right layered layout by call direction (Sugiyama, simplified): cycles are broken
 * by reversing the back edges of an iterative depth-first search, layers are longest paths
 * from the callers, and each layer is ordered by the barycenter of its neighbours in a few
 * down and up sweeps. Deterministic for a given graph. Iterative throughout.
 */
export function layeredLayout(graph: ServiceGraph, options: Partial<LayoutOptions> = {}): Map<string, NodePosition> {
  const { layerGap, nodeGap, sweeps } = { ...DEFAULTS, ...options };
  const ids = graph.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const out: number[][] = ids.map(() => []);
  for (const e of graph.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined && t !== undefined && s !== t) out[s]!.push(t);
  }
  const dag = acyclic(out);
  const layer = longestPathLayers(dag);
  const layers: number[][] = [];
  layer.forEach((l, i) => (layers[l] ??= []).push(i));
  for (const l of layers) l?.sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));

  const preds: number[][] = ids.map(() => []);
  dag.forEach((targets, s) => targets.forEach((t) => preds[t]!.push(s)));
  const pos = new Float64Array(ids.length);
  const place = () => layers.forEach((l) => l?.forEach((n, i) => (pos[n] = i)));
  place();
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const down = sweep % 2 === 0;
    const order = down ? layers.keys() : [...layers.keys()].reverse();
    for (const li of order) {
      const l = layers[li];
      if (!l) continue;
      const neighbours = down ? preds : dag;
      const bary = new Map<number, number>();
      for (const n of l) {
        const ns = neighbours[n]!;
        bary.set(n, ns.length ? ns.reduce((a, m) => a + pos[m]!, 0) / ns.length : pos[n]!);
      }
      l.sort((a, b) => bary.get(a)! - bary.get(b)! || (ids[a]! < ids[b]! ? -1 : 1));
      l.forEach((n, i) => (pos[n] = i));
    }
  }

  const result = new Map<string, NodePosition>();
  layers.forEach((l, li) => {
    if (!l) return;
    const offset = ((l.length - 1) * nodeGap) / 2;
    l.forEach((n, i) => result.set(ids[n]!, { x: li * layerGap, y: i * nodeGap - offset, layer: li }));
  });
  return result;
}

/** Adjacency without the back edges found by an iterative DFS (reversed edges are dropped). */
function acyclic(out: readonly number[][]): number[][] {
  const state = new Uint8Array(out.length); // 0 new, 1 on stack, 2 done
  const keep: number[][] = out.map(() => []);
  for (let root = 0; root < out.length; root++) {
    if (state[root] !== 0) continue;
    const stack: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const [n, i] = top;
      const targets = out[n]!;
      if (i >= targets.length) {
        state[n] = 2;
        stack.pop();
        continue;
      }
      top[1] = i + 1;
      const t = targets[i]!;
      if (state[t] === 1) continue; // back edge: would close a cycle
      keep[n]!.push(t);
      if (state[t] === 0) {
        state[t] = 1;
        stack.push([t, 0]);
      }
    }
  }
  return keep;
}

/** Layer = length of the longest path reaching the node (Kahn's order over the DAG). */
function longestPathLayers(dag: readonly number[][]): number[] {
  const indeg = new Int32Array(dag.length);
  dag.forEach((ts) => ts.forEach((t) => indeg[t]!++));
  const layer = new Array<number>(dag.length).fill(0);
  const queue: number[] = [];
  indeg.forEach((d, i) => d === 0 && queue.push(i));
  for (let q = 0; q < queue.length; q++) {
    const n = queue[q]!;
    for (const t of dag[n]!) {
      layer[t] = Math.max(layer[t]!, layer[n]! + 1);
      if (--indeg[t]! === 0) queue.push(t);
    }
  }
  return layer;
}
