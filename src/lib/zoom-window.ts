/**
 * A zoom window on a timeline, as fractions of the whole range: 0 ≤ start < end ≤ 1. Pure
 * math for the minimap brush, wheel and drag zoom, "zoom to span" and the `zoom=` URL field.
 * Nothing here depends on the number of spans: zooming costs O(1) per frame.
 */
export interface ZoomWindow {
  readonly start: number;
  readonly end: number;
}

export const FULL_WINDOW: ZoomWindow = { start: 0, end: 1 };

/** Narrowest window: a millionth of the range (a 10 s trace zooms down to 10 µs). */
export const MIN_ZOOM_WIDTH = 1e-6;

export function isFullWindow(w: ZoomWindow | null | undefined): boolean {
  return !w || (w.start <= 0 && w.end >= 1);
}

/**
 * A valid window near `w`: ordered, inside [0, 1], at least MIN_ZOOM_WIDTH wide (a too
 * narrow window grows around its centre; a window sticking out is shifted back in).
 */
export function clampWindow(w: ZoomWindow): ZoomWindow {
  let start = Number.isFinite(w.start) ? w.start : 0;
  let end = Number.isFinite(w.end) ? w.end : 1;
  if (end < start) [start, end] = [end, start];
  let width = Math.min(1, end - start);
  if (width < MIN_ZOOM_WIDTH) {
    const mid = (start + end) / 2;
    width = MIN_ZOOM_WIDTH;
    start = mid - width / 2;
  }
  start = Math.min(Math.max(0, start), 1 - width);
  end = start + width;
  if (end > 1) end = 1;
  return { start, end };
}

/**
 * Zooms by `factor` (> 1 zooms in, < 1 out) keeping the point at `anchor` (0..1 across the
 * current window, e.g. under the pointer) where it is.
 */
export function zoomAround(w: ZoomWindow, anchor: number, factor: number): ZoomWindow {
  if (!(factor > 0) || !Number.isFinite(factor)) return w;
  const a = Math.min(1, Math.max(0, anchor));
  const width = w.end - w.start;
  const at = w.start + a * width;
  const nextWidth = Math.min(1, Math.max(MIN_ZOOM_WIDTH, width / factor));
  return clampWindow({ start: at - a * nextWidth, end: at - a * nextWidth + nextWidth });
}

/** Moves the window by `delta` window widths (negative: towards the start), keeping its width. */
export function panWindow(w: ZoomWindow, delta: number): ZoomWindow {
  const width = w.end - w.start;
  const start = Math.min(1 - width, Math.max(0, w.start + delta * width));
  return { start, end: start + width };
}

/**
 * The window showing [a, b] of the current window (fractions across it, any order), e.g.
 * a range dragged on the axis.
 */
export function subWindow(w: ZoomWindow, a: number, b: number): ZoomWindow {
  const width = w.end - w.start;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return clampWindow({ start: w.start + lo * width, end: w.start + hi * width });
}

/**
 * The window showing the interval [fromUs, toUs] of a range [rangeStartUs, rangeStartUs +
 * rangeUs], with `padding` (a fraction of the interval) on both sides so the bar's ends show.
 */
export function windowForInterval(
  fromUs: number,
  toUs: number,
  rangeStartUs: number,
  rangeUs: number,
  padding = 0.02,
): ZoomWindow {
  if (!(rangeUs > 0)) return FULL_WINDOW;
  const a = (fromUs - rangeStartUs) / rangeUs;
  const b = (toUs - rangeStartUs) / rangeUs;
  const pad = Math.max(b - a, MIN_ZOOM_WIDTH) * padding;
  return clampWindow({ start: a - pad, end: b + pad });
}

/** Zoom factor for one wheel event: smooth for trackpads, about ×1.2 per mouse notch. */
export function wheelZoomFactor(deltaY: number, deltaMode = 0): number {
  // deltaMode 1 = lines, 2 = pages; normalise to pixels.
  const px = deltaY * (deltaMode === 1 ? 16 : deltaMode === 2 ? 400 : 1);
  const clamped = Math.max(-300, Math.min(300, px));
  return Math.exp(-clamped * 0.0018);
}

/**
 * URL text `<start>-<end>`: fractions with 4 decimals, more when the window is narrow, so
 * the decoded window is within 1% of its width of the original. Null for the full window.
 */
export function encodeZoom(w: ZoomWindow | null): string | null {
  if (!w || isFullWindow(w)) return null;
  const c = clampWindow(w);
  const width = c.end - c.start;
  const digits = Math.min(10, Math.max(4, Math.ceil(-Math.log10(width / 100))));
  const text = (x: number) => {
    const s = x.toFixed(digits).replace(/\.?0+$/, '');
    return s === '' ? '0' : s;
  };
  const out = `${text(c.start)}-${text(c.end)}`;
  // Rounding may reach the whole range: then say nothing.
  return out === '0-1' ? null : out;
}

const ZOOM_TEXT = /^([01]?(?:\.\d{1,12})?)-([01]?(?:\.\d{1,12})?)$/;

/** The window in a `zoom=` value, or null when absent or malformed (the page shows it all). */
export function decodeZoom(text: string | null): ZoomWindow | null {
  if (text === null) return null;
  const m = ZOOM_TEXT.exec(text.trim());
  if (!m) return null;
  if (m[1] === '' || m[2] === '') return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  if (!(end > start) || start < 0 || end > 1) return null;
  const w = clampWindow({ start, end });
  return isFullWindow(w) ? null : w;
}
