import { memo, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { serviceColor } from '../../lib/service-color';
import { isErrorSpan } from '../../model/attributes';
import type { Span } from '../../model/types';
import { useThemeKey } from '../../ui/use-theme-key';
import { assignSlots } from './canvas-slots';
import { rowsOfBlock } from './row-blocks';
import { spanHint } from './span-hint';
import { rowMarks } from './timeline-marks';
import { paintRows, type PaintedRow, type TimelinePalette } from './timeline-paint';
import { readTimelinePalette } from './timeline-palette';

type CriticalBySpan = ReadonlyMap<number, readonly { readonly startUs: number; readonly endUs: number }[]>;

interface TimelineRowsProps {
  readonly spans: readonly Span[];
  /** The span index of each row of the list, in display order. */
  readonly rows: ArrayLike<number>;
  readonly blockRows: number;
  readonly rowHeight: number;
  /** The visible time window, µs since the epoch. */
  readonly windowStartUs: number;
  readonly windowDurationUs: number;
  /** The selected span's row (position in the list), or -1. */
  readonly selectedRow: number;
  readonly critical: CriticalBySpan | null;
}

export interface TimelineLayerProps extends TimelineRowsProps {
  /** The blocks in view, [fromBlock, toBlock) (row-blocks.ts). */
  readonly fromBlock: number;
  readonly toBlock: number;
}

interface ColumnSize {
  /** The timeline column's width, CSS px. */
  readonly width: number;
  readonly dpr: number;
}

/**
 * The timeline column of the rendered rows (bars, labels, critical-path bands, event ticks,
 * edge markers), painted on one canvas per block of rows rather than built from elements in
 * every row: rows scrolling in then make no elements, styles or layout objects for it, the
 * largest part of the garbage a fast scroll made (ADR 0010, session 17). A block is painted
 * when it comes into view and when what it shows changes (zoom, selection, theme, width);
 * the canvases themselves are kept and reused (canvas-slots.ts). Rows keep their timeline
 * cell, empty, for the pointer, the tooltip and assistive technology.
 */
export const TimelineLayer = memo(function TimelineLayer({ fromBlock, toBlock, ...rest }: TimelineLayerProps) {
  const layerRef = useRef<HTMLDivElement>(null);
  const size = useColumnSize(layerRef);
  const theme = useThemeKey();
  // Read again when the theme changes, and on resize (when every block paints anyway).
  const palette = useMemo(() => (size && layerRef.current ? readTimelinePalette(layerRef.current) : null), [size, theme]);
  const slotsRef = useRef<readonly number[]>([]);
  slotsRef.current = assignSlots(slotsRef.current, fromBlock, toBlock);
  return (
    <div className="wf-timeline-layer" ref={layerRef} aria-hidden="true" data-testid="timeline-layer">
      {size && size.width > 0 && palette
        ? slotsRef.current.map((block, slot) => <TimelineBlock key={slot} block={block} size={size} palette={palette} {...rest} />)
        : null}
    </div>
  );
});

/** The column's width and the device pixel ratio: measured before the first paint, then on resize. */
function useColumnSize(ref: RefObject<HTMLDivElement | null>): ColumnSize | null {
  const [size, setSize] = useState<ColumnSize | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const width = el.clientWidth;
      const dpr = window.devicePixelRatio || 1;
      setSize((old) => (old && old.width === width && old.dpr === dpr ? old : { width, dpr }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return; // jsdom
    const watch = new ResizeObserver(measure);
    watch.observe(el);
    return () => watch.disconnect();
  }, [ref]);
  return size;
}

interface TimelineBlockProps extends TimelineRowsProps {
  /** The block this canvas shows, or -1 for a spare canvas. */
  readonly block: number;
  readonly size: ColumnSize;
  readonly palette: TimelinePalette;
}

const TimelineBlock = memo(function TimelineBlock(props: TimelineBlockProps) {
  const { spans, rows, block, blockRows, rowHeight, size, palette, windowStartUs, windowDurationUs, critical } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { from, to } = block < 0 ? { from: 0, to: 0 } : rowsOfBlock(block, rows.length, blockRows);
  // Only the blocks holding the old and the new selection paint again when it moves.
  const selectedRow = props.selectedRow >= from && props.selectedRow < to ? props.selectedRow : -1;
  useLayoutEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx || block < 0) return;
    ctx.setTransform(size.dpr, 0, 0, size.dpr, 0, 0);
    ctx.clearRect(0, 0, size.width, blockRows * rowHeight);
    const window = { startUs: windowStartUs, durationUs: windowDurationUs };
    const painted: PaintedRow[] = [];
    for (let r = from; r < to; r++) {
      const index = rows[r]!;
      const span = spans[index]!;
      painted.push({
        marks: rowMarks(span, window, size.width, spanHint(span.attributes), critical?.get(index)),
        color: serviceColor(span.service),
        error: isErrorSpan(span),
        selected: r === selectedRow,
      });
    }
    paintRows(ctx, painted, rowHeight, palette, size.dpr);
  }, [spans, rows, block, from, to, blockRows, rowHeight, size, palette, windowStartUs, windowDurationUs, selectedRow, critical]);
  const height = blockRows * rowHeight;
  return (
    <canvas
      ref={canvasRef}
      className="wf-timeline-block"
      width={Math.round(size.width * size.dpr)}
      height={Math.round(height * size.dpr)}
      style={block < 0 ? HIDDEN : { transform: `translateY(${from * rowHeight}px)`, width: size.width, height }}
      data-block={block}
    />
  );
});

const HIDDEN = { display: 'none' } as const;
