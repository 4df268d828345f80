import { brushX, select, type BrushBehavior, type D3BrushEvent } from 'd3';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { serviceColor } from '../../lib/service-color';
import { isFullWindow, type ZoomWindow } from '../../lib/zoom-window';
import { useAfterFirstPaint } from '../../ui/use-after-first-paint';
import { minimapDensity, OTHER_SERVICES, type MinimapDensity } from '../../model/analyses/minimap-density';
import type { Trace } from '../../model/types';

export const MINIMAP_HEIGHT = 44;

interface MinimapProps {
  readonly trace: Trace;
  readonly zoom: ZoomWindow;
  /** Called while the window is dragged (`done` false) and when the drag ends. */
  readonly onZoom: (w: ZoomWindow, done: boolean) => void;
}

/**
 * The whole trace in miniature (span density per depth band and time, in service colors) with
 * the zoom window as a d3 brush: drag it, resize it by its edges, or draw a new one. The
 * density is computed once per trace and painted to a canvas only when the size changes; a
 * zoom frame moves the brush and nothing else.
 */
export const Minimap = memo(function Minimap({ trace, zoom, onZoom }: MinimapProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const [width, setWidth] = useState(0);
  // The density waits for the first paint: the rows of a big trace come first.
  const painted = useAfterFirstPaint();
  const density = useMemo(() => (painted ? minimapDensity(trace) : null), [painted, trace]);
  const onZoomRef = useRef(onZoom);
  onZoomRef.current = onZoom;
  const zoomRef = useRef(zoom);
  zoomRef.current = zoom;
  // True while the user drags the brush: the brush then leads and is not moved by code.
  const brushing = useRef(false);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = () => setWidth(Math.floor(box.clientWidth));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(box);
    return () => ro.disconnect();
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas && density && width > 0) paintDensity(canvas, density, width, MINIMAP_HEIGHT);
  }, [density, width]);

  // The brush, rebuilt when the width changes (its extent is in pixels).
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg || width <= 0) return;
    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [width, MINIMAP_HEIGHT],
      ])
      .on('start brush end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return; // moved by code (a zoom from elsewhere)
        brushing.current = event.type !== 'end';
        if (event.type === 'start') return;
        const sel = event.selection as [number, number] | null;
        if (!sel) {
          // A click without a drag: centre the current window on the click.
          const w = zoomRef.current;
          if (isFullWindow(w)) return;
          const half = (w.end - w.start) / 2;
          const at = pointerX(event.sourceEvent, svg) / width;
          onZoomRef.current({ start: at - half, end: at + half }, true);
          return;
        }
        onZoomRef.current({ start: sel[0] / width, end: sel[1] / width }, event.type === 'end');
      });
    brushRef.current = brush;
    const g = select(svg).select<SVGGElement>('g.mm-brush');
    g.call(brush);
    g.call(brush.move, brushSelection(zoomRef.current, width));
    return () => {
      g.on('.brush', null);
      brushRef.current = null;
    };
  }, [width]);

  // Follow zoom changes made elsewhere (wheel, keys, URL) without firing the brush handler.
  useEffect(() => {
    const svg = svgRef.current;
    const brush = brushRef.current;
    if (!svg || !brush || width <= 0 || brushing.current) return;
    select(svg).select<SVGGElement>('g.mm-brush').call(brush.move, brushSelection(zoom, width));
  }, [zoom, width]);

  const left = `${(zoom.start * 100).toFixed(4)}%`;
  const right = `${((1 - zoom.end) * 100).toFixed(4)}%`;
  return (
    <div className="wf-minimap" ref={boxRef} data-testid="minimap" title="Drag to zoom; drag the window to pan">
      <canvas ref={canvasRef} className="wf-minimap-canvas" aria-hidden="true" />
      <div className="wf-minimap-shade" style={{ left: 0, width: left }} />
      <div className="wf-minimap-shade" style={{ right: 0, width: right }} />
      {zoom.end - zoom.start < 0.01 && (
        // A window a few pixels wide is hard to spot: a marker points at it.
        <div className="wf-minimap-marker" style={{ left: `clamp(5px, ${(((zoom.start + zoom.end) / 2) * 100).toFixed(4)}%, calc(100% - 5px))` }} />
      )}
      <svg ref={svgRef} className="wf-minimap-brush" width={width} height={MINIMAP_HEIGHT} aria-label="Zoom window">
        <g className="mm-brush" />
      </svg>
    </div>
  );
});

/** The brush's pixels for a window; none for the whole trace, so a drag draws a new one. */
function brushSelection(w: ZoomWindow, width: number): [number, number] | null {
  return isFullWindow(w) ? null : [w.start * width, w.end * width];
}

function pointerX(event: unknown, svg: SVGSVGElement): number {
  const e = event as { clientX?: number } | null;
  if (!e || typeof e.clientX !== 'number') return 0;
  return e.clientX - svg.getBoundingClientRect().left;
}

/** Paints the density grid: one rectangle per non-empty cell, more opaque where denser. */
function paintDensity(canvas: HTMLCanvasElement, d: MinimapDensity, width: number, height: number) {
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  canvas.width = Math.round(width * dpr);
  canvas.height = Math.round(height * dpr);
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const colors = d.services.map((s) => (s === OTHER_SERVICES ? '#8a8f98' : serviceColor(s)));
  const cellW = width / d.columns;
  const bandH = height / d.bands;
  const logMax = Math.log1p(d.maxCount || 1);
  for (let b = 0; b < d.bands; b++) {
    const y = b * bandH;
    for (let c = 0; c < d.columns; c++) {
      const cell = b * d.columns + c;
      const count = d.counts[cell]!;
      if (count === 0) continue;
      ctx.globalAlpha = 0.35 + 0.65 * (Math.log1p(count) / logMax);
      ctx.fillStyle = colors[d.dominant[cell]!] ?? '#8a8f98';
      // Overlap neighbours by a fraction of a pixel so no hairline gaps show between cells.
      ctx.fillRect(c * cellW, y, cellW + 0.5, Math.max(1, bandH - (d.bands > 20 ? 0 : 1)));
    }
  }
  ctx.globalAlpha = 1;
}
