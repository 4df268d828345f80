/** Position of each span in `rows` (span indices in display order), or -1 when hidden. */
export function rowPositions(spanCount: number, rows: Int32Array): Int32Array {
  const pos = new Int32Array(spanCount).fill(-1);
  for (let r = 0; r < rows.length; r++) pos[rows[r]!] = r;
  return pos;
}
