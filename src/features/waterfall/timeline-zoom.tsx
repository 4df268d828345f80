import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { panWindow, subWindow, wheelZoomFactor, zoomAround, type ZoomWindow } from '../../lib/zoom-window';

type UpdateZoom = (f: (w: ZoomWindow) => ZoomWindow, immediate?: boolean) => void;

/**
 * Wheel zoom: a plain wheel over the time axis, or Ctrl/⌘ + wheel anywhere over the
 * waterfall, zooms around the pointer; a horizontal wheel (or Shift + wheel) over the axis
 * pans. The listener is native and non-passive, so the page neither scrolls nor zooms.
 */
export function useWheelZoom(
  containerRef: RefObject<HTMLElement | null>,
  axisRef: RefObject<HTMLElement | null>,
  update: UpdateZoom,
) {
  const updateRef = useRef(update);
  updateRef.current = update;
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const onWheel = (e: WheelEvent) => {
      const axis = axisRef.current;
      if (!axis) return;
      const overAxis = axis.contains(e.target as Node);
      if (!overAxis && !e.ctrlKey && !e.metaKey) return;
      const rect = axis.getBoundingClientRect();
      if (rect.width <= 0) return;
      const anchor = (e.clientX - rect.left) / rect.width;
      if (!overAxis && (anchor < 0 || anchor > 1)) return; // over the name column: leave it
      e.preventDefault();
      const horizontal = Math.abs(e.deltaX) > Math.abs(e.deltaY) || (e.shiftKey && !e.ctrlKey && !e.metaKey);
      if (horizontal) {
        const delta = (Math.abs(e.deltaX) > Math.abs(e.deltaY) ? e.deltaX : e.deltaY) / rect.width;
        updateRef.current((w) => panWindow(w, delta));
      } else {
        updateRef.current((w) => zoomAround(w, anchor, wheelZoomFactor(e.deltaY, e.deltaMode)));
      }
    };
    container.addEventListener('wheel', onWheel, { passive: false });
    return () => container.removeEventListener('wheel', onWheel);
  }, [containerRef, axisRef]);
}

/** Drag a range on the time axis to zoom to it; the range shows while dragging. */
export function useAxisDragZoom(update: UpdateZoom) {
  const [range, setRange] = useState<{ a: number; b: number } | null>(null);
  const drag = useRef<{ x0: number; left: number; width: number; pointer: number } | null>(null);

  const fraction = (clientX: number) => {
    const d = drag.current!;
    return Math.min(1, Math.max(0, (clientX - d.left) / d.width));
  };
  const onPointerDown = (e: ReactPointerEvent<HTMLElement>) => {
    if (e.button !== 0) return;
    const rect = e.currentTarget.getBoundingClientRect();
    if (rect.width <= 0) return;
    drag.current = { x0: e.clientX, left: rect.left, width: rect.width, pointer: e.pointerId };
    e.currentTarget.setPointerCapture(e.pointerId);
    const a = fraction(e.clientX);
    setRange({ a, b: a });
    e.preventDefault();
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLElement>) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    setRange({ a: fraction(d.x0), b: fraction(e.clientX) });
  };
  const finish = (e: ReactPointerEvent<HTMLElement>, apply: boolean) => {
    const d = drag.current;
    if (!d || d.pointer !== e.pointerId) return;
    drag.current = null;
    setRange(null);
    // A click (under 4 px of movement) is not a zoom.
    if (apply && Math.abs(e.clientX - d.x0) >= 4) {
      const a = (d.x0 - d.left) / d.width;
      const b = (e.clientX - d.left) / d.width;
      update((w) => subWindow(w, Math.max(0, Math.min(a, b)), Math.min(1, Math.max(a, b))), true);
    }
  };
  return {
    range,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: (e: ReactPointerEvent<HTMLElement>) => finish(e, true),
      onPointerCancel: (e: ReactPointerEvent<HTMLElement>) => finish(e, false),
    },
  };
}
