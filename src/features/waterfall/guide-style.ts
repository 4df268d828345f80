import type { TreeGuides } from './tree-guides';

/**
 * The tree guides of a row drawn by one element: each line is a 1px gradient layer of its
 * background, placed by background-position, instead of one absolutely placed element per
 * line. Rows with the same guide pattern share one style object (cached), so React writes
 * nothing when a reused row keeps its pattern, and no strings are built per row.
 */
export interface GuideStyle {
  readonly width: number;
  readonly backgroundImage: string;
  readonly backgroundPosition: string;
  readonly backgroundSize: string;
}

const LINE = 'linear-gradient(var(--wf-guide), var(--wf-guide))';
const cache = new Map<string, GuideStyle>();

/** Style of the guides element, or null for a row without guides (a root). */
export function guideStyle(guides: TreeGuides, indentPx: number, rowHeight: number): GuideStyle | null {
  if (guides.indent === 0 || guides.elbow === null) return null;
  const key = `${guides.indent} ${guides.elbow} ${guides.through.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const half = indentPx / 2;
  const mid = rowHeight / 2;
  const positions: string[] = [];
  const sizes: string[] = [];
  for (const level of guides.through) {
    positions.push(`${level * indentPx + half}px 0px`);
    sizes.push('1px 100%');
  }
  const elbowX = (guides.indent - 1) * indentPx + half;
  // ├ runs the whole row; └ stops at the middle, where its arm leaves.
  positions.push(`${elbowX}px 0px`, `${elbowX}px ${mid}px`);
  sizes.push(guides.elbow === 'mid' ? '1px 100%' : `1px ${mid + 1}px`, `${half}px 1px`);
  const style: GuideStyle = {
    width: guides.indent * indentPx,
    backgroundImage: new Array<string>(positions.length).fill(LINE).join(', '),
    backgroundPosition: positions.join(', '),
    backgroundSize: sizes.join(', '),
  };
  cache.set(key, style);
  return style;
}
