import type { RefObject } from 'react';
import { useDragWidth, type DragWidthOptions } from '../../ui/use-drag-width';

const NAME_COLUMN: DragWidthOptions = {
  storageKey: 'tracescope.waterfall.nameColumnPx',
  cssVar: '--wf-name-width',
  defaultPx: 360,
  minPx: 160,
  // The timeline keeps at least this much.
  reservePx: 200,
  direction: 1,
};

/** Drag (or arrow keys) to resize the waterfall's name column; see useDragWidth. */
export function useNameColumnResize(containerRef: RefObject<HTMLElement | null>) {
  return useDragWidth(containerRef, NAME_COLUMN);
}
