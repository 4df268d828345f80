import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDuration, formatTimestamp } from '../../lib/format-time';
import { serviceColor } from '../../lib/service-color';
import { changedRowsWithAncestors, diffTraces, type CriticalShareDiff } from '../../model/compare/diff-traces';
import type { Trace } from '../../model/types';
import { DiffRows } from './diff-rows';
import { formatDelta } from './diff-format';
import './trace-compare.css';

interface CompareViewProps {
  readonly a: Trace;
  readonly b: Trace;
  readonly hrefA: string;
  readonly hrefB: string;
  readonly onlyChanges: boolean;
  readonly onOnlyChanges: (on: boolean) => void;
}

function Side({ label, trace, href }: { label: string; trace: Trace; href: string }) {
  const root = trace.spans[trace.roots[0] ?? -1];
  return (
    <div className="compare-side" data-testid={`compare-side-${label.toLowerCase()}`}>
      <span className="compare-side__label">{label}</span>
      <Link to={href} className="compare-side__title">
        {root ? `${root.service}: ${root.name}` : trace.traceId}
      </Link>
      <span className="mono compare-side__id">{trace.traceId}</span>
      <span>
        {formatDuration(trace.durationUs)} · {trace.spans.length} spans · {trace.errorCount} errors ·{' '}
        {formatTimestamp(trace.startUs)}
      </span>
    </div>
  );
}

/** A trace page href with `span=` set (the page selects and reveals it). */
function withSpan(href: string, uid: string): string {
  const [path, query = ''] = href.split('?');
  const params = new URLSearchParams(query);
  params.set('span', uid);
  return `${path}?${params.toString()}`;
}

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

function CriticalPathDiff({ rows }: { rows: readonly CriticalShareDiff[] }) {
  return (
    <table className="compare-cp" data-testid="critical-diff">
      <caption>Critical path by service</caption>
      <thead>
        <tr>
          <th>Service</th>
          <th>A</th>
          <th>B</th>
          <th>Δ share</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const delta = (r.shareB - r.shareA) * 100;
          return (
            <tr key={r.service}>
              <td>
                <span className="diff-swatch" style={{ background: serviceColor(r.service) }} aria-hidden="true" />
                {r.service}
              </td>
              <td>
                {pct(r.shareA)} <span className="compare-cp__us">{formatDuration(r.usA)}</span>
              </td>
              <td>
                {pct(r.shareB)} <span className="compare-cp__us">{formatDuration(r.usB)}</span>
              </td>
              <td className={delta > 0.05 ? 'is-slower' : delta < -0.05 ? 'is-faster' : ''}>
                {Math.abs(delta) < 0.05 ? '' : `${delta > 0 ? '+' : ''}${delta.toFixed(1)} pt`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Two traces aligned by service and operation path: what was added, removed, changed. */
export function CompareView({ a, b, hrefA, hrefB, onlyChanges: fromUrl, onOnlyChanges }: CompareViewProps) {
  // The URL is written in a transition; show the click at once and follow the URL after.
  const [onlyChanges, setOnlyChanges] = useState(fromUrl);
  useEffect(() => setOnlyChanges(fromUrl), [fromUrl]);
  const diff = useMemo(() => diffTraces(a, b), [a, b]);
  const shown = useMemo(
    () => (onlyChanges ? changedRowsWithAncestors(diff.rows) : diff.rows.map((r) => r.index)),
    [diff, onlyChanges],
  );
  const t = diff.totals;
  const spanHref = useCallback(
    (side: 'a' | 'b', spanIndex: number) => {
      const span = (side === 'a' ? a : b).spans[spanIndex];
      return span ? withSpan(side === 'a' ? hrefA : hrefB, span.uid) : null;
    },
    [a, b, hrefA, hrefB],
  );
  return (
    <div className="compare" data-testid="compare-view">
      <div className="compare-head">
        <Side label="A" trace={a} href={hrefA} />
        <Side label="B" trace={b} href={hrefB} />
      </div>
      <div className="compare-summary" data-testid="compare-summary">
        <span>
          Duration {formatDuration(t.durationA)} → {formatDuration(t.durationB)} ({formatDelta(t.durationB - t.durationA)})
        </span>
        <span>
          Spans {t.spansA} → {t.spansB}
        </span>
        <span className="diff-badge diff-badge--added">{t.added} only in B</span>
        <span className="diff-badge diff-badge--removed">{t.removed} only in A</span>
        <span className="diff-badge diff-badge--count">{t.changed} changed</span>
        <label className="compare-only">
          <input
            type="checkbox"
            checked={onlyChanges}
            onChange={(e) => {
              setOnlyChanges(e.target.checked);
              onOnlyChanges(e.target.checked);
            }}
            data-testid="only-changes"
          />
          Only differences
        </label>
      </div>
      <div className="compare-body">
        {shown.length === 0 ? (
          <p className="compare-same" data-testid="compare-identical">
            The two traces have the same spans at the same positions, with the same durations.
          </p>
        ) : (
          <DiffRows rows={diff.rows} shown={shown} spanHref={spanHref} />
        )}
        <aside className="compare-aside">
          <CriticalPathDiff rows={diff.critical} />
        </aside>
      </div>
    </div>
  );
}
