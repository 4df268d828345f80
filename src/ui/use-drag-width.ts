import { useCallback, useLayoutEffect, useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';

export interface DragWidthOptions {
  /** Where the width is remembered (a preference, not view state). */
  readonly storageKey: string;
  /** The CSS variable on the container that the layout reads. */
  readonly cssVar: string;
  readonly defaultPx: number;
  readonly minPx: number;
  /** Container width kept for everything else: the dragged part never grows into it. */
  readonly reservePx: number;
  /** 1: dragging right widens (a left-hand column); -1: dragging left widens (a right-hand panel). */
  readonly direction: 1 | -1;
}

/** Arrow keys move the handle by this much. */
const KEY_STEP_PX = 16;

function readStored(key: string, minPx: number, fallback: number): number {
  try {
    const n = Number(localStorage.getItem(key));
    return Number.isFinite(n) && n >= minPx ? n : fallback;
  } catch {
    return fallback;
  }
}

/**
 * Drag-to-resize for one part of a split layout. The width is written straight into a CSS
 * variable on the container: no React state, so nothing re-renders per pointer move (the
 * waterfall's rows would). Remembered in localStorage; arrow keys work on the handle too.
 */
export function useDragWidth(containerRef: RefObject<HTMLElement | null>, options: DragWidthOptions) {
  const { storageKey, cssVar, defaultPx, minPx, reservePx, direction } = options;
  const width = useRef(defaultPx);

  const apply = useCallback(
    (px: number) => {
      const el = containerRef.current;
      if (!el) return;
      const max = Math.max(minPx, el.clientWidth - reservePx);
      width.current = Math.round(Math.min(max, Math.max(minPx, px)));
      el.style.setProperty(cssVar, `${width.current}px`);
    },
    [containerRef, minPx, reservePx, cssVar],
  );

  useLayoutEffect(() => apply(readStored(storageKey, minPx, defaultPx)), [apply, storageKey, minPx, defaultPx]);

  const remember = useCallback(() => {
    try {
      localStorage.setItem(storageKey, String(width.current));
    } catch {
      // storage unavailable (private mode): the width just is not remembered
    }
  }, [storageKey]);

  const onPointerDown = useCallback(
    (e: PointerEvent<HTMLElement>) => {
      e.preventDefault();
      const handle = e.currentTarget;
      handle.setPointerCapture(e.pointerId);
      const startX = e.clientX;
      const startWidth = width.current;
      handle.classList.add('is-dragging');
      const move = (ev: globalThis.PointerEvent) => apply(startWidth + direction * (ev.clientX - startX));
      const up = () => {
        handle.classList.remove('is-dragging');
        handle.removeEventListener('pointermove', move);
        handle.removeEventListener('pointerup', up);
        handle.removeEventListener('pointercancel', up);
        remember();
      };
      handle.addEventListener('pointermove', move);
      handle.addEventListener('pointerup', up);
      handle.addEventListener('pointercancel', up);
    },
    [apply, direction, remember],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === 'ArrowLeft') apply(width.current - direction * KEY_STEP_PX);
      else if (e.key === 'ArrowRight') apply(width.current + direction * KEY_STEP_PX);
      else return;
      e.preventDefault();
      remember();
    },
    [apply, direction, remember],
  );

  return { onPointerDown, onKeyDown };
}
