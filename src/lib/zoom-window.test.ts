import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  FULL_WINDOW,
  MIN_ZOOM_WIDTH,
  clampWindow,
  decodeZoom,
  encodeZoom,
  panWindow,
  subWindow,
  wheelZoomFactor,
  windowForInterval,
  zoomAround,
} from './zoom-window';

const win = fc
  .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
  .filter(([a, b]) => Math.abs(a - b) >= MIN_ZOOM_WIDTH)
  .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));

const valid = (w: { start: number; end: number }) =>
  w.start >= 0 && w.end <= 1 && w.end - w.start >= MIN_ZOOM_WIDTH * (1 - 1e-9);

describe('clampWindow', () => {
  it('orders, shifts inside and widens too narrow windows', () => {
    expect(clampWindow({ start: 0.6, end: 0.4 })).toEqual({ start: 0.4, end: 0.6 });
    const shifted = clampWindow({ start: 0.9, end: 1.2 });
    expect(shifted.end).toBe(1);
    expect(shifted.start).toBeCloseTo(0.7, 12);
    expect(clampWindow({ start: -1, end: 3 })).toEqual(FULL_WINDOW);
    const narrow = clampWindow({ start: 0.5, end: 0.5 });
    expect(narrow.end - narrow.start).toBeCloseTo(MIN_ZOOM_WIDTH, 15);
    expect(clampWindow({ start: NaN, end: Infinity })).toEqual(FULL_WINDOW);
  });

  it('always returns a valid window', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (start, end) => valid(clampWindow({ start, end }))),
    );
  });
});

describe('zoomAround', () => {
  it('keeps the anchor point in place', () => {
    fc.assert(
      fc.property(win, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 1.01, max: 8, noNaN: true }), (w, anchor, factor) => {
        const next = zoomAround(w, anchor, factor);
        expect(valid(next)).toBe(true);
        // Zooming in never leaves the old window: the anchor point stays where it was.
        const before = w.start + anchor * (w.end - w.start);
        const after = next.start + anchor * (next.end - next.start);
        if (next.end - next.start > MIN_ZOOM_WIDTH * 1.0001) expect(after).toBeCloseTo(before, 9);
      }),
    );
  });

  it('zooming out stops at the whole range', () => {
    expect(zoomAround({ start: 0.4, end: 0.6 }, 0.5, 0.01)).toEqual(FULL_WINDOW);
    const half = zoomAround(FULL_WINDOW, 0, 2);
    expect(half.start).toBe(0);
    expect(half.end).toBeCloseTo(0.5, 12);
  });

  it('ignores nonsense factors', () => {
    const w = { start: 0.1, end: 0.2 };
    expect(zoomAround(w, 0.5, 0)).toBe(w);
    expect(zoomAround(w, 0.5, NaN)).toBe(w);
  });
});

describe('panWindow, subWindow, windowForInterval', () => {
  it('pans by window widths and stops at the ends', () => {
    const p = panWindow({ start: 0.2, end: 0.4 }, 0.5);
    expect(p.start).toBeCloseTo(0.3, 12);
    expect(p.end).toBeCloseTo(0.5, 12);
    expect(panWindow({ start: 0.2, end: 0.4 }, -5)).toEqual({ start: 0, end: 0.2 });
    const end = panWindow({ start: 0.2, end: 0.4 }, 5);
    expect(end.end).toBeCloseTo(1, 12);
  });

  it('maps a range dragged across the current window', () => {
    const w = subWindow({ start: 0.5, end: 1 }, 0.8, 0.2);
    expect(w.start).toBeCloseTo(0.6, 12);
    expect(w.end).toBeCloseTo(0.9, 12);
  });

  it('frames a span with padding, inside the range', () => {
    const w = windowForInterval(1_250, 1_750, 1_000, 1_000, 0.1);
    expect(w.start).toBeCloseTo(0.2, 12);
    expect(w.end).toBeCloseTo(0.8, 12);
    expect(windowForInterval(1_000, 2_000, 1_000, 1_000)).toEqual(FULL_WINDOW);
    expect(windowForInterval(0, 10, 0, 0)).toEqual(FULL_WINDOW);
    const zeroLength = windowForInterval(1_500, 1_500, 1_000, 1_000);
    expect(valid(zeroLength)).toBe(true);
  });
});

describe('wheelZoomFactor', () => {
  it('zooms in on wheel up, out on wheel down, bounded per event', () => {
    expect(wheelZoomFactor(-100)).toBeGreaterThan(1);
    expect(wheelZoomFactor(100)).toBeLessThan(1);
    expect(wheelZoomFactor(100) * wheelZoomFactor(-100)).toBeCloseTo(1, 12);
    expect(wheelZoomFactor(-1e9)).toBe(wheelZoomFactor(-300));
    expect(wheelZoomFactor(-3, 1)).toBeCloseTo(wheelZoomFactor(-48), 12);
  });
});

describe('zoom URL text', () => {
  it('writes 4 decimals, more for narrow windows, nothing for the whole range', () => {
    expect(encodeZoom({ start: 0.25, end: 0.5 })).toBe('0.25-0.5');
    expect(encodeZoom({ start: 0.123456, end: 0.654321 })).toBe('0.1235-0.6543');
    expect(encodeZoom({ start: 0, end: 1 })).toBeNull();
    expect(encodeZoom(null)).toBeNull();
    expect(encodeZoom({ start: 0.5, end: 0.50002 })).toBe('0.5-0.50002');
  });

  it('reads what it writes, within 1% of the window width', () => {
    fc.assert(
      fc.property(win, (w) => {
        const text = encodeZoom(w);
        const back = decodeZoom(text);
        if (text === null) {
          expect(w.end - w.start).toBeGreaterThan(0.9999);
          return;
        }
        expect(back).not.toBeNull();
        const width = w.end - w.start;
        expect(Math.abs(back!.start - w.start)).toBeLessThanOrEqual(width * 0.01);
        expect(Math.abs(back!.end - w.end)).toBeLessThanOrEqual(width * 0.01);
        // And the text is stable: encoding the decoded window gives the same text.
        expect(encodeZoom(back)).toBe(text);
      }),
    );
  });

  it('ignores malformed values', () => {
    for (const bad of ['', 'abc', '0.5', '0.6-0.4', '0.2-1.5', '-0.1-0.5', '0.1-0.2-0.3', '1-1', 'NaN-1', '0.1 - 0.2x']) {
      expect(decodeZoom(bad)).toBeNull();
    }
    expect(decodeZoom(null)).toBeNull();
    expect(decodeZoom('0-1')).toBeNull();
    expect(decodeZoom('.25-.5')).toEqual({ start: 0.25, end: 0.5 });
  });
});
