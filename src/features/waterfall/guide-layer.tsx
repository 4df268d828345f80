import { memo } from 'react';
import type { Span } from '../../model/types';
import { guidePath } from './guide-path';
import { rowsOfBlock } from './row-blocks';

interface GuideGeometryProps {
  readonly rowHeight: number;
  readonly indentPx: number;
  /** The name cell's own left padding, before the indentation. */
  readonly padPx: number;
  readonly maxLevels: number;
  /** Rows per block (row-blocks.ts). */
  readonly blockRows: number;
}

export interface GuideLayerProps extends GuideGeometryProps {
  readonly spans: readonly Span[];
  /** The span index of each row of the list, in display order. */
  readonly rows: ArrayLike<number>;
  /** The blocks to draw, [fromBlock, toBlock) (row-blocks.ts). */
  readonly fromBlock: number;
  readonly toBlock: number;
}

/**
 * The tree guides of the rendered rows, over the name column (clipped to it, as the rows' own
 * content is): one SVG path per block of rows, holding the block's lines and its rows' elbow
 * arms (guide-path.ts). While scrolling, whole blocks come and go; a block that stays is not
 * rendered again.
 */
export const GuideLayer = memo(function GuideLayer({ fromBlock, toBlock, ...rest }: GuideLayerProps) {
  const blocks = [];
  for (let b = fromBlock; b < toBlock; b++) blocks.push(<GuideBlock key={b} block={b} {...rest} />);
  return (
    <div className="wf-guide-layer" aria-hidden="true">
      {blocks}
    </div>
  );
});

interface GuideBlockProps extends GuideGeometryProps {
  readonly spans: readonly Span[];
  readonly rows: ArrayLike<number>;
  readonly block: number;
}

const GuideBlock = memo(function GuideBlock(props: GuideBlockProps) {
  const { spans, rows, block, rowHeight, indentPx, padPx, maxLevels, blockRows: size } = props;
  const { from, to } = rowsOfBlock(block, rows.length, size);
  const indices = new Array<number>(to - from);
  for (let r = from; r < to; r++) indices[r - from] = rows[r]!;
  const d = guidePath(spans, indices, { rowHeight, indentPx, padPx, maxLevels });
  const width = padPx + (maxLevels + 1) * indentPx;
  return (
    <svg className="wf-guide-block" style={{ top: from * rowHeight }} width={width} height={(to - from) * rowHeight}>
      <path d={d} />
    </svg>
  );
});
