import { useCallback, useLayoutEffect, useRef, type PointerEvent, type RefObject } from 'react';

const STORAGE_KEY = 'tracescope.trace.detailsPx';
const DEFAULT_PX = 440;
const MIN_PX = 280;
const CSS_VAR = '--tp-details-width';

/**
 * Drag-to-resize for the span details panel beside the waterfall. Written straight into a
 * CSS variable (no React state per pointer move), remembered in localStorage.
 */
export function useSplitWidth(containerRef: RefObject<HTMLElement | null>) {
  const width = useRef(DEFAULT_PX);
  const apply = useCallback(
    (px: number) => {
      const el = containerRef.current;
      if (!el) return;
      const max = Math.max(MIN_PX, el.clientWidth - 360);
      width.current = Math.round(Math.min(max, Math.max(MIN_PX, px)));
      el.style.setProperty(CSS_VAR, `${width.current}px`);
    },
    [containerRef],
  );

  useLayoutEffect(() => {
    let stored = DEFAULT_PX;
    try {
      const n = Number(localStorage.getItem(STORAGE_KEY));
      if (Number.isFinite(n) && n >= MIN_PX) stored = n;
    } catch {
      // no storage: default width
    }
    apply(stored);
  }, [apply]);

  const onPointerDown = useCallback(
    (e: PointerEvent<HTMLElement>) => {
      e.preventDefault();
      const handle = e.currentTarget;
      handle.setPointerCapture(e.pointerId);
      const startX = e.clientX;
      const start = width.current;
      const move = (ev: globalThis.PointerEvent) => apply(start - (ev.clientX - startX));
      const up = () => {
        handle.removeEventListener('pointermove', move);
        handle.removeEventListener('pointerup', up);
        handle.removeEventListener('pointercancel', up);
        try {
          localStorage.setItem(STORAGE_KEY, String(width.current));
        } catch {
          // not remembered
        }
      };
      handle.addEventListener('pointermove', move);
      handle.addEventListener('pointerup', up);
      handle.addEventListener('pointercancel', up);
    },
    [apply],
  );
  return { onPointerDown };
}
