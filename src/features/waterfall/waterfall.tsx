import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { CriticalSegment } from '../../model/analyses/critical-path';
import { matchMask } from '../../model/analyses/match-nav';
import { visibleRows } from '../../model/analyses/rows';
import type { Trace } from '../../model/types';
import type { TraceViewState } from '../../state/url/trace-view-codec';
import { axisTicks } from './axis-ticks';
import { FocusBar } from './focus-bar';
import { GuideLayer } from './guide-layer';
import { blocksInView } from './row-blocks';
import { KeyboardHelp } from './keyboard-help';
import { RowActions } from './row-actions';
import { INDENT_PX, MAX_INDENT_LEVELS, NAME_PADDING_PX, ROW_HEIGHT, SpanRow } from './span-row';
import { TimeAxis, TimeGrid } from './time-axis';
import { Timebar } from './timebar';
import { useAxisDragZoom, useWheelZoom } from './timeline-zoom';
import { useWaterfallView } from './use-waterfall-view';
import { runWaterfallKey } from './waterfall-keys';
import { TimelineLayer } from './timeline-layer';
import { useTimelineTitle } from './use-timeline-title';
import { useCollapsed } from './use-collapsed';
import { useNameColumnResize } from './use-name-column-resize';
import { rowPositions } from './row-positions';
import { overscanRange, type OverscanRows, type ScrollDirection } from './overscan-range';
import { WaterfallToolbar } from './waterfall-toolbar';
import './waterfall.css';

export interface WaterfallProps {
  readonly trace: Trace;
  /** Index of the selected span in trace.spans, or null. */
  readonly selectedIndex: number | null;
  /** `via` lets the page keep keyboard stepping out of the history. */
  readonly onSelect: (index: number | null, via: 'pointer' | 'keyboard') => void;
  /** The URL's view state: collapsed rows, focus, zoom and time mode live there. */
  readonly view: WaterfallView;
  readonly onViewChange: (patch: Partial<WaterfallView>, options?: { replace?: boolean }) => void;
  /** Enter on a row; without it, Enter selects the row (which opens the details). */
  readonly onOpenDetails?: (index: number) => void;
  /** `n` / `N`: next / previous in-trace search match (the search feature's). */
  readonly onNextMatch?: () => void;
  readonly onPrevMatch?: () => void;
  /** Spans matching the in-trace filter (ascending), highlighted; null when no filter. */
  readonly matches?: Int32Array | null;
  /** Show only the matches and their ancestors. */
  readonly matchesOnly?: boolean;
  /** Critical-path segments per span, drawn as bands on the bars; null when off. */
  readonly criticalSegments?: ReadonlyMap<number, readonly CriticalSegment[]> | null;
}

/**
 * Rows rendered beyond the viewport. A wheel flick moves about five rows a frame, so eight
 * rows ahead cover what the compositor may scroll before the page renders the new rows.
 */
const OVERSCAN: OverscanRows = { ahead: 8, behind: 2, atRest: 4 };

/** Rows per block of tree guides (row-blocks.ts): a flick brings in a new block every ~13 frames. */
const GUIDE_BLOCK_ROWS = 64;
/**
 * Rows per canvas of the timeline column (timeline-layer.tsx): small enough that a flick
 * paints 16 rows every third frame or so rather than 64 at once, large enough that few
 * canvases cover the view.
 */
const TIMELINE_BLOCK_ROWS = 16;

export type WaterfallView = Pick<TraceViewState, 'collapsed' | 'focus' | 'zoom' | 'time'>;

/**
 * The trace timeline: a virtualized list of span rows in tree order (only the rows in view
 * are in the DOM), a time axis, tree guides and expand/collapse. Heavy values (visible
 * rows, row positions) are derived once per collapse change, never per scroll frame.
 */
