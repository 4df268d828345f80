import { edgeSegment, type EdgeSegment } from './edge-geometry';
import type { GraphScene } from './graph-scene';

export interface View {
  readonly x: number;
  readonly y: number;
  readonly k: number;
  readonly width: number;
  readonly height: number;
}

export interface EdgeEmphasis {
  /** Node whose edges stand out (hovered or searched), -1 for none. */
  readonly node: number;
  /** Edge under the pointer, -1 for none. */
  readonly edge: number;
  /** Draw only these edges (the hover overlay), at full strength. */
  readonly only?: readonly number[];
  /** Leave out this node's edges (it is being dragged on the overlay), -1 for none. */
  readonly skipNode?: number;
}

const seg: EdgeSegment = { x1: 0, y1: 0, x2: 0, y2: 0, ux: 0, uy: 0 };

/** Screen segment of edge i, or false when it is too short to draw or wholly off screen. */
export function screenSegment(scene: GraphScene, xs: Float64Array, ys: Float64Array, v: View, i: number, out: EdgeSegment): boolean {
  const s = scene.ends[i * 2]!;
  const t = scene.ends[i * 2 + 1]!;
  const sx = v.x + v.k * xs[s]!;
  const sy = v.y + v.k * ys[s]!;
  const tx = v.x + v.k * xs[t]!;
  const ty = v.y + v.k * ys[t]!;
  if ((sx < 0 && tx < 0) || (sy < 0 && ty < 0) || (sx > v.width && tx > v.width) || (sy > v.height && ty > v.height)) {
    return false;
  }
  return edgeSegment(sx, sy, tx, ty, scene.radii[s]! * v.k, scene.radii[t]! * v.k, scene.shifted[i] === 1, out);
}

function tracePath(ctx: CanvasRenderingContext2D, width: number, arrows: boolean): void {
  // Arrowhead at the callee: its length grows with the line so thick edges keep a point.
  const len = 5 + width * 1.2;
  if (!arrows) {
    // The line stops inside the arrowhead so a thick line does not blunt its tip.
    ctx.moveTo(seg.x1, seg.y1);
    ctx.lineTo(seg.x2 - seg.ux * len * 0.7, seg.y2 - seg.uy * len * 0.7);
    return;
  }
  const half = 2.5 + width * 0.7;
  const bx = seg.x2 - seg.ux * len;
  const by = seg.y2 - seg.uy * len;
  ctx.moveTo(seg.x2, seg.y2);
  ctx.lineTo(bx - seg.uy * half, by + seg.ux * half);
  ctx.lineTo(bx + seg.uy * half, by - seg.ux * half);
  ctx.closePath();
}

/**
 * All edges on the canvas, one path per color-and-width group (a few strokes for thousands
 * of edges), arrows filled in the same pass. With an emphasis, the other edges fade.
 */
export function drawEdges(
  ctx: CanvasRenderingContext2D,
  scene: GraphScene,
  xs: Float64Array,
  ys: Float64Array,
  view: View,
  colors: readonly string[],
  accent: string,
  emphasis: EdgeEmphasis,
): void {
  const near = emphasis.node >= 0 ? new Set(scene.edgesOf[emphasis.node]) : null;
  const only = emphasis.only ? new Set(emphasis.only) : null;
  const skipped = emphasis.skipNode !== undefined && emphasis.skipNode >= 0 ? new Set(scene.edgesOf[emphasis.skipNode]) : null;
  const tiny = view.k < 0.25 && scene.edges.length > 1000;
  const pass = (alpha: number, keep: (i: number) => boolean) => {
    ctx.globalAlpha = alpha;
    for (const g of scene.groups) {
      const color = colors[g.bucket] ?? colors[0]!;
      ctx.strokeStyle = color;
      ctx.fillStyle = color;
      // Far out on a huge graph, hairlines read better than a solid mat of widths.
      ctx.lineWidth = tiny ? Math.max(0.5, g.width / 3) : g.width;
      ctx.beginPath();
      for (const i of g.edges) if (keep(i) && screenSegment(scene, xs, ys, view, i, seg)) tracePath(ctx, g.width, false);
      ctx.stroke();
      if (tiny) continue;
      ctx.beginPath();
      for (const i of g.edges) if (keep(i) && screenSegment(scene, xs, ys, view, i, seg)) tracePath(ctx, g.width, true);
      ctx.fill();
    }
  };
  if (only) {
    pass(1, (i) => only.has(i));
  } else if (near) {
    pass(0.12, (i) => !near.has(i));
    pass(0.95, (i) => near.has(i));
  } else {
    pass(scene.edges.length > 1000 ? 0.55 : 0.8, skipped ? (i) => !skipped.has(i) : () => true);
  }
  if (emphasis.edge >= 0 && screenSegment(scene, xs, ys, view, emphasis.edge, seg)) {
    const w = scene.widths[emphasis.edge]! + 2;
    ctx.globalAlpha = 1;
    ctx.strokeStyle = accent;
    ctx.fillStyle = accent;
    ctx.lineWidth = w;
    ctx.beginPath();
    tracePath(ctx, w, false);
    ctx.stroke();
    ctx.beginPath();
    tracePath(ctx, w, true);
    ctx.fill();
  }
  ctx.globalAlpha = 1;
}
