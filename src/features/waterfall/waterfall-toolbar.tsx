import { memo, type ReactNode } from 'react';
import { formatCount } from '../../lib/format-count';

interface WaterfallToolbarProps {
  readonly shownRows: number;
  readonly totalSpans: number;
  readonly onExpandAll: () => void;
  readonly onCollapseAll: () => void;
  /** In place of the keys hint: what is still going on (the first rows of a big trace). */
  readonly status?: ReactNode;
}

export const WaterfallToolbar = memo(function WaterfallToolbar(props: WaterfallToolbarProps) {
  const { shownRows, totalSpans } = props;
  return (
    <div className="wf-toolbar" role="toolbar" aria-label="Waterfall">
      <button type="button" className="wf-tool" onClick={props.onExpandAll} data-testid="expand-all">
        Expand all
      </button>
      <button type="button" className="wf-tool" onClick={props.onCollapseAll} data-testid="collapse-all">
        Collapse all
      </button>
      <span className="wf-row-count" data-testid="row-count">
        {shownRows === totalSpans
          ? `${formatCount(totalSpans)} spans`
          : `${formatCount(shownRows)} of ${formatCount(totalSpans)} spans shown`}
      </span>
      {props.status ?? (
        <span className="wf-keys-hint" title="↑/↓ move · ←/→ collapse/expand · Space toggle · Enter details · z zoom · f focus · ? all keys">
          Keys: ↑ ↓ ← → Space z f · ? help
        </span>
      )}
    </div>
  );
});
