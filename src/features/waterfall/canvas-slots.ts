/**
 * Which block of rows each of a fixed set of canvases shows (-1: none). Canvases are kept and
 * handed from a block leaving the view to one entering it, never made anew: every new canvas
 * is a new element and pixel buffer, and every dropped one garbage until a GC, the very
 * churn painting the timeline is there to end (ADR 0010, session 17).
 *
 * A block in view keeps its canvas; a block entering takes a free one, and only when none is
 * free is a canvas added. Returns `previous` itself when nothing changes.
 */
export function assignSlots(previous: readonly number[], from: number, to: number): readonly number[] {
  const inView = (block: number) => block >= from && block < to;
  let next: number[] | null = null;
  previous.forEach((block, slot) => {
    if (block >= 0 && !inView(block)) (next ??= previous.slice())[slot] = -1;
  });
  for (let block = from; block < to; block++) {
    if ((next ?? previous).includes(block)) continue;
    next ??= previous.slice();
    const free = next.indexOf(-1);
    if (free >= 0) next[free] = block;
    else next.push(block);
  }
  return next ?? previous;
}
