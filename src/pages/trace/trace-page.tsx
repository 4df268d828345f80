import { useCallback, useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router-dom';
import { SpanDetails } from '../../features/span-details/span-details';
import { TraceFilterToolbar } from '../../features/trace-filter/trace-filter-toolbar';
import { TraceHeader } from '../../features/trace-header/trace-header';
import { ExportMenu } from '../../features/trace-export/export-menu';
import { Waterfall } from '../../features/waterfall/waterfall';
import { normalizeTraceId } from '../../model/ids';
import { spanIndexOfUid } from '../../model/span-index-of-uid';
import type { Trace } from '../../model/types';
import { useTrace } from '../../state/server/trace-query';
import { useSourceId } from '../../state/url/source-param';
import { EmptyState } from '../../ui/empty-state';
import { ErrorPanel } from '../../ui/error-panel';
import { useSplitWidth } from './use-split-width';
import { TraceLoading } from './trace-loading';
import { OtherTraceView, preloadTraceViews, TraceViewTabs } from './trace-views';
import { useTraceTools } from './use-trace-tools';
import { useTraceView } from './use-trace-view';
import './trace-page.css';

const PRELOAD_VIEWS_AFTER_MS = 3000;

/** `/trace/:traceId?source=…&span=…`: one trace, its waterfall and the selected span. */
export function TracePage() {
  const { traceId: rawId = '' } = useParams();
  const sourceId = useSourceId();
  // The cache key uses the normalized id, so `/trace/ABC` and `/trace/0abc` share one entry;
  // a malformed id goes to the adapter as typed, which explains what is wrong with it.
  const traceId = normalizeTraceId(rawId) ?? rawId;
  const query = useTrace(sourceId, traceId);

  if (query.isPending) {
    return <TraceLoading sourceId={sourceId} traceId={traceId} />;
  }
  if (query.isError) {
    return (
      <div className="tp tp-state">
        <ErrorPanel error={query.error} context={`Opening trace ${traceId}`} onRetry={() => void query.refetch()} />
        <p className="tp-back">
          <Link to={`/search?source=${encodeURIComponent(sourceId)}`}>Search this source</Link>
        </p>
      </div>
    );
  }
  return <TraceView key={query.data.traceId} trace={query.data} sourceId={sourceId} />;
}

function TraceView({ trace, sourceId }: { trace: Trace; sourceId: string }) {
  const [view, setView] = useTraceView();
  const mainRef = useRef<HTMLDivElement>(null);
  const split = useSplitWidth(mainRef);
  // The span the page itself selected last: the URL's span is almost always that one, and
  // finding it through trace.byUid would build that 100k-entry index (~60 ms) on the first click.
  const lastSelected = useRef<number | null>(null);
  const selectedIndex = view.span === null ? null : spanIndexOfUid(trace, view.span, lastSelected.current);
  const unknownSpan = view.span !== null && selectedIndex === null;

  const select = useCallback(
    (index: number | null, via: 'pointer' | 'keyboard' | 'link' = 'pointer') => {
      const uid = index === null ? null : (trace.spans[index]?.uid ?? null);
      lastSelected.current = uid === null ? null : index;
      setView({ span: uid }, { replace: via === 'keyboard' });
    },
    [trace, setView],
  );
  useEffect(() => {
    const root = trace.spans[trace.roots[0] ?? -1];
    const previous = document.title;
    document.title = `${root ? `${root.service}: ${root.name}` : trace.traceId} · Tracescope`;
    return () => {
      document.title = previous;
    };
  }, [trace]);

  // The other views' code, while the timeline is read: their tabs then open at once. Not
  // in the first seconds, which belong to the trace's own work (first frames, search text).
  useEffect(() => {
    let idle = 0;
    const timer = setTimeout(() => {
      idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(preloadTraceViews) : 0;
      if (idle === 0) preloadTraceViews();
    }, PRELOAD_VIEWS_AFTER_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== 0) cancelIdleCallback(idle);
    };
  }, []);

  const selectFromLink = useCallback((index: number) => select(index, 'link'), [select]);
  const close = useCallback(() => select(null), [select]);
  // Filters, critical path, skew adjustment: `tools.trace` is the trace as shown (adjusted or not).
  const tools = useTraceTools(trace, view, setView, selectedIndex, select);

  return (
    <div className="tp" data-testid="trace-page">
      <TraceHeader trace={tools.trace} actions={<ExportMenu trace={trace} sourceId={sourceId} />} {...tools.header} />
      <TraceViewTabs view={view.view} onChange={(v) => setView({ view: v })} />
      {view.view === 'timeline' && trace.spans.length > 0 && <TraceFilterToolbar {...tools.toolbar} />}
      {unknownSpan && (
        <div className="tp-notice" role="status">
          The span <code>{view.span}</code> named in the link is not in this trace.
        </div>
      )}
      {trace.spans.length === 0 ? (
        <div className="tp-state">
          <EmptyState title="This trace has no spans">
            {trace.warnings.length > 0
              ? trace.warnings.map((w, i) => <p key={i}>{w.message}</p>)
              : 'The source returned the trace without any span.'}
          </EmptyState>
        </div>
      ) : (
        <div className={`tp-main${selectedIndex !== null ? ' has-details' : ''}`} ref={mainRef}>
          <div className="tp-waterfall">
            {view.view === 'timeline' ? (
              <Waterfall trace={tools.trace} selectedIndex={selectedIndex} onSelect={select} view={view} onViewChange={setView} {...tools.waterfall} />
            ) : (
              <OtherTraceView trace={tools.trace} view={view.view} selectedIndex={selectedIndex} onSelect={select} />
            )}
          </div>
          {selectedIndex !== null && (
            <>
              <div
                className="tp-splitter"
                role="separator"
                aria-orientation="vertical"
                aria-label="Resize the span details"
                tabIndex={0}
                onPointerDown={split.onPointerDown}
                onKeyDown={split.onKeyDown}
              />
              <aside className="tp-details">
                <SpanDetails
                  trace={tools.trace}
                  spanIndex={selectedIndex}
                  sourceId={sourceId}
                  onSelect={selectFromLink}
                  onClose={close}
                />
              </aside>
            </>
          )}
        </div>
      )}
    </div>
  );
}
