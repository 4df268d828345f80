import {
  useCallback,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';

const STORAGE_KEY = 'tracescope.waterfall.nameColumnPx';
const MIN_PX = 160;
const DEFAULT_PX = 360;
const CSS_VAR = '--wf-name-width';

function readStored(): number {
  try {
    const n = Number(localStorage.getItem(STORAGE_KEY));
    return Number.isFinite(n) && n >= MIN_PX ? n : DEFAULT_PX;
  } catch {
    return DEFAULT_PX;
  }
}

/**
 * Drag-to-resize for the name column. The width lives in a CSS variable on the container,
 * written directly while dragging: no React state, so no row re-renders per pointer move.
 * Remembered in localStorage (a preference, not view state).
 */
export function useNameColumnResize(containerRef: RefObject<HTMLElement | null>) {
  const width = useRef(DEFAULT_PX);

  const apply = useCallback(
    (px: number) => {
      const el = containerRef.current;
      if (!el) return;
      const max = Math.max(MIN_PX, el.clientWidth - 200);
      width.current = Math.round(Math.min(max, Math.max(MIN_PX, px)));
      el.style.setProperty(CSS_VAR, `${width.current}px`);
    },
    [containerRef],
  );

  useLayoutEffect(() => apply(readStored()), [apply]);

  const onPointerDown = useCallback(
    (e: PointerEvent<HTMLElement>) => {
      e.preventDefault();
      const handle = e.currentTarget;
      handle.setPointerCapture(e.pointerId);
      const startX = e.clientX;
      const startWidth = width.current;
      handle.classList.add('is-dragging');
      const move = (ev: globalThis.PointerEvent) => apply(startWidth + ev.clientX - startX);
      const up = () => {
        handle.classList.remove('is-dragging');
        handle.removeEventListener('pointermove', move);
        handle.removeEventListener('pointerup', up);
        handle.removeEventListener('pointercancel', up);
        try {
          localStorage.setItem(STORAGE_KEY, String(width.current));
        } catch {
          // storage unavailable (private mode): the width just is not remembered
        }
      };
      handle.addEventListener('pointermove', move);
      handle.addEventListener('pointerup', up);
      handle.addEventListener('pointercancel', up);
    },
    [apply],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === 'ArrowLeft') apply(width.current - 16);
      else if (e.key === 'ArrowRight') apply(width.current + 16);
      else return;
      e.preventDefault();
    },
    [apply],
  );

  return { onPointerDown, onKeyDown };
}
