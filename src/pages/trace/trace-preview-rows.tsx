import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import { axisTicks } from '../../features/waterfall/axis-ticks';
import { GuideLayer } from '../../features/waterfall/guide-layer';
import { INDENT_PX, MAX_INDENT_LEVELS, NAME_PADDING_PX, ROW_HEIGHT, SpanRow } from '../../features/waterfall/span-row';
import { TimeAxis, TimeGrid } from '../../features/waterfall/time-axis';
import { TimelineLayer } from '../../features/waterfall/timeline-layer';
import { useTimelineTitle } from '../../features/waterfall/use-timeline-title';
import { useNameColumnResize } from '../../features/waterfall/use-name-column-resize';
import { WaterfallToolbar } from '../../features/waterfall/waterfall-toolbar';
import '../../features/waterfall/view-controls.css';
import '../../features/waterfall/waterfall.css';
import { FULL_WINDOW } from '../../lib/zoom-window';
import type { TracePreview } from '../../model/trace-preview';
import { useTimeMode } from '../../state/ui/time-mode-store';
import { useTraceView } from './use-trace-view';

const noop = () => {};

/**
 * The first waterfall rows of a big trace while the rest of it is decoded: the waterfall's own
 * rows, toolbar, axis and name column, in the places the full view will have them (the
 * minimap's place is kept empty), in the address's zoom window and time mode. A click
 * selects the span in the address, so the full view opens with it selected. `status` says
 * what is still going on, where the keys hint will be.
 */
export function TracePreviewRows({ preview, status }: { preview: TracePreview; status: ReactNode }) {
  const [view, setView] = useTraceView();
  const containerRef = useRef<HTMLDivElement>(null);
  useNameColumnResize(containerRef);
  const storedMode = useTimeMode();
  const timeMode = view.time ?? storedMode;
  const { rows, startUs, endUs, spanCount } = preview;
  const durationUs = endUs - startUs;
  const zoom = view.zoom ?? FULL_WINDOW;
  const fromUs = zoom.start * durationUs;
  const toUs = zoom.end * durationUs;
  const ticks = useMemo(() => axisTicks(startUs, fromUs, toUs, timeMode, 6), [startUs, fromUs, toUs, timeMode]);
  const select = useCallback((index: number) => setView({ span: rows[index]?.uid ?? null }), [rows, setView]);
  // The preview's rows, all of them one block for the guides and the timeline canvas.
  const oneBlock = useMemo(
    () => ({ spans: rows, rows: rows.map((_, k) => k), fromBlock: 0, toBlock: 1, blockRows: Math.max(1, rows.length), rowHeight: ROW_HEIGHT }),
    [rows],
  );
  const windowStartUs = startUs + fromUs;
  const windowDurationUs = toUs - fromUs;
  const timelineTitle = useTimelineTitle(rows, { startUs: windowStartUs, durationUs: windowDurationUs });
  const selectedRow = rows.findIndex((span) => span.uid === view.span);
  return (
    <div className="wf tp-preview" ref={containerRef} aria-busy="true" data-testid="trace-preview" data-read-from={preview.readFrom ?? 'parsed'}>
      {/* The controls work once the whole trace is open. */}
      <div inert>
        <WaterfallToolbar shownRows={spanCount} totalSpans={spanCount} onExpandAll={noop} onCollapseAll={noop} status={status} />
        <div className="wf-timebar">
          <div className="wf-timebar-controls" />
          <div className="wf-timebar-minimap">
            <div className="wf-minimap" />
          </div>
        </div>
      </div>
      <div className="wf-header">
        <div className="wf-header-name">
          <span>Service · operation</span>
        </div>
        <div className="wf-header-time">
          <TimeAxis ticks={ticks} />
        </div>
      </div>
      <div className="wf-body" role="treegrid" aria-label="Spans (first rows, still opening)" aria-rowcount={spanCount}>
        <div className="wf-canvas" style={{ height: rows.length * ROW_HEIGHT }}>
          <div className="wf-grid-layer">
            <TimeGrid ticks={ticks} />
          </div>
          {rows.map((span, k) => (
            <SpanRow
              key={k}
              spans={rows}
              index={k}
              position={k}
              top={k * ROW_HEIGHT}
              selected={span.uid === view.span}
              collapsed={false}
              onToggle={noop}
              onSelect={select}
              onTimelineHover={timelineTitle}
            />
          ))}
          <GuideLayer
            {...oneBlock}
            indentPx={INDENT_PX}
            padPx={NAME_PADDING_PX}
            maxLevels={MAX_INDENT_LEVELS}
          />
          <TimelineLayer
            {...oneBlock}
            windowStartUs={windowStartUs}
            windowDurationUs={windowDurationUs}
            selectedRow={selectedRow}
            critical={null}
          />
        </div>
      </div>
    </div>
  );
}
