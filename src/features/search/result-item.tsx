import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatDuration, formatTimestamp } from '../../lib/format-time';
import { formatRelative } from '../../lib/relative-time';
import { serviceColor } from '../../lib/service-color';
import type { TraceSummary } from '../../model/search-types';

const MAX_PILLS = 8;

interface ResultItemProps {
  readonly summary: TraceSummary;
  readonly href: string;
  /** The longest duration in the list: the bar under each row is relative to it. */
  readonly maxDurationUs: number;
  readonly nowMs: number;
  readonly onOpen: (summary: TraceSummary) => void;
  /** Controls shown beside the row's link (not inside it: a checkbox in a link would open the trace). */
  readonly extra?: ReactNode;
}

export function ResultItem({ summary, href, maxDurationUs, nowMs, onOpen, extra }: ResultItemProps) {
  const startMs = summary.startUs / 1000;
  const services = [...summary.services].sort((a, b) => b.spanCount - a.spanCount || a.name.localeCompare(b.name));
  const shown = services.slice(0, MAX_PILLS);
  const widthPct = maxDurationUs > 0 ? Math.max(0.5, (summary.durationUs / maxDurationUs) * 100) : 0;
  return (
    <li className="result" data-testid="trace-result" data-trace-id={summary.traceId} data-duration-us={summary.durationUs}>
      <Link to={href} className="result__link" onClick={() => onOpen(summary)}>
        <div className="result__head">
          <span className="result__swatch" style={{ background: serviceColor(summary.rootService) }} />
          <span className="result__title">
            <span className="result__service">{summary.rootService}</span>
            <span className="result__sep">:</span> <span className="result__name">{summary.rootName}</span>
          </span>
          <span className="result__id mono" title={summary.traceId}>
            {summary.traceId.slice(0, 8)}
          </span>
          <span className="result__spacer" />
          <span className="result__duration" data-testid="result-duration">
            {formatDuration(summary.durationUs)}
          </span>
        </div>
        <div className="result__bar" aria-hidden="true">
          <span style={{ width: `${widthPct}%`, background: summary.errorCount ? 'var(--danger)' : serviceColor(summary.rootService) }} />
        </div>
        <div className="result__meta">
          <span className="result__count">
            {summary.spanCount} span{summary.spanCount === 1 ? '' : 's'}
          </span>
          {summary.errorCount ? (
            <span className="badge badge--error" data-testid="result-errors">
              {summary.errorCount} error{summary.errorCount === 1 ? '' : 's'}
            </span>
          ) : null}
          <span className="result__pills">
            {shown.map((s) => (
              <span key={s.name} className="pill" title={`${s.name}: ${s.spanCount} spans${s.errorCount ? `, ${s.errorCount} errors` : ''}`}>
                <span className="pill__dot" style={{ background: serviceColor(s.name) }} />
                {s.name}
                <span className="pill__count">{s.spanCount}</span>
              </span>
            ))}
            {services.length > shown.length ? <span className="pill pill--more">+{services.length - shown.length}</span> : null}
          </span>
          <span className="result__spacer" />
          <span className="result__time" title={formatTimestamp(summary.startUs)}>
            <span className="result__relative">{formatRelative(startMs, nowMs)}</span>
            <span className="result__absolute">{formatTimestamp(summary.startUs)}</span>
          </span>
        </div>
      </Link>
      {extra ? <div className="result__extra">{extra}</div> : null}
    </li>
  );
}
