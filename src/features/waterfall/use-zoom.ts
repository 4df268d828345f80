import { useCallback, useEffect, useRef, useState } from 'react';
import { FULL_WINDOW, clampWindow, encodeZoom, isFullWindow, type ZoomWindow } from '../../lib/zoom-window';

/** How long a wheel or brush gesture must pause before the window is written to the URL. */
const COMMIT_DELAY_MS = 300;

/**
 * The waterfall's zoom window (fractions of the whole trace). Gestures (wheel, brush) update
 * it every frame in component state only; the URL (`zoom=`) follows once the gesture
 * pauses, replacing the history entry, so a wheel spin is not fifty router navigations.
 * A URL change from elsewhere (back/forward, a pasted link) wins over the local window.
 */
export function useZoom(urlZoom: ZoomWindow | null, commit: (w: ZoomWindow | null) => void) {
  const [zoom, setZoom] = useState<ZoomWindow>(urlZoom ?? FULL_WINDOW);
  const committed = useRef<string>(key(urlZoom));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const commitRef = useRef(commit);
  commitRef.current = commit;
  const latest = useRef(zoom);
  latest.current = zoom;

  // The URL changed without us (navigation): adopt it.
  const urlKey = key(urlZoom);
  useEffect(() => {
    if (urlKey === committed.current) return;
    committed.current = urlKey;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setZoom(urlZoom ?? FULL_WINDOW);
  }, [urlKey]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const flush = useCallback(() => {
    timer.current = null;
    const w = latest.current;
    const k = key(w);
    if (k === committed.current) return;
    committed.current = k;
    commitRef.current(isFullWindow(w) ? null : w);
  }, []);

  /** Sets the window; `immediate` writes the URL now (buttons, keys), else after a pause. */
  const set = useCallback(
    (next: ZoomWindow, immediate = false) => {
      const w = clampWindow(next);
      latest.current = w;
      setZoom(w);
      if (timer.current) clearTimeout(timer.current);
      if (immediate) flush();
      else timer.current = setTimeout(flush, COMMIT_DELAY_MS);
    },
    [flush],
  );
  /** Applies `f` to the latest window (several wheel events per frame compose). */
  const update = useCallback(
    (f: (w: ZoomWindow) => ZoomWindow, immediate = false) => set(f(latest.current), immediate),
    [set],
  );
  const reset = useCallback(() => set(FULL_WINDOW, true), [set]);

  return { zoom, set, update, reset };
}

/** The URL text of a window: equal keys mean the URL already says this window. */
function key(w: ZoomWindow | null): string {
  return encodeZoom(w) ?? '';
}
