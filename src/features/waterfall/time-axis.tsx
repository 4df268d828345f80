import { memo } from 'react';
import { formatDuration } from '../../lib/format-time';
import type { Tick } from './time-ticks';

/** Tick labels above the timeline column (times relative to the trace start). */
export const TimeAxis = memo(function TimeAxis({ ticks }: { ticks: readonly Tick[] }) {
  return (
    <div className="wf-axis" aria-hidden="true">
      {ticks.map((t) => (
        <span
          key={t.us}
          className={`wf-axis-tick${t.fraction > 0.97 ? ' is-last' : ''}${t.fraction < 0.01 ? ' is-first' : ''}`}
          style={{ left: `${t.fraction * 100}%` }}
        >
          {formatDuration(t.us)}
        </span>
      ))}
    </div>
  );
});

/** Vertical grid lines behind the bars, at the same fractions as the axis ticks. */
export const TimeGrid = memo(function TimeGrid({ ticks }: { ticks: readonly Tick[] }) {
  return (
    <div className="wf-grid" aria-hidden="true">
      {ticks.map((t) => (
        <span key={t.us} className="wf-grid-line" style={{ left: `${t.fraction * 100}%` }} />
      ))}
    </div>
  );
});
