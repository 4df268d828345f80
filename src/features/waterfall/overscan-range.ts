/**
 * Which rows to render around the visible ones. Rows beyond the viewport exist only so that
 * a scroll the compositor shows before the page has rendered it finds rows, not a blank:
 * that only happens ahead of the scroll. So while scrolling, render `ahead` extra rows in
 * the scroll direction and `behind` on the other side; at rest, `atRest` on each side.
 * Every extra row is laid out and painted on every frame of a fast scroll. A leap (a scroll
 * farther than the viewport in one step, as when dragging the scrollbar or sweeping through
 * the trace) lands on rows none of which were rendered: rows beyond the viewport would only
 * be thrown away by the next leap, so a leap renders none.
 */
export interface OverscanRows {
  readonly ahead: number;
  readonly behind: number;
  readonly atRest: number;
}

export type ScrollDirection = 'forward' | 'backward' | 'leap' | null;

/** Row positions to render (ascending, consecutive), as a virtualizer's rangeExtractor returns. */
export function overscanRange(
  visible: { readonly startIndex: number; readonly endIndex: number; readonly count: number },
  direction: ScrollDirection,
  rows: OverscanRows,
): number[] {
  if (visible.count <= 0) return [];
  const before = direction === null ? rows.atRest : direction === 'leap' ? 0 : direction === 'forward' ? rows.behind : rows.ahead;
  const after = direction === null ? rows.atRest : direction === 'leap' ? 0 : direction === 'forward' ? rows.ahead : rows.behind;
  const start = Math.max(0, visible.startIndex - before);
  const end = Math.min(visible.count - 1, visible.endIndex + after);
  const out = new Array<number>(Math.max(0, end - start + 1));
  for (let i = 0; i < out.length; i++) out[i] = start + i;
  return out;
}
