import { memo, useMemo, useState, type ReactNode } from 'react';
import { formatDuration, formatTimestamp } from '../../lib/format-time';
import type { Trace } from '../../model/types';
import { dataQuality, qualityCounts, type QualityGroup } from '../../model/analyses/data-quality';
import { EchoCheckbox } from '../../ui/echo-checkbox';
import { HeaderStat } from './header-stat';
import { QualityPanel } from './quality-panel';
import { ServicePills } from './service-pills';
import { TraceTitle } from './trace-title';
import './trace-header.css';
import { formatCount } from '../../lib/format-count';

export interface TraceHeaderProps {
  readonly trace: Trace;
  readonly onSelectSpan: (index: number) => void;
  /** Page-level controls shown at the end of the title row (the Export menu). */
  readonly actions?: ReactNode;
  /** The data-quality groups (with detected clock skew); default: the trace's warnings. */
  readonly quality?: readonly QualityGroup[];
  /** Clock skew found in the data and whether the adjustment is on; absent: no toggle. */
  readonly skew?: { readonly detected: number; readonly adjusted: boolean; readonly onToggle: () => void };
}

/** What the trace is at a glance: root, when, how long, who took part, and what is wrong. */
export const TraceHeader = memo(function TraceHeader({ trace, onSelectSpan, actions, quality, skew }: TraceHeaderProps) {
  const [warningsOpen, setWarningsOpen] = useState(false);
  const rootIndex = trace.roots[0];
  const root = rootIndex === undefined ? undefined : trace.spans[rootIndex];
  const groups = useMemo(() => quality ?? dataQuality(trace, []), [quality, trace]);
  const warningCount = useMemo(() => qualityCounts(groups).issues, [groups]);
  // In the title row, not among the stats: it appears a moment after the rest (skew is
  // detected after the first paint), and there it only narrows the title, where among the
  // stats it could wrap them onto another line and move the whole page down.
  const skewToggle = skew && (skew.detected > 0 || skew.adjusted) && (
    <EchoCheckbox
      className="th-skew"
      title="Shift spans of other clocks into their parents (Jaeger's adjustment); off shows the data as received"
      checked={skew.adjusted}
      onChange={skew.onToggle}
      testId="skew-toggle"
    >
      Adjust clock skew ({skew.detected} {skew.detected === 1 ? 'span' : 'spans'})
    </EchoCheckbox>
  );

  return (
    <header className="th" data-testid="trace-header">
      <TraceTitle
        root={root}
        traceId={trace.traceId}
        actions={
          skewToggle || actions ? (
            <>
              {skewToggle}
              {actions}
            </>
          ) : undefined
        }
      />
      <dl className="th-stats">
        <HeaderStat label="Start" value={trace.spans.length ? formatTimestamp(trace.startUs) : '–'} />
        <HeaderStat label="Duration" value={formatDuration(trace.durationUs)} testId="trace-duration" />
        <HeaderStat label="Services" value={String(trace.services.length)} />
        <HeaderStat label="Depth" value={String(trace.spans.length ? trace.maxDepth + 1 : 0)} />
        <HeaderStat label="Spans" value={formatCount(trace.spans.length)} testId="trace-span-count" />
        <HeaderStat
          label="Errors"
          value={formatCount(trace.errorCount)}
          tone={trace.errorCount > 0 ? 'danger' : undefined}
        />
        <div className="th-stat">
          <dt>Data quality</dt>
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
                {warningCount} {warningCount === 1 ? 'issue' : 'issues'} ▾
              </button>
            )}
            {warningsOpen && (
              <QualityPanel
                trace={trace}
                groups={groups}
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
      <ServicePills services={trace.services} />
    </header>
  );
});

