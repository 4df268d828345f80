import { memo } from 'react';
import type { TimeMode } from '../../lib/clock-label';

const LABELS: readonly (readonly [TimeMode, string, string])[] = [
  ['rel', 'Rel', 'Times relative to the trace start'],
  ['local', 'Local', 'Wall-clock times in your time zone'],
  ['utc', 'UTC', 'Wall-clock times in UTC'],
];

/** Relative / Local / UTC: how the axis and the span details show times. */
export const TimeModeToggle = memo(function TimeModeToggle(props: {
  readonly mode: TimeMode;
  readonly onChange: (mode: TimeMode) => void;
}) {
  return (
    <div className="wf-segmented" role="group" aria-label="Time display">
      {LABELS.map(([mode, label, title]) => (
        <button
          key={mode}
          type="button"
          className={`wf-segment${props.mode === mode ? ' is-on' : ''}`}
          aria-pressed={props.mode === mode}
          title={title}
          onClick={() => props.onChange(mode)}
          data-testid={`time-mode-${mode}`}
        >
          {label}
        </button>
      ))}
    </div>
  );
});
