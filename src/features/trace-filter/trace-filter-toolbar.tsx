import { memo, useCallback, useRef } from 'react';
import { CriticalPathControls, type CriticalPathControlsProps } from './critical-path-controls';
import { TraceSearchBar, type TraceSearchBarProps } from './trace-search-bar';
import { useMatchKeys } from './use-match-keys';
import './trace-filter.css';

export interface TraceFilterToolbarProps {
  readonly search: TraceSearchBarProps;
  readonly critical: Omit<CriticalPathControlsProps, 'onStep'> & { readonly onStep: (direction: 1 | -1) => void };
}

/** The row above the waterfall: in-trace search, quick filters and the critical path. */
export const TraceFilterToolbar = memo(function TraceFilterToolbar({ search, critical }: TraceFilterToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  const focusSearch = useCallback(() => {
    const input = ref.current?.querySelector<HTMLInputElement>('[data-testid="trace-search"]');
    input?.focus();
    input?.select();
  }, []);
  useMatchKeys(search.onStep, focusSearch);
  return (
    <div className="tf" ref={ref} data-testid="trace-filter-toolbar">
      <TraceSearchBar {...search} />
      <CriticalPathControls {...critical} />
    </div>
  );
});
