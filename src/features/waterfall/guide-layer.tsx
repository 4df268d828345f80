import type { CSSProperties } from 'react';
import type { Span } from '../../model/types';
import { guideSegments } from './guide-segments';

export interface GuideLayerProps {
  readonly spans: readonly Span[];
  /** Span indices of the rendered rows, in display order (consecutive rows). */
  readonly spanIndices: readonly number[];
  /** Top of the first rendered row, px from the top of the list. */
  readonly firstTop: number;
  readonly rowHeight: number;
  readonly indentPx: number;
  readonly maxLevels: number;
}

/**
 * The vertical tree guides of the rendered rows, one plain box per merged line, over the name
 * column (clipped to it, as the rows' own content is). Keys are per level and order, so while
 * scrolling the same few boxes only move and stretch.
 */
export function GuideLayer({ spans, spanIndices, firstTop, rowHeight, indentPx, maxLevels }: GuideLayerProps) {
  const segments = guideSegments(spans, spanIndices, firstTop, { rowHeight, maxLevels });
  const perLevel = new Array<number>(maxLevels).fill(0);
  const half = indentPx / 2;
  return (
    <div className="wf-guide-layer" aria-hidden="true">
      {segments.map((s) => {
        const nth = perLevel[s.level]!++;
        const style: CSSProperties = { left: s.level * indentPx + half, top: s.top, height: s.height };
        return <span key={`${s.level}:${nth}`} className="wf-guide-line" style={style} />;
      })}
    </div>
  );
}