export function Waterfall(props: WaterfallProps) {
  const { trace, selectedIndex, onSelect, matches = null, matchesOnly = false, criticalSegments = null } = props;
  const { view, onViewChange } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const axisRef = useRef<HTMLDivElement>(null);
  const writeCollapsed = useCallback((text: string) => onViewChange({ collapsed: text }, { replace: true }), [onViewChange]);
  const { collapsed, toggle, setOne, expandAll, collapseAll, collapseToDepth, collapseShorterThan, reveal } =
    useCollapsed(trace, view.collapsed, writeCollapsed);
  const wv = useWaterfallView(trace, view, onViewChange, selectedIndex);
  const { zoom, focusIndex, timeMode } = wv;
  const spans = trace.spans;

  const focus = focusIndex ?? undefined;
  // Matches change the rows only in matches-only mode; otherwise they only highlight.
  const rowFilter = matchesOnly ? matches : null;
  const rows = useMemo(
    () => visibleRows(trace, rowFilter ? { collapsed, matches: rowFilter, matchesOnly: true, focus } : { collapsed, focus }),
    [trace, collapsed, rowFilter, focus],
  );
  const matched = useMemo(() => (matches ? matchMask(spans.length, matches) : null), [spans.length, matches]);
  const positions = useMemo(() => rowPositions(spans.length, rows), [spans.length, rows]);
  // The visible time window; only O(1) values change per zoom frame.
  const windowStartUs = trace.startUs + zoom.start * trace.durationUs;
  const windowDurationUs = (zoom.end - zoom.start) * trace.durationUs;
  const fromUs = zoom.start * trace.durationUs;
  const toUs = zoom.end * trace.durationUs;
  const timelineTitle = useTimelineTitle(spans, { startUs: windowStartUs, durationUs: windowDurationUs });
  const ticks = useMemo(() => axisTicks(trace.startUs, fromUs, toUs, timeMode, 6), [trace.startUs, fromUs, toUs, timeMode]);
  const resize = useNameColumnResize(containerRef);
  useWheelZoom(containerRef, axisRef, wv.updateZoom);
  const axisDrag = useAxisDragZoom(wv.updateZoom);

  // getItemKey must keep its identity between renders: the virtualizer rebuilds its O(n)
  // measurement table whenever it changes, which would make every scroll frame O(n).
  const getItemKey = useCallback((i: number) => rows[i] ?? i, [rows]);
  // Extra rows mostly ahead of the scroll (overscan-range.ts); stable, like getItemKey.
  const directionRef = useRef<ScrollDirection>(null);
  const lastOffsetRef = useRef(0);
  const rangeExtractor = useCallback(
    (range: { startIndex: number; endIndex: number; count: number }) => overscanRange(range, directionRef.current, OVERSCAN),
    [],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey,
    rangeExtractor,
    onChange: (instance) => {
      // A step farther than the viewport is a leap (overscan-range.ts): no rows beyond it.
      const offset = instance.scrollOffset ?? 0;
      const leapt = Math.abs(offset - lastOffsetRef.current) > (instance.scrollRect?.height ?? Infinity);
      lastOffsetRef.current = offset;
      directionRef.current = leapt && instance.isScrolling ? 'leap' : instance.scrollDirection;
    },
  });

  // Stable callbacks, so memoized rows do not re-render when the parent does.
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const selectRow = useCallback((index: number) => onSelectRef.current(index, 'pointer'), []);

  // A selection made elsewhere (URL, a link in the details, back/forward) must be visible:
  // when the selection changes, expand its collapsed ancestors once (collapsing an ancestor
  // of the selected span later is allowed), then scroll to it once it has a row.
  const pendingScroll = useRef<number | null>(null);
  const positionsRef = useRef(positions);
  positionsRef.current = positions;
  useEffect(() => {
    pendingScroll.current = selectedIndex;
    if (selectedIndex !== null && (positionsRef.current[selectedIndex] ?? -1) < 0) reveal(selectedIndex);
  }, [selectedIndex, reveal]);
  useEffect(() => {
    const target = pendingScroll.current;
    if (target === null) return;
    const pos = positions[target] ?? -1;
    if (pos < 0) return;
    pendingScroll.current = null;
    virtualizer.scrollToIndex(pos, { align: 'auto' });
  }, [positions, selectedIndex, virtualizer]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Keys on a focused control inside a row (the selected row's Zoom and Focus buttons) keep
    // their own meaning.
    if (e.target !== e.currentTarget && (e.target as HTMLElement).closest('button')) return;
    const handled = runWaterfallKey(e, {
      trace,
      rows,
      positions,
      selectedIndex,
      collapsed,
      pageRows: Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1),
      select: (index) => onSelect(index, 'keyboard'),
      setCollapsed: setOne,
      toggle,
      openDetails: (index) => (props.onOpenDetails ? props.onOpenDetails(index) : onSelect(index, 'pointer')),
      nextMatch: props.onNextMatch,
      prevMatch: props.onPrevMatch,
      zoomToSpan: wv.zoomToSpan,
      zoomBy: wv.zoomBy,
      pan: wv.pan,
      resetZoom: wv.resetZoom,
      focus: wv.focusOn,
      toggleHelp: wv.toggleHelp,
    });
    if (handled) e.preventDefault();
  };

  const items = virtualizer.getVirtualItems();
  const selectedItem = selectedIndex === null ? undefined : items.find((it) => rows[it.index] === selectedIndex);
  const selectedRow = selectedItem ? { start: selectedItem.start, index: selectedIndex! } : null;
  const firstRow = items[0]?.index ?? 0;
  const lastRow = items[items.length - 1]?.index ?? -1;
  const guides = blocksInView(firstRow, lastRow, rows.length, GUIDE_BLOCK_ROWS);
  const timelineBlocks = blocksInView(firstRow, lastRow, rows.length, TIMELINE_BLOCK_ROWS);

  return (
    <div className="wf" ref={containerRef}>
      <WaterfallToolbar
        shownRows={rows.length}
        totalSpans={spans.length}
        onExpandAll={expandAll}
        onCollapseAll={collapseAll}
      />
      <Timebar
        trace={trace}
        zoom={zoom}
        onZoom={wv.brushZoom}
        onResetZoom={wv.resetZoom}
        timeMode={timeMode}
        onTimeMode={wv.setTimeMode}
        onCollapseToDepth={collapseToDepth}
        onCollapseShorterThan={collapseShorterThan}
        onHelp={wv.toggleHelp}
      />
      {focusIndex !== null && <FocusBar trace={trace} focusIndex={focusIndex} onFocus={wv.focusOn} />}
      <div className="wf-header">
        <div className="wf-header-name">
          <span>Service · operation</span>
          <span
            className="wf-resize-handle"
            role="separator"
            aria-orientation="vertical"
            aria-label="Resize the name column"
            tabIndex={0}
            onPointerDown={resize.onPointerDown}
            onKeyDown={resize.onKeyDown}
            data-testid="name-column-resize"
          />
        </div>
        <div
          className="wf-header-time"
          ref={axisRef}
          {...axisDrag.handlers}
          title="Wheel to zoom, drag a range to zoom to it (? for help)"
          data-testid="timeline-header"
        >
          <TimeAxis ticks={ticks} />
          {axisDrag.range && (
            <div
              className="wf-axis-range"
              style={{
                left: `${Math.min(axisDrag.range.a, axisDrag.range.b) * 100}%`,
                width: `${Math.abs(axisDrag.range.b - axisDrag.range.a) * 100}%`,
              }}
            />
          )}
        </div>
      </div>
      <div
        className="wf-body"
        ref={scrollRef}
        tabIndex={0}
        role="treegrid"
        aria-label="Spans"
        aria-rowcount={rows.length}
        onKeyDown={onKeyDown}
        data-testid="waterfall-body"
      >
        <div className="wf-canvas" style={{ height: virtualizer.getTotalSize() }}>
          <div className="wf-grid-layer">
            <TimeGrid ticks={ticks} />
          </div>
          {items.map((item) => {
            const index = rows[item.index]!;
            return (
              <SpanRow
                key={index}
                spans={spans}
                index={index}
                position={item.index}
                top={item.start}
                selected={index === selectedIndex}
                collapsed={collapsed.has(index)}
                matched={matched !== null && matched[index] === 1}
                critical={criticalSegments?.has(index) ?? false}
                onToggle={toggle}
                onSelect={selectRow}
                onTimelineHover={timelineTitle}
              />
            );
          })}
          {/* After the rows: its lines paint over row backgrounds, as lines drawn in a row would. */}
          <GuideLayer
            spans={spans}
            rows={rows}
            fromBlock={guides.from}
            toBlock={guides.to}
            blockRows={GUIDE_BLOCK_ROWS}
            rowHeight={ROW_HEIGHT}
            indentPx={INDENT_PX}
            padPx={NAME_PADDING_PX}
            maxLevels={MAX_INDENT_LEVELS}
          />
          {/* Over the rows too, and under the selected row's buttons. */}
          <TimelineLayer
            spans={spans}
            rows={rows}
            fromBlock={timelineBlocks.from}
            toBlock={timelineBlocks.to}
            blockRows={TIMELINE_BLOCK_ROWS}
            rowHeight={ROW_HEIGHT}
            windowStartUs={windowStartUs}
            windowDurationUs={windowDurationUs}
            selectedRow={selectedIndex === null ? -1 : (positions[selectedIndex] ?? -1)}
            critical={criticalSegments}
          />
          {selectedRow !== null && (
            <RowActions
              top={selectedRow.start}
              index={selectedRow.index}
              canFocus={(spans[selectedRow.index]?.children.length ?? 0) > 0 && selectedRow.index !== focusIndex}
              onZoom={wv.zoomToSpan}
              onFocus={wv.focusOn}
            />
          )}
        </div>
      </div>
      {wv.helpOpen && <KeyboardHelp onClose={wv.toggleHelp} />}
    </div>
  );
}
