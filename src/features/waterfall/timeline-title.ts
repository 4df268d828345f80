import { formatDuration } from '../../lib/format-time';
import { isErrorSpan } from '../../model/attributes';
import type { Span } from '../../model/types';
import { MAX_EVENT_TICKS, timeFraction, type TimeWindow } from './timeline-marks';

/** How near (CSS px) the pointer must be to an event tick for the tick's own tooltip. */
const EVENT_HIT_PX = 4;

/** The tooltip of a row's timeline: the span, when it starts in the window, and any marks. */
export function barTitle(span: Span, window: TimeWindow): string {
  const startFrac = timeFraction(span.startUs, window);
  const endFrac = timeFraction(span.endUs, window);
  const outside = endFrac < 0 ? 'before' : startFrac > 1 ? 'after' : null;
  const offsetUs = span.startUs - window.startUs;
  const at = `${offsetUs < 0 ? '−' : '+'}${formatDuration(Math.abs(offsetUs))}`;
  return (
    `${span.service} · ${span.name}\n${formatDuration(span.durationUs)} at ${at}` +
    (isErrorSpan(span) ? '\nerror' : '') +
    (outside ? `\nOutside the zoom window (${outside})` : '')
  );
}

/**
 * The tooltip where the pointer is, `x` CSS px into a column `widthPx` wide: the nearest
 * event tick's name and time when the pointer is on one (the ticks are drawn, not elements
 * with titles of their own), else the bar's.
 */
export function timelineTitle(span: Span, window: TimeWindow, x: number, widthPx: number): string {
  let best = -1;
  let bestDistance = EVENT_HIT_PX;
  const n = Math.min(span.events.length, MAX_EVENT_TICKS);
  for (let i = 0; i < n; i++) {
    const distance = Math.abs(timeFraction(span.events[i]!.timeUs, window) * widthPx - x);
    if (distance <= bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  if (best < 0) return barTitle(span, window);
  const ev = span.events[best]!;
  return `${ev.name} @ +${formatDuration(ev.timeUs - span.startUs)}`;
}
