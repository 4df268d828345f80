import type { Span } from '../../model/types';
import { guideSegments, type GuideGeometry } from './guide-segments';
import { displayIndent } from './tree-guides';

export interface GuidePathGeometry extends GuideGeometry {
  /** Width of one level of indentation. */
  readonly indentPx: number;
  /** The name cell's own left padding, before the indentation. */
  readonly padPx: number;
}

/**
 * The tree guides of a run of rows as one SVG path, in pixels from the top of its first row:
 * each merged vertical line (guide-segments.ts) and each row's elbow arm (─, from its parent's
 * line to where its name is indented). One path for a block of rows costs the page two
 * elements, where boxes cost one per line and one per row (ADR 0010, session 16). Lines sit
 * at pixel centres (x.5), so a 1-unit stroke covers whole pixels.
 */
export function guidePath(spans: readonly Span[], spanIndices: readonly number[], g: GuidePathGeometry): string {
  const parts: string[] = [];
  // The line of level L is the pixel column padPx + L·indent + indent/2.
  const lineX = (level: number) => g.padPx + level * g.indentPx + Math.floor(g.indentPx / 2) + 0.5;
  for (const s of guideSegments(spans, spanIndices, 0, g)) parts.push(`M${lineX(s.level)} ${s.top}v${s.height}`);
  // The arm leaves the parent's line at the row's middle and ends where the name begins.
  const armY = Math.floor(g.rowHeight / 2) + 0.5;
  for (let r = 0; r < spanIndices.length; r++) {
    const span = spans[spanIndices[r]!];
    const indent = span ? displayIndent(span, g.maxLevels) : 0;
    if (indent === 0) continue;
    const from = lineX(indent - 1) - 0.5;
    const to = g.padPx + indent * g.indentPx;
    parts.push(`M${from} ${r * g.rowHeight + armY}h${to - from}`);
  }
  return parts.join('');
}
