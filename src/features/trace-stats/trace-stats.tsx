import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState } from 'react';
import { formatDuration } from '../../lib/format-time';
import { serviceColor } from '../../lib/service-color';
import { computeStats, sortStats, type StatsColumn, type StatsGrouping, type StatsRow } from '../../model/analyses/stats';
import type { Trace } from '../../model/types';
import { groupHeaders, groupingValue, parseGroupingValue } from './stats-grouping';
import { percentText, statsTotals } from './stats-totals';
import { useAttributeKeys } from './use-attribute-keys';
import './trace-stats.css';
import { formatCount } from '../../lib/format-count';

const ROW_H = 28;

interface NumberColumn {
  readonly id: Exclude<StatsColumn, 'group'>;
  readonly label: string;
  readonly title: string;
}

const NUMBER_COLUMNS: readonly NumberColumn[] = [
  { id: 'count', label: 'Count', title: 'Number of spans (share of all spans)' },
  { id: 'totalUs', label: 'Total', title: 'Sum of the spans’ durations' },
  { id: 'selfTotalUs', label: 'Self time', title: 'Time not covered by any child span (overlapping children merged); share of all self time' },
  { id: 'avgUs', label: 'Avg', title: 'Average duration' },
  { id: 'minUs', label: 'Min', title: 'Shortest span' },
  { id: 'maxUs', label: 'Max', title: 'Longest span' },
  { id: 'errorCount', label: 'Errors', title: 'Spans with error status' },
];

export interface TraceStatsProps {
  readonly trace: Trace;
}

/**
 * Per-group statistics of one trace: group by service, operation, both, or any attribute
 * key present in the trace; click a header to sort. Computed once per grouping (memoized)
 * and virtualized, so grouping 100k spans by span id stays responsive.
 */
