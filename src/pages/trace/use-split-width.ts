import type { RefObject } from 'react';
import { useDragWidth, type DragWidthOptions } from '../../ui/use-drag-width';

const DETAILS_PANEL: DragWidthOptions = {
  storageKey: 'tracescope.trace.detailsPx',
  cssVar: '--tp-details-width',
  defaultPx: 440,
  minPx: 280,
  // The waterfall keeps at least this much.
  reservePx: 360,
  // The panel is on the right: dragging the splitter left widens it.
  direction: -1,
};

/** Drag (or arrow keys) to resize the span details panel beside the waterfall; see useDragWidth. */
export function useSplitWidth(containerRef: RefObject<HTMLElement | null>) {
  return useDragWidth(containerRef, DETAILS_PANEL);
}
