import { formatClock, type TimeMode } from '../../lib/clock-label';
import { niceStep, timeTicks } from './time-ticks';

/** One labelled tick of the waterfall's time axis; `fraction` is across the visible window. */
export interface AxisTick {
  readonly key: number;
  readonly fraction: number;
  readonly label: string;
}

/**
 * Ticks for the visible window [fromUs, toUs] (offsets from the trace start). Relative mode
 * places them at round offsets; clock modes at round wall-clock instants, so a zoomed axis
 * reads 12:00:01.250, 12:00:01.500… O(ticks): safe to call on every zoom frame.
 */
export function axisTicks(
  traceStartUs: number,
  fromUs: number,
  toUs: number,
  mode: TimeMode,
  target = 6,
): AxisTick[] {
  const step = niceStep(toUs - fromUs, target);
  if (mode === 'rel') {
    return timeTicks(fromUs, toUs, target).map((t) => ({
      key: t.us,
      fraction: t.fraction,
      label: formatOffsetLabel(t.us, step, toUs),
    }));
  }
  const utc = mode === 'utc';
  return timeTicks(traceStartUs + fromUs, traceStartUs + toUs, target).map((t) => ({
    key: t.us,
    fraction: t.fraction,
    label: formatClock(t.us, utc, step),
  }));
}

/**
 * An offset from the trace start in one unit for the whole axis (picked from the window's
 * end) with as many decimals as the step needs: `1.2345s`, `250ms`, `12µs`.
 */
export function formatOffsetLabel(us: number, stepUs: number, maxUs: number): string {
  const [divisor, unit] = maxUs < 1_000 ? [1, 'µs'] : maxUs < 1_000_000 ? [1_000, 'ms'] : [1_000_000, 's'];
  const stepInUnit = stepUs / divisor;
  const decimals = stepInUnit >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(stepInUnit) - 1e-9));
  if (us === 0) return '0';
  const text = (us / divisor).toFixed(decimals);
  return `${text}${unit}`;
}