export function TraceStats({ trace }: TraceStatsProps) {
  const [grouping, setGrouping] = useState<StatsGrouping>({ by: 'service' });
  const [sort, setSort] = useState<{ column: StatsColumn; dir: 'asc' | 'desc' }>({ column: 'selfTotalUs', dir: 'desc' });
  const keys = useAttributeKeys(trace);
  const rows = useMemo(() => computeStats(trace, grouping), [trace, grouping]);
  const totals = useMemo(() => statsTotals(rows), [rows]);
  const sorted = useMemo(() => sortStats(rows, sort.column, sort.dir), [rows, sort]);
  const headers = groupHeaders(grouping);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_H,
    overscan: 10,
  });

  const onSort = useCallback((column: StatsColumn) => {
    setSort((s) => (s.column === column ? { column, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { column, dir: column === 'group' ? 'asc' : 'desc' }));
  }, []);

  const gridTemplate = `${headers.map(() => 'minmax(140px, 2fr)').join(' ')} repeat(${NUMBER_COLUMNS.length}, minmax(84px, 1fr))`;
  const ariaSort = (c: StatsColumn) => (sort.column === c ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none');
  const arrow = (c: StatsColumn) => (sort.column === c ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : '');

  return (
    <div className="ts" data-testid="trace-stats">
      <div className="ts-toolbar">
        <label className="ts-label">
          Group by{' '}
          <select
            data-testid="stats-group-by"
            value={groupingValue(grouping)}
            onChange={(e) => setGrouping(parseGroupingValue(e.target.value))}
          >
            <option value="service">Service</option>
            <option value="operation">Operation</option>
            <option value="service-operation">Service and operation</option>
            {keys.length > 0 && (
              <optgroup label="Attribute">
                {keys.map((k) => (
                  <option key={k.key} value={`attr:${k.key}`}>
                    {k.key} ({formatCount(k.spans)})
                  </option>
                ))}
              </optgroup>
            )}
          </select>
        </label>
        <span className="ts-summary" data-testid="stats-group-count">
          {formatCount(sorted.length)} {sorted.length === 1 ? 'group' : 'groups'} · {formatCount(totals.count)} spans
        </span>
      </div>
      <div className="ts-table" role="table" aria-label="Span statistics" aria-rowcount={sorted.length + 1}>
        <div className="ts-row ts-head" role="row" style={{ gridTemplateColumns: gridTemplate }}>
          {headers.map((h, i) => (
            <div key={i} role="columnheader" aria-sort={i === 0 ? ariaSort('group') : 'none'} className="ts-cell ts-group">
              {i === 0 ? (
                <button type="button" className="ts-sort" onClick={() => onSort('group')} data-testid="stats-sort-group">
                  {h}
                  {arrow('group')}
                </button>
              ) : (
                h
              )}
            </div>
          ))}
          {NUMBER_COLUMNS.map((c) => (
            <div key={c.id} role="columnheader" aria-sort={ariaSort(c.id)} className="ts-cell ts-num">
              <button type="button" className="ts-sort" title={c.title} onClick={() => onSort(c.id)} data-testid={`stats-sort-${c.id}`}>
                {c.label}
                {arrow(c.id)}
              </button>
            </div>
          ))}
        </div>
        <div className="ts-body" ref={scrollRef}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = sorted[item.index];
              if (!row) return null;
              return (
                <StatsLine
                  key={item.key}
                  row={row}
                  grouping={grouping}
                  totals={totals}
                  top={item.start}
                  gridTemplate={gridTemplate}
                  rowIndex={item.index + 2}
                />
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}

interface StatsLineProps {
  readonly row: StatsRow;
  readonly grouping: StatsGrouping;
  readonly totals: ReturnType<typeof statsTotals>;
  readonly top: number;
  readonly gridTemplate: string;
  readonly rowIndex: number;
}

function StatsLine({ row, grouping, totals, top, gridTemplate, rowIndex }: StatsLineProps) {
  const selfShare = totals.selfTotalUs > 0 ? row.selfTotalUs / totals.selfTotalUs : 0;
  return (
    <div
      className="ts-row"
      role="row"
      aria-rowindex={rowIndex}
      data-testid="stats-row"
      style={{ gridTemplateColumns: gridTemplate, transform: `translateY(${top}px)` }}
    >
      {row.group.map((g, i) => {
        const isService = (grouping.by === 'service' || grouping.by === 'service-operation') && i === 0;
        return (
          <div key={i} role="cell" className="ts-cell ts-group" title={g}>
            {isService && <span className="ts-swatch" style={{ background: serviceColor(g) }} aria-hidden="true" />}
            {row.hasValue ? g || <em className="ts-muted">(empty)</em> : <em className="ts-muted">(no value)</em>}
          </div>
        );
      })}
      <div role="cell" className="ts-cell ts-num">
        {formatCount(row.count)} <span className="ts-pct">{percentText(row.count, totals.count)}</span>
      </div>
      <div role="cell" className="ts-cell ts-num">{formatDuration(row.totalUs)}</div>
      <div role="cell" className="ts-cell ts-num ts-self">
        <span className="ts-bar" style={{ width: `${(selfShare * 100).toFixed(2)}%` }} aria-hidden="true" />
        <span className="ts-self-text">
          {formatDuration(row.selfTotalUs)} <span className="ts-pct">{percentText(row.selfTotalUs, totals.selfTotalUs)}</span>
        </span>
      </div>
      <div role="cell" className="ts-cell ts-num">{formatDuration(row.avgUs)}</div>
      <div role="cell" className="ts-cell ts-num">{formatDuration(row.minUs)}</div>
      <div role="cell" className="ts-cell ts-num">{formatDuration(row.maxUs)}</div>
      <div role="cell" className={`ts-cell ts-num${row.errorCount > 0 ? ' ts-err' : ''}`}>
        {row.errorCount > 0 ? formatCount(row.errorCount) : '–'}
      </div>
    </div>
  );
}
