import { memo } from 'react';
import { ROW_HEIGHT } from './span-row';

/**
 * Buttons on the selected row, at the right end of its name cell: zoom the timeline to the
 * span, and re-root the waterfall on its subtree. Drawn over the row (not inside it), so the
 * memoized rows stay untouched.
 */
export const RowActions = memo(function RowActions(props: {
  readonly top: number;
  readonly index: number;
  readonly canFocus: boolean;
  readonly onZoom: (index: number) => void;
  readonly onFocus: (index: number) => void;
}) {
  const { top, index } = props;
  return (
    <div className="wf-row-actions" style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}>
      <button
        type="button"
        className="wf-row-action"
        title="Zoom the timeline to this span (z)"
        onClick={(e) => {
          e.stopPropagation();
          props.onZoom(index);
        }}
        data-testid="zoom-to-span"
      >
        Zoom
      </button>
      {props.canFocus && (
        <button
          type="button"
          className="wf-row-action"
          title="Show only this span’s subtree (f)"
          onClick={(e) => {
            e.stopPropagation();
            props.onFocus(index);
          }}
          data-testid="focus-subtree"
        >
          Focus
        </button>
      )}
    </div>
  );
});
