import { useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { inIdleSlices } from '../../lib/idle-slices';
import { combineMatches } from '../../model/analyses/match-nav';
import type { Trace } from '../../model/types';
import type { Query } from '../../query-lang/ast';
import { compileQuery } from '../../query-lang/evaluate';
import { parseQuery } from '../../query-lang/parse';
import { QueryError } from '../../query-lang/query-error';
import { traceTextOf } from '../../query-lang/span-text';
import type { QuickFilter } from '../../state/url/trace-view-codec';
import { criticalPathOf, errorSpansOf, slowestSpansOf, type CriticalPathInfo } from './trace-analyses';

export interface TraceFilterResult {
  /** The syntax error of the text as typed (the last valid query keeps filtering meanwhile). */
  readonly error: QueryError | null;
  /** Matching spans ascending, or null when no filter is active. */
  readonly matches: Int32Array | null;
  /** The critical path when asked for (toggle or quick filter), else null. */
  readonly critical: CriticalPathInfo | null;
  /** True while the shown matches are for older text than typed (a big trace catching up). */
  readonly stale: boolean;
}

type Parsed = { readonly query: Query; readonly error: null } | { readonly query: null; readonly error: QueryError };

function parse(text: string): Parsed {
  try {
    return { query: parseQuery(text), error: null };
  } catch (e) {
    if (e instanceof QueryError) return { query: null, error: e };
    throw e;
  }
}

/**
 * The in-trace filter: the filter language in its in-trace context, combined with a quick
 * filter. Matching runs on a deferred copy of the text, so typing stays responsive on huge
 * traces without a fixed debounce delay; each distinct (trace, text) is matched once.
 */
export function useTraceFilter(
  trace: Trace,
  text: string,
  quickFilter: QuickFilter,
  criticalPath: boolean,
): TraceFilterResult {
  const deferred = useDeferredValue(text);
  // Build the free text while the browser is idle after the trace opens, so the first
  // keystroke does not pay for it (~200 ms on 100k spans), a chunk per slice of idle time,
  // so scrolling meanwhile never waits on it.
  useEffect(() => {
    const text = traceTextOf(trace);
    return inIdleSlices((keepGoing) => text.warm(keepGoing), { fallbackDelayMs: 500 });
  }, [trace]);
  const parsed = useMemo(() => parse(deferred), [deferred]);
  // While the text does not parse, keep filtering with the last query that did.
  const lastValid = useRef<Query>(null);
  if (parsed.error === null) lastValid.current = parsed.query;
  const query = parsed.error === null ? parsed.query : lastValid.current;

  const queryMatches = useMemo(
    () => (query === null ? null : compileQuery(query, 'in-trace').matchingSpans(trace)),
    [trace, query],
  );
  const needsCritical = criticalPath || quickFilter === 'critical';
  const critical = useMemo(() => (needsCritical ? criticalPathOf(trace) : null), [trace, needsCritical]);
  const quick = useMemo(() => {
    switch (quickFilter) {
      case 'errors':
        return errorSpansOf(trace);
      case 'slowest':
        return slowestSpansOf(trace);
      case 'critical':
        return criticalPathOf(trace).spans;
      case 'none':
        return null;
    }
  }, [trace, quickFilter]);
  const matches = useMemo(
    () => combineMatches(trace.spans.length, queryMatches, quick),
    [trace.spans.length, queryMatches, quick],
  );
  // The error shown is the one of the text as typed, right away.
  const shownError = useMemo(() => (text === deferred ? parsed.error : parse(text).error), [text, deferred, parsed]);
  return { error: shownError, matches, critical, stale: text !== deferred };
}
