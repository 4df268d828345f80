import { useCallback, useRef } from 'react';
import type { Span } from '../../model/types';
import type { TimeWindow } from './timeline-marks';
import { timelineTitle } from './timeline-title';

/**
 * The rows' timeline tooltips, set on the cell under the pointer as it moves (an event tick's
 * own, or the bar's), not rendered into every row: a zoom then re-renders no row. Stable
 * across renders; reads the latest window.
 */
export function useTimelineTitle(spans: readonly Span[], window: TimeWindow) {
  const windowRef = useRef(window);
  windowRef.current = window;
  return useCallback(
    (index: number, cell: HTMLElement, clientX: number) => {
      const span = spans[index];
      if (!span) return;
      const box = cell.getBoundingClientRect();
      const title = timelineTitle(span, windowRef.current, clientX - box.left, box.width);
      if (cell.title !== title) cell.title = title;
    },
    [spans],
  );
}
