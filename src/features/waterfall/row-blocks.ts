/**
 * Which blocks of rows the tree guides and the timeline canvases are drawn for. What a block
 * shows never changes while it stays in the window, so scrolling adds and drops whole blocks
 * and draws nothing else. Drawn across the rendered rows themselves, the guide lines would be
 * cut where the rendered rows start and end, so they would move and stretch on every scroll
 * frame: new styles, layout and garbage for every box, every frame (ADR 0010, session 16).
 */
export interface BlockRange {
  /** First block, inclusive. */
  readonly from: number;
  /** Last block, exclusive. */
  readonly to: number;
}

/** The blocks of `size` rows holding the rendered rows `first`..`last` (inclusive). */
export function blocksInView(first: number, last: number, rowCount: number, size: number): BlockRange {
  if (rowCount <= 0 || last < first) return { from: 0, to: 0 };
  const lastRow = Math.min(last, rowCount - 1);
  return { from: Math.floor(Math.max(0, first) / size), to: Math.floor(lastRow / size) + 1 };
}

/** The rows (positions in the list) of block `block` of `size` rows: [from, to). */
export function rowsOfBlock(block: number, rowCount: number, size: number): { readonly from: number; readonly to: number } {
  return { from: Math.min(rowCount, block * size), to: Math.min(rowCount, (block + 1) * size) };
}
