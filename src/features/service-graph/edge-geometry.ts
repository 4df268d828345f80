import { segmentDistanceSq } from '../../model/service-graph/segment-distance';

/**
 * Screen geometry of one edge: from the rim of the caller to just before the rim of the
 * callee, shifted sideways when the reverse edge exists so both stay visible. Pure, so
 * drawing and hit testing agree.
 */
export interface EdgeSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Unit direction. */
  ux: number;
  uy: number;
}

const SIDE_SHIFT = 4;

export function edgeSegment(
  sx: number,
  sy: number,
  tx: number,
  ty: number,
  sourceRadius: number,
  targetRadius: number,
  shifted: boolean,
  out: EdgeSegment,
): boolean {
  const dx = tx - sx;
  const dy = ty - sy;
  const len = Math.hypot(dx, dy);
  if (len < sourceRadius + targetRadius + 2) return false;
  const ux = dx / len;
  const uy = dy / len;
  const ox = shifted ? -uy * SIDE_SHIFT : 0;
  const oy = shifted ? ux * SIDE_SHIFT : 0;
  out.x1 = sx + ux * sourceRadius + ox;
  out.y1 = sy + uy * sourceRadius + oy;
  out.x2 = tx - ux * (targetRadius + 1) + ox;
  out.y2 = ty - uy * (targetRadius + 1) + oy;
  out.ux = ux;
  out.uy = uy;
  return true;
}

/** Squared distance from a point to a segment. */
export function distanceToSegmentSq(px: number, py: number, s: EdgeSegment): number {
  return segmentDistanceSq(px, py, s.x1, s.y1, s.x2, s.y2);
}
