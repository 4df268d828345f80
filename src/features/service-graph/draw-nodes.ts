import { serviceColor } from '../../lib/service-color';
import type { View } from './draw-edges';
import type { GraphScene } from './graph-scene';
import { nodePath, type GraphPalette } from './graph-style';

/**
 * Nodes and labels on the canvas, for graphs too big for one SVG element per node (the
 * browser re-rasterizes every element on each zoom frame). Shapes are Path2D objects cached
 * per kind and radius; labels are drawn at a fixed screen size, only for nodes on screen.
 */
const shapes = new Map<string, Path2D>();
function shape(kind: string, r: number): Path2D {
  const key = `${kind}:${r.toFixed(1)}`;
  let p = shapes.get(key);
  if (!p) {
    p = new Path2D(nodePath(kind as Parameters<typeof nodePath>[0], r));
    shapes.set(key, p);
  }
  return p;
}

export interface NodeMarks {
  readonly hover: number;
  readonly highlight: number;
  readonly pinned: (i: number) => boolean;
  /** Labels for every node on screen (else only for marked ones). */
  readonly labels: boolean;
  readonly labelPx: number;
  readonly font: string;
  /** Draw only these nodes (the hover overlay). */
  readonly only?: readonly number[];
  /** Leave out this node (being dragged), -1 for none. */
  readonly skip?: number;
}

export function drawNodes(
  ctx: CanvasRenderingContext2D,
  scene: GraphScene,
  xs: Float64Array,
  ys: Float64Array,
  v: View,
  dpr: number,
  palette: GraphPalette,
  marks: NodeMarks,
): void {
  const visible: number[] = [];
  const indexes = marks.only ?? scene.nodes.keys();
  for (const i of indexes) {
    if (i === marks.skip) continue;
    const r = scene.radii[i]! * v.k;
    const sx = v.x + v.k * xs[i]!;
    const sy = v.y + v.k * ys[i]!;
    if (sx < -r - 80 || sy < -r - 20 || sx > v.width + r + 80 || sy > v.height + r + 20) continue;
    visible.push(i);
    const node = scene.nodes[i]!;
    ctx.setTransform(dpr * v.k, 0, 0, dpr * v.k, dpr * sx, dpr * sy);
    const path = shape(node.kind, scene.radii[i]!);
    const marked = i === marks.hover || i === marks.highlight;
    if (node.kind === 'external') {
      ctx.fillStyle = palette.bg;
      ctx.fill(path);
      ctx.setLineDash([3 / v.k, 2 / v.k]);
      ctx.strokeStyle = marked ? palette.accent : palette.muted;
      ctx.lineWidth = (marked ? 3 : 1.5) / v.k;
      ctx.stroke(path);
      ctx.setLineDash([]);
      continue;
    }
    ctx.fillStyle = serviceColor(node.name);
    ctx.fill(path);
    if (marked || marks.pinned(i) || node.kind !== 'service') {
      ctx.strokeStyle = marked ? palette.accent : palette.text;
      ctx.lineWidth = (marked ? 3 : marks.pinned(i) ? 2.5 : 1) / v.k;
      ctx.stroke(path);
    }
  }
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.font = marks.font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = palette.bg;
  ctx.fillStyle = palette.text;
  for (const i of visible) {
    if (!marks.labels && i !== marks.hover && i !== marks.highlight && !marks.pinned(i)) continue;
    const name = scene.nodes[i]!.name;
    const x = v.x + v.k * xs[i]!;
    const y = v.y + v.k * (ys[i]! + scene.radii[i]! + 3);
    ctx.strokeText(name, x, y);
    ctx.fillText(name, x, y);
  }
}

/** The node under a screen point (nearest centre within its radius), -1 for none. */
export function nodeAtPoint(scene: GraphScene, xs: Float64Array, ys: Float64Array, v: View, px: number, py: number): number {
  let best = -1;
  let bestD = Infinity;
  for (let i = 0; i < scene.nodes.length; i++) {
    const dx = v.x + v.k * xs[i]! - px;
    const dy = v.y + v.k * ys[i]! - py;
    const r = Math.max(4, scene.radii[i]! * v.k + 2);
    const d = dx * dx + dy * dy;
    if (d <= r * r && d < bestD) {
      best = i;
      bestD = d;
    }
  }
  return best;
}
