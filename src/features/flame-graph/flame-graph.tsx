import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { formatDuration, formatOffset } from '../../lib/format-time';
import { flameGraphLayout } from '../../model/analyses/flame-graph';
import type { Trace } from '../../model/types';
import { drawFlame, FLAME_ROW_H } from './draw-flame';
import { flameHit, flameRows } from './flame-rows';
import { useFlameSearch } from './use-flame-search';
import './flame-graph.css';
import { formatCount } from '../../lib/format-count';

export interface FlameGraphProps {
  readonly trace: Trace;
  readonly selectedIndex: number | null;
  readonly onSelect: (index: number | null) => void;
}

interface Hover {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/**
 * The trace as a flame graph on a canvas: x is time, y is depth, colors by service. Click a
 * span to select it and zoom into its subtree (its ancestors stay above, full width, as the
 * way back; the breadcrumb and Escape go up). Only rows in view are painted.
 */
export function FlameGraph({ trace, selectedIndex, onSelect }: FlameGraphProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [focus, setFocus] = useState<number | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const [query, setQuery] = useState('');
  const search = useFlameSearch(trace, query);

  const layout = useMemo(() => flameGraphLayout(trace, focus ?? undefined), [trace, focus]);
  const rows = useMemo(() => flameRows(layout), [layout]);
  const path = useMemo(() => {
    const out: number[] = [];
    for (let p = focus ?? -1; p >= 0; p = trace.spans[p]!.parentIndex) out.push(p);
    return out.reverse();
  }, [trace, focus]);
  const ancestorRows = Math.max(0, path.length - 1);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const measure = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const frame = useRef(0);
  const draw = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const canvas = canvasRef.current;
      const el = scrollRef.current;
      const ctx = canvas?.getContext('2d');
      if (!canvas || !el || !ctx || size.width === 0) return;
      const dpr = window.devicePixelRatio || 1;
      const w = Math.round(size.width * dpr);
      const h = Math.round(size.height * dpr);
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== h) canvas.height = h;
      const style = getComputedStyle(el);
      drawFlame(
        ctx,
        { trace, layout, rows, ancestorRows, matches: search.matches, selected: selectedIndex, hover: hover?.k ?? -1 },
        {
          width: size.width,
          height: size.height,
          scrollTop: el.scrollTop,
          dpr,
          text: style.getPropertyValue('--text').trim() || '#1d2330',
          muted: style.getPropertyValue('--text-muted').trim() || '#5d6675',
        },
      );
    });
  }, [trace, layout, rows, ancestorRows, search.matches, selectedIndex, hover, size]);
  useEffect(() => {
    draw();
    return () => cancelAnimationFrame(frame.current);
  }, [draw]);

  const hitAt = (e: MouseEvent<HTMLElement>): number => {
    const el = scrollRef.current;
    if (!el || size.width === 0) return -1;
    const box = el.getBoundingClientRect();
    const row = Math.floor((e.clientY - box.top + el.scrollTop) / FLAME_ROW_H);
    const us = ((e.clientX - box.left) / size.width) * layout.durationUs;
    return flameHit(layout, rows, row, us);
  };
  const onMove = (e: MouseEvent<HTMLElement>) => {
    const k = hitAt(e);
    const box = scrollRef.current!.getBoundingClientRect();
    setHover(k < 0 ? null : { k, x: e.clientX - box.left, y: e.clientY - box.top });
  };
  const onClick = (e: MouseEvent<HTMLElement>) => {
    const k = hitAt(e);
    if (k < 0) return;
    const spanIndex = layout.spanIndex[k]!;
    onSelect(spanIndex);
    setFocus(trace.spans[spanIndex]!.parentIndex < 0 && trace.roots.length === 1 ? null : spanIndex);
    scrollRef.current?.scrollTo({ top: 0 });
  };
  const zoomOut = () => {
    if (focus === null) return;
    const parent = trace.spans[focus]!.parentIndex;
    setFocus(parent < 0 || (trace.spans[parent]!.parentIndex < 0 && trace.roots.length === 1) ? null : parent);
  };

  const hovered = hover ? trace.spans[layout.spanIndex[hover.k]!] : undefined;
  const focused = focus !== null ? trace.spans[focus] : undefined;
  return (
    <div className="fg" data-testid="flame-graph" data-focus={focused?.uid ?? ''}>
      <div className="fg-toolbar">
        <nav className="fg-crumbs" aria-label="Zoom path" data-testid="flame-breadcrumb">
          <button type="button" className="fg-crumb" onClick={() => setFocus(null)} disabled={focus === null} data-testid="flame-reset">
            Whole trace
          </button>
          {path.map((i) => {
            const s = trace.spans[i]!;
            return (
              <span key={i} className="fg-crumb-wrap">
                <span aria-hidden="true">›</span>
                <button type="button" className="fg-crumb" onClick={() => setFocus(i)} disabled={i === focus} title={`${s.service}: ${s.name}`}>
                  {s.name}
                </button>
              </span>
            );
          })}
        </nav>
        <input
          className="fg-search"
          type="search"
          placeholder="Highlight: text, service=…, duration>10ms"
          aria-label="Highlight spans in the flame graph"
          data-testid="flame-search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span className={`fg-count${search.error ? ' fg-error' : ''}`} data-testid="flame-match-count" role="status">
          {search.error ?? (search.matches ? `${formatCount(search.count)} ${search.count === 1 ? 'match' : 'matches'}` : '')}
        </span>
      </div>
      <div
        ref={scrollRef}
        className="fg-scroll"
        tabIndex={0}
        role="img"
        aria-label={`Flame graph of ${formatCount(trace.spans.length)} spans${focused ? `, zoomed into ${focused.name}` : ''}`}
        onScroll={draw}
        onPointerMove={onMove}
        onPointerLeave={() => setHover(null)}
        onClick={onClick}
        onKeyDown={(e) => {
          if (e.key === 'Escape') zoomOut();
        }}
      >
        <canvas ref={canvasRef} className="fg-canvas" style={{ width: size.width, height: size.height, marginBottom: -size.height }} data-testid="flame-canvas" />
        <div style={{ height: layout.rows * FLAME_ROW_H }} />
        {hovered && hover && (
          <div
            className="fg-tip"
            style={{
              left: Math.min(hover.x + 14, Math.max(0, size.width - 300)),
              top: hover.y + 16 + (scrollRef.current?.scrollTop ?? 0),
            }}
            data-testid="flame-tooltip"
          >
            <div className="fg-tip-name">{hovered.name}</div>
            <div className="fg-tip-svc">{hovered.service}</div>
            <div>
              {formatDuration(hovered.durationUs)} · self {formatDuration(hovered.selfTimeUs)} ·{' '}
              {trace.durationUs > 0 ? ((hovered.durationUs / trace.durationUs) * 100).toFixed(1) : '100'}% of trace
            </div>
            <div className="fg-tip-muted">starts at {formatOffset(hovered.startUs - trace.startUs)}</div>
            {hovered.status.code === 'error' && <div className="fg-tip-err">error{hovered.status.message ? `: ${hovered.status.message}` : ''}</div>}
          </div>
        )}
      </div>
    </div>
  );
}
