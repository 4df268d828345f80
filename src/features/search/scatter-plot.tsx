import * as d3 from 'd3';
import { useEffect, useRef, useState } from 'react';
import { formatDuration, formatTimestamp } from '../../lib/format-time';
import type { TraceSummary } from '../../model/search-types';

interface ScatterPlotProps {
  readonly summaries: readonly TraceSummary[];
  readonly onOpen: (summary: TraceSummary) => void;
}

interface Hover {
  readonly summary: TraceSummary;
  readonly x: number;
  readonly y: number;
}

const HEIGHT = 180;
const MARGIN = { top: 14, right: 24, bottom: 26, left: 58 };
/** Room inside the axes so the largest dots at the edges are not clipped. */
const INSET = 10;

/**
 * Duration against start time, one dot per trace (after Jaeger UI's scatter plot): errors in
 * red, dot size by span count, hover names the trace, click opens it. D3 owns the SVG.
 */
export function ScatterPlot({ summaries, onOpen }: ScatterPlotProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(0);
  const [hover, setHover] = useState<Hover | null>(null);
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;

  useEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const observer = new ResizeObserver((entries) => setWidth(Math.floor(entries[0]?.contentRect.width ?? 0)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const svgEl = svgRef.current;
    if (!svgEl || width <= 0) return;
    const innerW = Math.max(10, width - MARGIN.left - MARGIN.right);
    const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
    const svg = d3.select(svgEl);
    svg.selectAll('*').remove();

    const times = summaries.map((s) => s.startUs / 1000);
    let [t0, t1] = [d3.min(times) ?? 0, d3.max(times) ?? 1];
    if (t1 - t0 < 1000) [t0, t1] = [t0 - 30_000, t1 + 30_000];
    const x = d3.scaleTime().domain([new Date(t0), new Date(t1)]).range([INSET, innerW - INSET]).nice();
    const maxDur = d3.max(summaries, (s) => s.durationUs) ?? 1;
    const y = d3.scaleLinear().domain([0, maxDur || 1]).range([innerH, INSET]).nice();
    const maxSpans = d3.max(summaries, (s) => s.spanCount) ?? 1;
    const r = d3.scaleSqrt().domain([1, Math.max(2, maxSpans)]).range([3.5, 9]).clamp(true);

    const g = svg.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top})`);
    g.append('g')
      .attr('class', 'scatter__grid')
      .call(d3.axisLeft(y).ticks(4).tickSize(-innerW).tickFormat(() => ''))
      .call((sel) => sel.select('.domain').remove());
    g.append('g')
      .attr('class', 'scatter__axis')
      .attr('transform', `translate(0,${innerH})`)
      .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(innerW / 110))).tickSizeOuter(0));
    g.append('g')
      .attr('class', 'scatter__axis')
      .call(d3.axisLeft(y).ticks(4).tickFormat((d) => formatDuration(Number(d))).tickSizeOuter(0));

    g.append('g')
      .selectAll('circle')
      .data(summaries, (d) => (d as TraceSummary).traceId)
      .join('circle')
      .attr('class', (d) => (d.errorCount > 0 ? 'scatter__dot scatter__dot--error' : 'scatter__dot'))
      .attr('data-testid', 'scatter-dot')
      .attr('data-trace-id', (d) => d.traceId)
      .attr('cx', (d) => x(new Date(d.startUs / 1000)))
      .attr('cy', (d) => y(d.durationUs))
      .attr('r', (d) => r(Math.max(1, d.spanCount)))
      .on('mouseenter', (event: MouseEvent, d) => {
        const box = svgEl.getBoundingClientRect();
        setHover({ summary: d, x: event.clientX - box.left, y: event.clientY - box.top });
      })
      .on('mouseleave', () => setHover(null))
      .on('click', (_event, d) => onOpenRef.current(d));
  }, [summaries, width]);

  return (
    <div className="scatter" ref={wrapRef} data-testid="scatter-plot">
      <svg ref={svgRef} width={width} height={HEIGHT} role="img" aria-label="Trace duration against start time" />
      {hover ? (
        <div
          className="scatter__tooltip"
          role="tooltip"
          style={{ left: Math.min(hover.x + 12, Math.max(0, width - 260)), top: Math.max(0, hover.y - 54) }}
        >
          <div className="scatter__tooltip-title">
            {hover.summary.rootService}: {hover.summary.rootName}
          </div>
          <div>
            {formatDuration(hover.summary.durationUs)} · {hover.summary.spanCount} spans
            {hover.summary.errorCount ? ` · ${hover.summary.errorCount} errors` : ''}
          </div>
          <div className="scatter__tooltip-time">{formatTimestamp(hover.summary.startUs)}</div>
        </div>
      ) : null}
    </div>
  );
}
