import { memo } from 'react';
import type { AxisTick } from './axis-ticks';

/** Tick labels above the timeline column, in the current time mode. */
export const TimeAxis = memo(function TimeAxis({ ticks }: { ticks: readonly AxisTick[] }) {
  return (
    <div className="wf-axis" aria-hidden="true" data-testid="time-axis">
      {ticks.map((t) => (
        <span
          key={t.key}
          className={`wf-axis-tick${t.fraction > 0.97 ? ' is-last' : ''}${t.fraction < 0.01 ? ' is-first' : ''}`}
          style={{ left: `${t.fraction * 100}%` }}
        >
          {t.label}
        </span>
      ))}
    </div>
  );
});

/** Vertical grid lines behind the bars, at the same fractions as the axis ticks. */
export const TimeGrid = memo(function TimeGrid({ ticks }: { ticks: readonly AxisTick[] }) {
  return (
    <div className="wf-grid" aria-hidden="true">
      {ticks.map((t) => (
        <span key={t.key} className="wf-grid-line" style={{ left: `${t.fraction * 100}%` }} />
      ))}
    </div>
  );
});
