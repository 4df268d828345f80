import type { FlameLayout } from '../../model/analyses/flame-graph';

/**
 * The layout's rectangles bucketed by row (CSR form: rectangles of row d are
 * `order[rowStart[d] .. rowStart[d+1])`, in layout order), so drawing and hit-testing touch
 * only the rows on screen. Counting sort: O(rectangles), no per-row arrays.
 */
export interface FlameRows {
  readonly rowStart: Int32Array;
  readonly order: Int32Array;
}

export function flameRows(layout: FlameLayout): FlameRows {
  const n = layout.spanIndex.length;
  const rowStart = new Int32Array(layout.rows + 1);
  for (let k = 0; k < n; k++) rowStart[layout.depth[k]! + 1]!++;
  for (let d = 0; d < layout.rows; d++) rowStart[d + 1]! += rowStart[d]!;
  const fill = rowStart.slice(0, layout.rows);
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[fill[layout.depth[k]!]!++] = k;
  return { rowStart, order };
}

/**
 * The rectangle under a point (`row`, `offsetUs` from the view start), or -1. Among
 * overlapping rectangles (parallel siblings) the narrowest wins: it is the one drawn last
 * and hardest to hit otherwise.
 */
export function flameHit(layout: FlameLayout, rows: FlameRows, row: number, offsetUs: number): number {
  if (row < 0 || row >= layout.rows) return -1;
  let best = -1;
  for (let i = rows.rowStart[row]!; i < rows.rowStart[row + 1]!; i++) {
    const k = rows.order[i]!;
    const x = layout.x[k]!;
    const w = layout.width[k]!;
    if (offsetUs >= x && offsetUs <= x + w && (best < 0 || w < layout.width[best]!)) best = k;
  }
  return best;
}

/** `text` cut to at most `maxChars` characters, with an ellipsis when cut; '' when nothing fits. */
export function fitLabel(text: string, maxChars: number): string {
  if (maxChars < 2) return '';
  if (text.length <= maxChars) return text;
  return `${text.slice(0, maxChars - 1)}…`;
}
