import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { serviceColor } from '../../lib/service-color';
import type { DiffRow } from '../../model/compare/diff-traces';
import { formatDelta, formatPercent, formatSide } from './diff-format';

const ROW_HEIGHT = 26;
const INDENT_PX = 14;
const CHANGE_LABEL = { added: 'only in B', removed: 'only in A', changed: 'changed', same: '' } as const;

interface DiffRowsProps {
  readonly rows: readonly DiffRow[];
  readonly shown: readonly number[];
  /** Where a side's span opens in its own trace page, or null (no span on that side). */
  readonly spanHref: (side: 'a' | 'b', spanIndex: number) => string | null;
}

/** A side's figures, as a link to its first span at this position when there is one. */
function SideCell({ href, children, testId, side }: { href: string | null; children: ReactNode; testId: string; side: string }) {
  return (
    <span role="cell" className="diff-cell diff-cell--num" data-testid={testId}>
      {href ? (
        <Link to={href} className="diff-span-link" title={`Open this span in trace ${side}`}>
          {children}
        </Link>
      ) : (
        children
      )}
    </span>
  );
}

/**
 * The aligned tree as a virtualized table: A and B per row (each a link to that side's span),
 * Δ and %; added green, removed red.
 */
export function DiffRows({ rows, shown, spanHref }: DiffRowsProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  return (
    <div className="diff-table" role="table" aria-label="Aligned spans of A and B" data-testid="diff-table">
      <div className="diff-row diff-row--head" role="row">
        <span role="columnheader" className="diff-cell diff-cell--op">
          Service: operation
        </span>
        <span role="columnheader" className="diff-cell diff-cell--num">
          A
        </span>
        <span role="columnheader" className="diff-cell diff-cell--num">
          B
        </span>
        <span role="columnheader" className="diff-cell diff-cell--num">
          Δ
        </span>
        <span role="columnheader" className="diff-cell diff-cell--num">
          %
        </span>
      </div>
      <div className="diff-scroll" ref={scrollRef}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[shown[item.index]!]!;
            const slower = row.change === 'changed' && row.deltaUs > 0;
            const faster = row.change === 'changed' && row.deltaUs < 0;
            return (
              <div
                key={row.index}
                role="row"
                className={`diff-row diff-row--${row.change}${slower ? ' is-slower' : ''}${faster ? ' is-faster' : ''}`}
                data-testid="diff-row"
                data-change={row.change}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                title={CHANGE_LABEL[row.change]}
              >
                <span role="cell" className="diff-cell diff-cell--op" style={{ paddingLeft: 8 + row.depth * INDENT_PX }}>
                  <span className="diff-swatch" style={{ background: serviceColor(row.service) }} aria-hidden="true" />
                  <span className="diff-service">{row.service}</span>
                  <span className="diff-sep">:</span> <span className="diff-name">{row.name}</span>
                  {row.change === 'added' || row.change === 'removed' ? (
                    <span className={`diff-badge diff-badge--${row.change}`}>{CHANGE_LABEL[row.change]}</span>
                  ) : null}
                  {row.change === 'changed' && row.countA !== row.countB ? (
                    <span className="diff-badge diff-badge--count">
                      {row.countA}→{row.countB} spans
                    </span>
                  ) : null}
                </span>
                <SideCell href={spanHref('a', row.firstSpanA)} testId="diff-a" side="A">
                  {formatSide(row.countA, row.durationA)}
                </SideCell>
                <SideCell href={spanHref('b', row.firstSpanB)} testId="diff-b" side="B">
                  {formatSide(row.countB, row.durationB)}
                </SideCell>
                <span role="cell" className="diff-cell diff-cell--num diff-delta" data-testid="diff-delta">
                  {row.change === 'same' ? '' : formatDelta(row.deltaUs)}
                </span>
                <span role="cell" className="diff-cell diff-cell--num diff-delta">
                  {row.change === 'same' ? '' : formatPercent(row.deltaPct, row.deltaUs)}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
