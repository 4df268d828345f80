import { zoomIdentity, type ZoomTransform } from 'd3';
import type { GraphState } from './graph-state';

/**
 * How the graph meets the view's size: the zoom that shows all of it, and how far a
 * layered drawing may be spread vertically. Arithmetic on the positions only, so the
 * renderer decides when to apply them (and whether to animate).
 */

/** The zoom that puts the whole graph in view, or null when there is nothing to fit. */
export function fitTransform(s: GraphState): ZoomTransform | null {
  const n = s.scene.nodes.length;
  if (n === 0 || s.width === 0) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    // Room for the label under the node, which is wider than the node.
    const r = s.scene.radii[i]! + 30;
    x0 = Math.min(x0, s.xs[i]! - r - 30);
    x1 = Math.max(x1, s.xs[i]! + r + 30);
    y0 = Math.min(y0, s.ys[i]! - r);
    y1 = Math.max(y1, s.ys[i]! + r);
  }
  const k = Math.min(1.5, s.width / (x1 - x0), s.height / (y1 - y0));
  return zoomIdentity.translate(s.width / 2 - (k * (x0 + x1)) / 2, s.height / 2 - (k * (y0 + y1)) / 2).scale(k);
}

/**
 * The vertical spread (1 to 3) that brings a wide, flat layered drawing toward the view's
 * proportions; 1 when it already fits or has too few nodes to tell.
 */
export function layerStretch(s: GraphState): number {
  const n = s.scene.nodes.length;
  if (n < 2 || s.width === 0) return 1;
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (let i = 0; i < n; i++) {
    x0 = Math.min(x0, s.xs[i]!);
    x1 = Math.max(x1, s.xs[i]!);
    y0 = Math.min(y0, s.ys[i]!);
    y1 = Math.max(y1, s.ys[i]!);
  }
  if (y1 - y0 < 1 || x1 - x0 < 1) return 1;
  const factor = Math.min(3, ((s.height / s.width) * (x1 - x0)) / (y1 - y0));
  return factor <= 1 ? 1 : factor;
}
