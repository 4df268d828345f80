import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL_GAP_BY_MARKER_PX, LABEL_GAP_PX, MAX_EVENT_TICKS, MIN_BAR_PX, rowMarks } from './timeline-marks';
import { timelineSpan } from './timeline-test-span';

const W = 1000;
const FULL = { startUs: 0, durationUs: 1000 };

describe('rowMarks', () => {
  it('places the bar by time, with its label after it while there is room, else before, else inside', () => {
    const after = rowMarks(timelineSpan(100, 300), FULL, W, 'GET');
    expect(after.bar).toEqual({ x: 100, width: 200, clipStart: false, clipEnd: false });
    expect(after.label).toEqual({ placement: 'after', x: 300 + LABEL_GAP_PX, duration: '200µs', hint: 'GET' });
    const before = rowMarks(timelineSpan(400, 900), FULL, W, 'GET');
    expect(before.label).toMatchObject({ placement: 'before', x: 400 - LABEL_GAP_PX, hint: 'GET' });
    // No room either side: inside the bar's end, and without the hint.
    const inside = rowMarks(timelineSpan(0, 1000), FULL, W, 'GET');
    expect(inside.label).toMatchObject({ placement: 'inside', x: 1000, hint: null });
    expect(inside.outside).toBeNull();
  });

  it('gives a tiny span a bar still wide enough to see', () => {
    expect(rowMarks(timelineSpan(500, 500.1), FULL, W, null).bar!.width).toBe(MIN_BAR_PX);
  });

  it('cuts a bar at the zoom window and says which side is cut', () => {
    const zoom = { startUs: 200, durationUs: 400 };
    expect(rowMarks(timelineSpan(100, 700), zoom, W, null).bar).toEqual({ x: 0, width: W, clipStart: true, clipEnd: true });
    expect(rowMarks(timelineSpan(100, 400), zoom, W, null).bar).toEqual({ x: 0, width: 500, clipStart: true, clipEnd: false });
  });

  it('draws no bar for a span outside the window, but a marker at that edge, with its label beside the marker', () => {
    const zoom = { startUs: 200, durationUs: 400 };
    const early = rowMarks(timelineSpan(0, 100), zoom, W, null);
    expect(early.bar).toBeNull();
    expect(early.outside).toBe('before');
    expect(early.label).toMatchObject({ placement: 'after', x: LABEL_GAP_BY_MARKER_PX });
    const late = rowMarks(timelineSpan(700, 800), zoom, W, null);
    expect(late.outside).toBe('after');
    expect(late.label).toMatchObject({ placement: 'before', x: W - LABEL_GAP_BY_MARKER_PX });
  });

  it('places critical-path bands by their own times, cut to the window, even on a bar the window cuts', () => {
    const zoom = { startUs: 200, durationUs: 400 };
    const marks = rowMarks(timelineSpan(0, 1000), zoom, W, null, [
      { startUs: 0, endUs: 100 }, // before the window: not drawn
      { startUs: 150, endUs: 300 }, // cut at the window's start
      { startUs: 400, endUs: 500 },
    ]);
    expect(marks.critical).toEqual([
      { x: 0, width: 250 },
      { x: 500, width: 250 },
    ]);
  });

  it('ticks the events inside the window, at most MAX_EVENT_TICKS', () => {
    const events = Array.from({ length: 100 }, (_, i) => ({ name: `e${i}`, timeUs: i * 10, attributes: [] }));
    const marks = rowMarks(timelineSpan(0, 1000, { events }), { startUs: 100, durationUs: 900 }, 900, null);
    // Events 10..47 are at 100..470 µs: inside the window; 0..9 are before it; 48.. are past the cap.
    expect(marks.events).toHaveLength(MAX_EVENT_TICKS - 10);
    expect(marks.events[0]).toBe(0);
  });

  it('keeps every mark within the column, for any span and window', () => {
    const time = fc.integer({ min: -1e6, max: 2e6 });
    fc.assert(
      fc.property(time, fc.nat(1e6), time, fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 10, max: 3000 }), (start, dur, wStart, wDur, width) => {
        const marks = rowMarks(timelineSpan(start, start + dur), { startUs: wStart, durationUs: wDur }, width, 'x');
        const visible = start + dur >= wStart && start <= wStart + wDur;
        expect(marks.bar !== null).toBe(visible);
        expect(marks.outside === null).toBe(visible);
        if (marks.bar) {
          expect(marks.bar.x).toBeGreaterThanOrEqual(0);
          expect(marks.bar.x + marks.bar.width).toBeLessThanOrEqual(width + MIN_BAR_PX);
          expect(marks.bar.clipStart).toBe(start < wStart);
          expect(marks.bar.clipEnd).toBe(start + dur > wStart + wDur);
        }
        expect(marks.label.x).toBeGreaterThanOrEqual(-LABEL_GAP_BY_MARKER_PX);
        expect(marks.label.x).toBeLessThanOrEqual(width + LABEL_GAP_BY_MARKER_PX);
      }),
    );
  });
});
