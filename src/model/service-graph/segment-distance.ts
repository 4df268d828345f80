/**
 * Squared distance from the point (px, py) to the segment (x1, y1)–(x2, y2): for hit testing
 * an edge under the pointer and for finding edges drawn through nodes (readable-layout.ts).
 */
export function segmentDistanceSq(px: number, py: number, x1: number, y1: number, x2: number, y2: number): number {
  const vx = x2 - x1;
  const vy = y2 - y1;
  const lenSq = vx * vx + vy * vy;
  const t = lenSq === 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * vx + (py - y1) * vy) / lenSq));
  const cx = x1 + t * vx - px;
  const cy = y1 + t * vy - py;
  return cx * cx + cy * cy;
}
