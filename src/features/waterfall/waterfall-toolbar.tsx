import { memo } from 'react';
import { formatCount } from '../../lib/format-count';

interface WaterfallToolbarProps {
  readonly shownRows: number;
  readonly totalSpans: number;
  readonly onExpandAll: () => void;
  readonly onCollapseAll: () => void;
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
      <span className="wf-keys-hint" title="↑/↓ move · ←/→ collapse/expand · Space toggle · Enter details · z zoom · f focus · ? all keys">
        Keys: ↑ ↓ ← → Space z f · ? help
      </span>
    </div>
  );
});
