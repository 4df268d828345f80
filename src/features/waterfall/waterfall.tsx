import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { visibleRows } from '../../model/analyses/rows';
import type { Trace } from '../../model/types';
import { ROW_HEIGHT, SpanRow } from './span-row';
import { TimeAxis, TimeGrid } from './time-axis';
import { timeTicks } from './time-ticks';
import { useCollapsed } from './use-collapsed';
import { useNameColumnResize } from './use-name-column-resize';
import { rowPositions } from './row-positions';
import { WaterfallToolbar } from './waterfall-toolbar';
import './waterfall.css';

export interface WaterfallProps {
  readonly trace: Trace;
  /** Index of the selected span in trace.spans, or null. */
  readonly selectedIndex: number | null;
  /** `via` lets the page keep keyboard stepping out of the history. */
  readonly onSelect: (index: number | null, via: 'pointer' | 'keyboard') => void;
}

/**
 * The trace timeline: a virtualized list of span rows in tree order (only the rows in view
 * are in the DOM), a time axis, tree guides and expand/collapse. Heavy values (visible
 * rows, row positions) are derived once per collapse change, never per scroll frame.
 */
export function Waterfall({ trace, selectedIndex, onSelect }: WaterfallProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const { collapsed, toggle, setOne, expandAll, collapseAll, reveal } = useCollapsed(trace);
  const spans = trace.spans;

  const rows = useMemo(() => visibleRows(trace, { collapsed }), [trace, collapsed]);
  const positions = useMemo(() => rowPositions(spans.length, rows), [spans.length, rows]);
  const ticks = useMemo(() => timeTicks(0, trace.durationUs, 6), [trace.durationUs]);
  const resize = useNameColumnResize(containerRef);

  // getItemKey must keep its identity between renders: the virtualizer rebuilds its O(n)
  // measurement table whenever it changes, which would make every scroll frame O(n).
  const getItemKey = useCallback((i: number) => rows[i] ?? i, [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey,
    overscan: 12,
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
    if (rows.length === 0) return;
    // Keys on a focused control inside a row (the toggle) keep their own meaning.
    if (e.target !== e.currentTarget && (e.target as HTMLElement).closest('button')) return;
    const pos = selectedIndex === null ? -1 : (positions[selectedIndex] ?? -1);
    const sel = selectedIndex === null ? undefined : spans[selectedIndex];
    const go = (p: number) => onSelect(rows[Math.max(0, Math.min(rows.length - 1, p))]!, 'keyboard');
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    switch (e.key) {
      case 'ArrowDown':
        go(pos + 1);
        break;
      case 'ArrowUp':
        go(pos < 0 ? 0 : pos - 1);
        break;
      case 'PageDown':
        go(pos + page);
        break;
      case 'PageUp':
        go(pos - page);
        break;
      case 'Home':
        go(0);
        break;
      case 'End':
        go(rows.length - 1);
        break;
      case 'ArrowRight':
        if (!sel || sel.children.length === 0) return;
        if (collapsed.has(sel.index)) setOne(sel.index, false);
        else onSelect(sel.children[0]!, 'keyboard');
        break;
      case 'ArrowLeft':
        if (!sel) return;
        if (sel.children.length > 0 && !collapsed.has(sel.index)) setOne(sel.index, true);
        else if (sel.parentIndex >= 0) onSelect(sel.parentIndex, 'keyboard');
        break;
      case 'Enter':
      case ' ':
        if (sel && sel.children.length > 0) toggle(sel.index);
        break;
      case 'Escape':
        onSelect(null, 'keyboard');
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const items = virtualizer.getVirtualItems();

  return (
    <div className="wf" ref={containerRef}>
      <WaterfallToolbar
        shownRows={rows.length}
        totalSpans={spans.length}
        onExpandAll={expandAll}
        onCollapseAll={collapseAll}
      />
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
        <div className="wf-header-time">
          <TimeAxis ticks={ticks} />
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
                top={item.start}
                selected={index === selectedIndex}
                collapsed={collapsed.has(index)}
                windowStartUs={trace.startUs}
                windowDurationUs={trace.durationUs}
                onToggle={toggle}
                onSelect={selectRow}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
