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
 *
 * The remembered width is kept as asked and clamped to the container when its size is
 * known: by a ResizeObserver, which hears the size after the browser's own layout. Reading
 * `clientWidth` while mounting forced a layout of the whole page inside the task that first
 * drew the rows (~50 ms with a big trace's first rows), before the one the browser does
 * anyway; and the observer re-clamps when the window narrows, and gives the width back
 * when it widens again.
 */
export function useDragWidth(containerRef: RefObject<HTMLElement | null>, options: DragWidthOptions) {
  const { storageKey, cssVar, defaultPx, minPx, reservePx, direction } = options;
  /** The width asked for (dragged, or remembered). */
  const wanted = useRef(defaultPx);
  /** The width shown: `wanted` within what the container allows (null: the stylesheet's). */
  const shown = useRef<number | null>(null);
  const current = (): number => shown.current ?? wanted.current;

  const show = useCallback(
    (el: HTMLElement, px: number) => {
      if (px === shown.current) return;
      shown.current = px;
      el.style.setProperty(cssVar, `${px}px`);
    },
    [cssVar],
  );

  /** `wanted` within the container's width (read now: only on user actions and resizes). */
  const fit = useCallback(
    (el: HTMLElement, containerPx: number) => {
      const max = Math.max(minPx, containerPx - reservePx);
      show(el, Math.round(Math.min(max, Math.max(minPx, wanted.current))));
    },
    [minPx, reservePx, show],
  );

  const apply = useCallback(
    (px: number) => {
      const el = containerRef.current;
      if (!el) return;
      wanted.current = px;
      fit(el, el.clientWidth);
    },
    [containerRef, fit],
  );

  useLayoutEffect(() => {
    const el = containerRef.current;
    if (!el) return;
    wanted.current = readStored(storageKey, minPx, defaultPx);
    if (typeof ResizeObserver === 'undefined') {
      fit(el, el.clientWidth);
      return;
    }
    // Not clamped yet: the observer's first report comes after this frame's layout.
    show(el, Math.round(Math.max(minPx, wanted.current)));
    const observer = new ResizeObserver(() => fit(el, el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [containerRef, storageKey, minPx, defaultPx, fit, show]);

  const remember = useCallback(() => {
    try {
      localStorage.setItem(storageKey, String(current()));
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
      const startWidth = current();
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
      if (e.key === 'ArrowLeft') apply(current() - direction * KEY_STEP_PX);
      else if (e.key === 'ArrowRight') apply(current() + direction * KEY_STEP_PX);
      else return;
      e.preventDefault();
      remember();
    },
    [apply, direction, remember],
  );

  return { onPointerDown, onKeyDown };
}
