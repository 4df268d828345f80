import { TraceFilterToolbar, type TraceFilterToolbarProps } from '../../features/trace-filter/trace-filter-toolbar';
import type { TracePreview } from '../../model/trace-preview';
import { Spinner } from '../../ui/spinner';
import { TracePreviewHeader } from './trace-preview-header';
import { TracePreviewRows } from './trace-preview-rows';
import { TraceViewTabs } from './trace-views';
import { useTraceView } from './use-trace-view';

const noop = () => {};
/** The in-trace search and critical path as they are before anything is typed or chosen. */
const IDLE_TOOLBAR: TraceFilterToolbarProps = {
  search: {
    text: '',
    onTextChange: noop,
    error: null,
    matchCount: null,
    position: 0,
    onStep: noop,
    matchesOnly: false,
    onMatchesOnly: noop,
    quickFilter: 'none',
    onQuickFilter: noop,
    busy: false,
  },
  critical: { on: false, onToggle: noop, info: null, onStep: noop },
};

/**
 * The trace page while a big trace opens: the header as far as the preview knows it, the
 * view tabs, the toolbars (not yet active) and the first rows, each where the full page will
 * have it, so that nothing moves when the full view takes over (checked by
 * e2e/trace-preview.spec.ts). The tabs already work: they pick the view the trace opens in.
 */
export function TracePreviewPage({ preview, status }: { preview: TracePreview; status: string }) {
  const [view, setView] = useTraceView();
  return (
    <div className="tp tp-opening" data-testid="trace-loading">
      <TracePreviewHeader preview={preview} />
      <TraceViewTabs view={view.view} onChange={(v) => setView({ view: v })} />
      <div inert>
        <TraceFilterToolbar {...IDLE_TOOLBAR} />
      </div>
      <div className="tp-main">
        <div className="tp-waterfall">
          <TracePreviewRows preview={preview} status={<Spinner label={status} />} />
        </div>
      </div>
    </div>
  );
}
