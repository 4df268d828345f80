import { formatDuration } from '../../lib/format-time';
import type { Span } from '../../model/types';

/** Event ticks drawn per bar at most; a span with thousands of logs stays one cheap row. */
export const MAX_EVENT_TICKS = 48;
/** A bar is never thinner than this, so a 1 µs span in a 10 s trace still shows. */
export const MIN_BAR_PX = 2;
/** Gap between a bar and its label; wider where an edge marker sits in between. */
export const LABEL_GAP_PX = 4;
export const LABEL_GAP_BY_MARKER_PX = 10;

/** The visible time window of the timeline, µs since the epoch. */
export interface TimeWindow {
  readonly startUs: number;
  readonly durationUs: number;
}

export type LabelPlacement = 'after' | 'before' | 'inside';

/** Everything drawn in one row of the timeline column, in CSS pixels from the column's left. */
export interface RowMarks {
  /** The bar's visible part; null when the span lies wholly outside the window. */
  readonly bar: { readonly x: number; readonly width: number; readonly clipStart: boolean; readonly clipEnd: boolean } | null;
  /** A marker at the column's edge for a span outside the window. */
  readonly outside: 'before' | 'after' | null;
  readonly label: {
    readonly placement: LabelPlacement;
    /** Where the label's text begins (after) or ends (before, inside). */
    readonly x: number;
    readonly duration: string;
    readonly hint: string | null;
  };
  /** Critical-path stretches, cut to the window. */
  readonly critical: readonly { readonly x: number; readonly width: number }[];
  /** Event ticks' centers, inside the window only. */
  readonly events: readonly number[];
}

/** A time's place in the column, as a fraction of its width (not clamped). */
export function timeFraction(timeUs: number, window: TimeWindow): number {
  return (timeUs - window.startUs) / (window.durationUs > 0 ? window.durationUs : 1);
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** Beside the bar where there is room (after, else before); else inside its end. */
export function labelPlacement(startFrac: number, endFrac: number): LabelPlacement {
  if (endFrac <= 0.72) return 'after';
  if (startFrac >= 0.3) return 'before';
  return 'inside';
}

/**
 * The row's marks: its bar cut to the window, the duration label beside it where there is
 * room, critical-path bands and event ticks. Positions are clamped to the column, as the
 * column clips what lies beyond it. `hint` is the span's short attribute hint (span-hint.ts).
 */
export function rowMarks(
  span: Span,
  window: TimeWindow,
  widthPx: number,
  hint: string | null,
  critical?: readonly { readonly startUs: number; readonly endUs: number }[],
): RowMarks {
  const startFrac = timeFraction(span.startUs, window);
  const endFrac = timeFraction(span.endUs, window);
  const outside = endFrac < 0 ? 'before' : startFrac > 1 ? 'after' : null;
  const x0 = clamp01(startFrac) * widthPx;
  const x1 = clamp01(endFrac) * widthPx;
  const bar = outside ? null : { x: x0, width: Math.max(MIN_BAR_PX, x1 - x0), clipStart: startFrac < 0, clipEnd: endFrac > 1 };
  const placement = labelPlacement(startFrac, endFrac);
  const labelX =
    placement === 'after'
      ? x1 + (outside === 'before' ? LABEL_GAP_BY_MARKER_PX : LABEL_GAP_PX)
      : placement === 'before'
        ? x0 - (outside === 'after' ? LABEL_GAP_BY_MARKER_PX : LABEL_GAP_PX)
        : x1;
  const bands: { x: number; width: number }[] = [];
  for (const seg of critical ?? []) {
    const a = timeFraction(seg.startUs, window);
    const b = timeFraction(seg.endUs, window);
    if (b < 0 || a > 1) continue;
    bands.push({ x: clamp01(a) * widthPx, width: (clamp01(b) - clamp01(a)) * widthPx });
  }
  const events: number[] = [];
  const n = Math.min(span.events.length, MAX_EVENT_TICKS);
  for (let i = 0; i < n; i++) {
    const f = timeFraction(span.events[i]!.timeUs, window);
    if (f >= 0 && f <= 1) events.push(f * widthPx);
  }
  return {
    bar,
    outside,
    label: { placement, x: labelX, duration: formatDuration(span.durationUs), hint: placement === 'inside' ? null : hint },
    critical: bands,
    events,
  };
}
