import { zoomIdentity, type ZoomTransform } from 'd3';
import type { View } from './draw-edges';
import { buildScene, type GraphScene } from './graph-scene';

/** 'force': simulated in a worker; 'layered' and 'circle': computed at once (static-layout.ts). */
export type GraphLayoutKind = 'force' | 'layered' | 'circle';

/**
 * What the renderer's parts share about the graph on screen: the scene, where its nodes
 * are, the zoom, and which nodes are marked. One mutable object, so the pointer, the
 * drawing and the layout read the same numbers without copying arrays per frame.
 */
export class GraphState {
  scene: GraphScene = buildScene({ nodes: [], edges: [], origin: { kind: 'trace', traceId: '' } });
  xs = new Float64Array(0);
  ys = new Float64Array(0);
  /** One SVG element per node; empty when the nodes are drawn on the canvas. */
  nodeEls: SVGGElement[] = [];
  /** Ids, not indexes, so pins survive a new graph that shares the node. */
  readonly pinned = new Set<string>();
  layout: GraphLayoutKind = 'force';
  transform: ZoomTransform = zoomIdentity;
  width = 0;
  height = 0;
  canvasNodes = false;
  hoverNode = -1;
  hoverEdge = -1;
  highlighted = -1;
  dragging = -1;
  /** The user zoomed or panned: layout updates stop fitting the graph to the view. */
  userMoved = false;
  /**
   * Layers are far apart and their nodes close: a wide, flat drawing. Spreading the nodes
   * vertically (up to 3×) toward the view's proportions uses the screen without moving layers.
   */
  stretch = 1;

  /** Big graphs: thousands of edges or canvas nodes. */
  heavy(): boolean {
    return this.canvasNodes || this.scene.edges.length > 1000;
  }

  view(): View {
    return { x: this.transform.x, y: this.transform.y, k: this.transform.k, width: this.width, height: this.height };
  }
}
