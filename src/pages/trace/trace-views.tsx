import { Suspense, type KeyboardEvent } from 'react';
import type { Trace } from '../../model/types';
import { TRACE_VIEW_KINDS, type TraceViewKind } from '../../state/url/trace-view-codec';
import { preloadableLazy } from '../../ui/preloadable-lazy';
import { Spinner } from '../../ui/spinner';

// Loaded apart: the timeline is what opens first, and its time to first rows should not pay
// for parsing the other views' code (encoders, canvas, graph). preloadTraceViews loads it
// once the trace is on screen, so a tab opens at once instead of after a spinner.
const LAZY_VIEWS = {
  stats: preloadableLazy(() => import('../../features/trace-stats/trace-stats').then((m) => m.TraceStats)),
  flame: preloadableLazy(() => import('../../features/flame-graph/flame-graph').then((m) => m.FlameGraph)),
  json: preloadableLazy(() => import('../../features/raw-json/raw-json').then((m) => m.RawJson)),
  graph: preloadableLazy(() => import('./trace-service-graph').then((m) => m.TraceServiceGraph)),
} as const;
const TraceStats = LAZY_VIEWS.stats.View;
const FlameGraph = LAZY_VIEWS.flame.View;
const RawJson = LAZY_VIEWS.json.View;
const TraceServiceGraph = LAZY_VIEWS.graph.View;

/** Loads the code of every view but the timeline; a failure is left for the view to show when opened. */
export function preloadTraceViews(): void {
  for (const view of Object.values(LAZY_VIEWS)) view.preload().catch(() => undefined);
}

const LABELS: Record<TraceViewKind, string> = {
  timeline: 'Timeline',
  stats: 'Statistics',
  flame: 'Flame graph',
  graph: 'Service graph',
  json: 'JSON',
};

/** The view switcher under the trace header; the choice lives in the URL (`view=`). */
export function TraceViewTabs({ view, onChange }: { view: TraceViewKind; onChange: (v: TraceViewKind) => void }) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = TRACE_VIEW_KINDS.indexOf(view);
    const next = TRACE_VIEW_KINDS[(i + (e.key === 'ArrowRight' ? 1 : TRACE_VIEW_KINDS.length - 1)) % TRACE_VIEW_KINDS.length]!;
    onChange(next);
    (e.currentTarget.querySelector(`[data-view="${next}"]`) as HTMLElement | null)?.focus();
  };
  return (
    // Pointing at or focusing the tabs loads the views' code, if the page has not yet.
    <div className="tp-tabs" role="tablist" aria-label="Trace views" onKeyDown={onKeyDown} onPointerEnter={preloadTraceViews} onFocus={preloadTraceViews}>
      {TRACE_VIEW_KINDS.map((v) => (
        <button
          key={v}
          type="button"
          role="tab"
          className="tp-tab"
          aria-selected={v === view}
          tabIndex={v === view ? 0 : -1}
          data-view={v}
          data-testid={`view-tab-${v}`}
          onClick={() => onChange(v)}
        >
          {LABELS[v]}
        </button>
      ))}
    </div>
  );
}

export interface OtherTraceViewProps {
  readonly trace: Trace;
  readonly view: Exclude<TraceViewKind, 'timeline'>;
  readonly selectedIndex: number | null;
  readonly onSelect: (index: number | null) => void;
}

/** Every view of the trace except the timeline, which the page renders itself. */
export function OtherTraceView(props: OtherTraceViewProps) {
  return (
    <Suspense
      fallback={
        <div className="tp-state">
          <Spinner label="Loading the view…" />
        </div>
      }
    >
      <ViewBody {...props} />
    </Suspense>
  );
}

function ViewBody({ trace, view, selectedIndex, onSelect }: OtherTraceViewProps) {
  switch (view) {
    case 'stats':
      return <TraceStats trace={trace} />;
    case 'flame':
      return <FlameGraph trace={trace} selectedIndex={selectedIndex} onSelect={onSelect} />;
    case 'graph':
      return <TraceServiceGraph trace={trace} />;
    case 'json':
      return <RawJson trace={trace} />;
  }
}
