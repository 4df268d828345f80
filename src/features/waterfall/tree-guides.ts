import type { Span } from '../../model/types';

/**
 * Tree guides of one row, as in a file tree: a vertical line at every ancestor level whose
 * branch continues below this row, and an elbow (├ or └) joining the row to its parent.
 *
 * Indentation is capped at `maxLevels`; deeper rows show only their nearest `maxLevels`
 * levels (the row also shows its depth). Cost is O(min(depth, maxLevels)) per row, so
 * a 10,000-level chain costs the same per row as a shallow trace.
 */
export interface TreeGuides {
  /** Display indentation, in levels (≤ maxLevels). */
  readonly indent: number;
  /** Display levels (0 ≤ level < indent − 1) with a line passing through this row. */
  readonly through: readonly number[];
  /** The elbow at display level indent − 1; null for roots. */
  readonly elbow: 'mid' | 'last' | null;
  /** True when levels above the display were cut off. */
  readonly clipped: boolean;
}

const ROOT: TreeGuides = { indent: 0, through: [], elbow: null, clipped: false };

function isLastChild(spans: readonly Span[], index: number): boolean {
  const parent = spans[spans[index]!.parentIndex];
  if (!parent) return true;
  return parent.children[parent.children.length - 1] === index;
}

/** Display indentation of a span's row, in levels: 0 for a root, else its depth up to `maxLevels`. */
export function displayIndent(span: Span, maxLevels: number): number {
  return span.depth <= 0 || span.parentIndex < 0 ? 0 : Math.min(span.depth, maxLevels);
}

export function treeGuides(spans: readonly Span[], index: number, maxLevels: number): TreeGuides {
  const span = spans[index];
  const indent = span ? displayIndent(span, maxLevels) : 0;
  if (!span || indent === 0) return ROOT;
  const shift = span.depth - indent; // levels hidden on the left
  const through: number[] = [];
  // Walk up: the ancestor at depth d+1 decides whether the line at level d continues.
  let node = span.parentIndex;
  for (let level = indent - 2; level >= 0 && node >= 0; level--) {
    if (!isLastChild(spans, node)) through.push(level);
    node = spans[node]!.parentIndex;
  }
  through.reverse();
  return {
    indent,
    through,
    elbow: isLastChild(spans, index) ? 'last' : 'mid',
    clipped: shift > 0,
  };
}
