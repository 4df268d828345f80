import { memo, useState } from 'react';
import { formatDuration, formatTimestamp } from '../../lib/format-time';
import { serviceColor } from '../../lib/service-color';
import type { Trace } from '../../model/types';
import { WarningsPopover } from './warnings-popover';
import './trace-header.css';

export interface TraceHeaderProps {
  readonly trace: Trace;
  readonly onSelectSpan: (index: number) => void;
}

/** What the trace is at a glance: root, when, how long, who took part, and what is wrong. */
export const TraceHeader = memo(function TraceHeader({ trace, onSelectSpan }: TraceHeaderProps) {
  const [warningsOpen, setWarningsOpen] = useState(false);
  const rootIndex = trace.roots[0];
  const root = rootIndex === undefined ? undefined : trace.spans[rootIndex];
  const warningCount = trace.warnings.length;

  return (
    <header className="th" data-testid="trace-header">
      <div className="th-title-row">
        {root && <span className="th-swatch" style={{ background: serviceColor(root.service) }} />}
        <h1 className="th-title" data-testid="trace-title">
          {root ? (
            <>
              <span className="th-root-service">{root.service}</span>
              <span className="th-root-op">{root.name}</span>
            </>
          ) : (
            'Empty trace'
          )}
        </h1>
        <span className="th-trace-id" title="Trace id">
          {trace.traceId}
        </span>
      </div>
      <dl className="th-stats">
        <Stat label="Start" value={trace.spans.length ? formatTimestamp(trace.startUs) : '–'} />
        <Stat label="Duration" value={formatDuration(trace.durationUs)} testId="trace-duration" />
        <Stat label="Services" value={String(trace.services.length)} />
        <Stat label="Depth" value={String(trace.spans.length ? trace.maxDepth + 1 : 0)} />
        <Stat label="Spans" value={trace.spans.length.toLocaleString('en-US')} testId="trace-span-count" />
        <Stat
          label="Errors"
          value={trace.errorCount.toLocaleString('en-US')}
          tone={trace.errorCount > 0 ? 'danger' : undefined}
        />
        <div className="th-stat">
          <dt>Warnings</dt>
          <dd>
            {warningCount === 0 ? (
              '0'
            ) : (
              <button
                type="button"
                className="th-warnings-button"
                aria-expanded={warningsOpen}
                onClick={() => setWarningsOpen((o) => !o)}
                data-testid="trace-warnings-button"
              >
                {warningCount} ▾
              </button>
            )}
            {warningsOpen && (
              <WarningsPopover
                trace={trace}
                onSelectSpan={(i) => {
                  setWarningsOpen(false);
                  onSelectSpan(i);
                }}
                onClose={() => setWarningsOpen(false)}
              />
            )}
          </dd>
        </div>
      </dl>
      <ul className="th-services" aria-label="Services">
        {trace.services.map((s) => (
          <li key={s.name} className="th-pill" title={`${s.name}: ${s.spanCount} spans, ${s.errorCount} errors`}>
            <span className="th-pill-dot" style={{ background: serviceColor(s.name) }} />
            {s.name}
            <span className="th-pill-count">{s.spanCount}</span>
            {s.errorCount > 0 && <span className="th-pill-errors">{s.errorCount}!</span>}
          </li>
        ))}
      </ul>
    </header>
  );
});

function Stat(props: { label: string; value: string; tone?: 'danger' | undefined; testId?: string }) {
  return (
    <div className={`th-stat${props.tone ? ` is-${props.tone}` : ''}`}>
      <dt>{props.label}</dt>
      <dd data-testid={props.testId}>{props.value}</dd>
    </div>
  );
}
