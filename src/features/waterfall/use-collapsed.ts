import { useCallback, useState } from 'react';
import type { Trace } from '../../model/types';
import { collapseAll as collapseAllOf, revealSpan } from '../../model/analyses/rows';

/**
 * The waterfall's collapsed spans (indices). Actions stay thin; the rows are derived from
 * this set by a pure function. Kept per trace: a new trace starts fully expanded. (Later
 * it moves into the URL; the actions keep their names.)
 */
export function useCollapsed(trace: Trace) {
  const [state, setState] = useState<{ trace: Trace; set: ReadonlySet<number> }>(() => ({
    trace,
    set: new Set(),
  }));
  const collapsed = state.trace === trace ? state.set : EMPTY;

  const update = useCallback(
    (f: (prev: ReadonlySet<number>) => ReadonlySet<number>) =>
      setState((s) => {
        const prev = s.trace === trace ? s.set : EMPTY;
        const next = f(prev);
        return next === prev && s.trace === trace ? s : { trace, set: next };
      }),
    [trace],
  );

  const toggle = useCallback(
    (index: number) =>
      update((prev) => {
        const next = new Set(prev);
        if (!next.delete(index)) next.add(index);
        return next;
      }),
    [update],
  );
  const setOne = useCallback(
    (index: number, isCollapsed: boolean) =>
      update((prev) => {
        if (prev.has(index) === isCollapsed) return prev;
        const next = new Set(prev);
        if (isCollapsed) next.add(index);
        else next.delete(index);
        return next;
      }),
    [update],
  );
  const expandAll = useCallback(() => update(() => EMPTY), [update]);
  const collapseAll = useCallback(() => update(() => collapseAllOf(trace)), [update, trace]);
  const reveal = useCallback(
    (index: number) =>
      update((prev) => {
        const next = revealSpan(trace, prev, index);
        // Keep the same set when nothing was hidden, so no re-render follows.
        return next.size === prev.size ? prev : next;
      }),
    [update, trace],
  );

  return { collapsed, toggle, setOne, expandAll, collapseAll, reveal };
}

const EMPTY: ReadonlySet<number> = new Set();
