import { useCallback, useEffect, useRef, useState } from 'react';
import type { TimeMode } from '../../lib/clock-label';
import { panWindow, windowForInterval, zoomAround, type ZoomWindow } from '../../lib/zoom-window';
import type { Trace } from '../../model/types';
import type { TraceViewState } from '../../state/url/trace-view-codec';
import { useTimeModeStore } from '../../state/ui/time-mode-store';
import { useZoom } from './use-zoom';

type View = Pick<TraceViewState, 'focus' | 'zoom' | 'time'>;
type ViewChange = (patch: Partial<View>, options?: { replace?: boolean }) => void;

/**
 * The waterfall's view controls beyond collapsing: zoom window, focused subtree, time mode
 * and the help overlay, with the actions the toolbar, rows and keys call. URL state comes
 * in through `view` and goes out through `onViewChange`.
 */
export function useWaterfallView(
  trace: Trace,
  view: View,
  onViewChange: ViewChange,
  selectedIndex: number | null,
) {
  const changeRef = useRef(onViewChange);
  changeRef.current = onViewChange;

  const focusIndex = view.focus === null ? null : (trace.byUid.get(view.focus) ?? null);
  // A span selected outside the focused subtree (a link, the URL) brings the whole trace back.
  const focusRef = useRef(focusIndex);
  focusRef.current = focusIndex;
  useEffect(() => {
    const f = focusRef.current;
    if (f === null || selectedIndex === null) return;
    const end = trace.spans[f]?.subtreeEnd ?? f;
    if (selectedIndex < f || selectedIndex >= end) changeRef.current({ focus: null }, { replace: true });
  }, [selectedIndex, trace]);

  const commitZoom = useCallback((w: ZoomWindow | null) => changeRef.current({ zoom: w }, { replace: true }), []);
  const { zoom, set: setZoom, update: updateZoom, reset: resetZoom } = useZoom(view.zoom, commitZoom);

  // Time mode: the URL's when it names one (and then it becomes the remembered one too).
  const storedMode = useTimeModeStore((s) => s.mode);
  const setStoredMode = useTimeModeStore((s) => s.setMode);
  useEffect(() => {
    if (view.time !== null) setStoredMode(view.time);
  }, [view.time, setStoredMode]);
  const timeMode: TimeMode = view.time ?? storedMode;
  const setTimeMode = useCallback(
    (mode: TimeMode) => {
      setStoredMode(mode);
      changeRef.current({ time: mode }, { replace: true });
    },
    [setStoredMode],
  );

  const zoomToSpan = useCallback(
    (index: number) => {
      const span = trace.spans[index];
      if (span) setZoom(windowForInterval(span.startUs, span.endUs, trace.startUs, trace.durationUs), true);
    },
    [trace, setZoom],
  );
  const zoomBy = useCallback((factor: number) => updateZoom((w) => zoomAround(w, 0.5, factor), true), [updateZoom]);
  const pan = useCallback((windows: number) => updateZoom((w) => panWindow(w, windows), true), [updateZoom]);
  const brushZoom = useCallback((w: ZoomWindow, done: boolean) => setZoom(w, done), [setZoom]);

  /** Re-roots the waterfall on a subtree (and zooms to it), or back to the whole trace. */
  const focusOn = useCallback(
    (index: number | null) => {
      const span = index === null ? undefined : trace.spans[index];
      if (!span) {
        changeRef.current({ focus: null, zoom: null });
        return;
      }
      const w = windowForInterval(span.startUs, span.endUs, trace.startUs, trace.durationUs);
      changeRef.current({ focus: span.parentIndex < 0 && trace.roots.length === 1 ? null : span.uid, zoom: w });
    },
    [trace],
  );

  const [helpOpen, setHelpOpen] = useState(false);
  const toggleHelp = useCallback(() => setHelpOpen((open) => !open), []);
  // `?` opens the help from anywhere on the page, except while typing.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      e.preventDefault();
      setHelpOpen((open) => !open);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return {
    zoom,
    updateZoom,
    resetZoom,
    brushZoom,
    zoomToSpan,
    zoomBy,
    pan,
    focusIndex,
    focusOn,
    timeMode,
    setTimeMode,
    helpOpen,
    toggleHelp,
  };
}
