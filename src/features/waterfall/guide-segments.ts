import type { Span } from '../../model/types';
import { treeGuides } from './tree-guides';

/**
 * The vertical tree-guide lines of a run of consecutive rows, merged across rows: a line that
 * passes through twenty rows is one segment, not twenty pieces. Drawing them as a few plain
 * boxes over the rendered window is much cheaper than a gradient layer per line per row
 * (style parsing and painting every row that scrolls in). The elbow's arm (─) is the row's.
 */
export interface GuideSegment {
  /** Display level (0-based): the line's x is level × indent + indent / 2. */
  readonly level: number;
  /** Pixels from the top of the list. */
  readonly top: number;
  readonly height: number;
}

export interface GuideGeometry {
  readonly rowHeight: number;
  readonly maxLevels: number;
}

/**
 * Segments for the rows `spanIndices` (in display order), the first one at `firstTop`, each
 * `rowHeight` tall. Per row: a full-height line at every level in its `through` set and at its
 * elbow when it is not the last child; a last child's elbow stops just past the middle (└).
 */
export function guideSegments(
  spans: readonly Span[],
  spanIndices: readonly number[],
  firstTop: number,
  { rowHeight, maxLevels }: GuideGeometry,
): GuideSegment[] {
  const out: GuideSegment[] = [];
  // Where the line now open at each level started (NaN: no line open there).
  const openAt: number[] = new Array<number>(maxLevels).fill(NaN);
  const lastTail = Math.floor(rowHeight / 2) + 1;
  const close = (level: number, bottom: number) => {
    const top = openAt[level]!;
    if (!Number.isNaN(top)) out.push({ level, top, height: bottom - top });
    openAt[level] = NaN;
  };
  const fullHere: boolean[] = new Array<boolean>(maxLevels).fill(false);
  for (let r = 0; r < spanIndices.length; r++) {
    const rowTop = firstTop + r * rowHeight;
    const g = treeGuides(spans, spanIndices[r]!, maxLevels);
    fullHere.fill(false);
    for (const level of g.through) fullHere[level] = true;
    const elbowLevel = g.indent - 1;
    if (g.elbow === 'mid') fullHere[elbowLevel] = true;
    for (let level = 0; level < maxLevels; level++) {
      const open = !Number.isNaN(openAt[level]!);
      if (fullHere[level]) {
        if (!open) openAt[level] = rowTop;
      } else if (g.elbow === 'last' && level === elbowLevel) {
        // └: the line ends inside this row, continuing one from above if there is one.
        if (!open) openAt[level] = rowTop;
        close(level, rowTop + lastTail);
      } else if (open) {
        close(level, rowTop);
      }
    }
  }
  const bottom = firstTop + spanIndices.length * rowHeight;
  for (let level = 0; level < maxLevels; level++) close(level, bottom);
  return out;
}
