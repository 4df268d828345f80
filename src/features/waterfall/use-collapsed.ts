import { useCallback, useRef, useState } from 'react';
import { decodeCollapsed, encodeCollapsed } from '../../model/analyses/collapsed-codec';
import {
  collapseAll as collapseAllOf,
  collapseBelowDuration,
  collapseToDepth as collapseToDepthOf,
  revealSpan,
} from '../../model/analyses/rows';
import type { Trace } from '../../model/types';

/**
 * The waterfall's collapsed spans (indices), kept in the URL as collapsed-codec text
 * (`collapsed=`), so a pasted link folds the same rows. Actions stay thin: each computes the
 * next set, encodes it and hands the text to `write`; the rows derive from the set by a pure
 * function. The set is kept in component state too: the URL echo of a write is recognised and
 * not decoded again (that would cost O(n) per toggle on a 100k-span trace).
 */
export function useCollapsed(trace: Trace, text: string, write: (text: string) => void) {
  // The set shown now. Actions update it at once (a router navigation may be deferred as a
  // transition, and a click must fold its rows in the same frame) and then write the URL.
  const [local, setLocal] = useState(() => ({ trace, text, set: decode(trace, text) }));
  // Texts written but not yet seen back in the URL: their echo is not a navigation.
  const pending = useRef<string[]>([]);
  const seenUrl = useRef(text);
  let current = local;
  if (local.trace !== trace) {
    current = { trace, text, set: decode(trace, text) };
    pending.current = [];
    seenUrl.current = text;
    setLocal(current);
  } else if (text !== seenUrl.current) {
    seenUrl.current = text;
    const echo = pending.current.indexOf(text);
    if (echo >= 0) pending.current = pending.current.slice(echo + 1);
    else if (text !== local.text) {
      // Back/forward or a pasted link: the URL wins.
      pending.current = [];
      current = { trace, text, set: decode(trace, text) };
      setLocal(current);
    }
  }
  const collapsed = current.set;

  // The latest set, so two actions before the next render build on each other.
  const latest = useRef(collapsed);
  latest.current = collapsed;
  const writeRef = useRef(write);
  writeRef.current = write;

  const update = useCallback(
    (f: (prev: ReadonlySet<number>) => ReadonlySet<number>) => {
      const prev = latest.current;
      const next = f(prev);
      if (next === prev) return;
      const nextText = next.size === 0 ? '' : encodeCollapsed(trace, next);
      latest.current = next;
      pending.current.push(nextText);
      setLocal({ trace, text: nextText, set: next });
      writeRef.current(nextText);
    },
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
  const expandAll = useCallback(() => update((prev) => (prev.size === 0 ? prev : EMPTY)), [update]);
  const collapseAll = useCallback(() => update(() => collapseAllOf(trace)), [update, trace]);
  const collapseToDepth = useCallback((depth: number) => update(() => collapseToDepthOf(trace, depth)), [update, trace]);
  const collapseShorterThan = useCallback(
    (thresholdUs: number) => update(() => collapseBelowDuration(trace, thresholdUs)),
    [update, trace],
  );
  const reveal = useCallback(
    (index: number) =>
      update((prev) => {
        const next = revealSpan(trace, prev, index);
        // Keep the same set when nothing was hidden, so nothing is written.
        return next.size === prev.size ? prev : next;
      }),
    [update, trace],
  );

  return { collapsed, toggle, setOne, expandAll, collapseAll, collapseToDepth, collapseShorterThan, reveal };
}

const EMPTY: ReadonlySet<number> = new Set();

function decode(trace: Trace, text: string): ReadonlySet<number> {
  return text === '' ? EMPTY : (decodeCollapsed(trace, text) ?? EMPTY);
}
