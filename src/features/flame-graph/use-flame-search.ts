import { useDeferredValue, useMemo } from 'react';
import type { Trace } from '../../model/types';
import { compileQuery } from '../../query-lang/evaluate';
import { parseQuery } from '../../query-lang/parse';

export interface FlameSearch {
  /** Per span index, 1 for a match; null when the box is empty or the query is invalid. */
  readonly matches: Uint8Array | null;
  readonly count: number;
  readonly error: string | null;
}

/** The search box, in the app's one filter language (in-trace reading: bare words are free text). */
export function useFlameSearch(trace: Trace, text: string): FlameSearch {
  const deferred = useDeferredValue(text);
  return useMemo(() => {
    if (!deferred.trim()) return { matches: null, count: 0, error: null };
    let indices: number[];
    try {
      indices = compileQuery(parseQuery(deferred), 'in-trace').matchingSpans(trace);
    } catch (e) {
      return { matches: null, count: 0, error: e instanceof Error ? e.message : String(e) };
    }
    const matches = new Uint8Array(trace.spans.length);
    for (const i of indices) matches[i] = 1;
    return { matches, count: indices.length, error: null };
  }, [trace, deferred]);
}
