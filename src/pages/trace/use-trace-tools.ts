import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TraceFilterToolbarProps } from '../../features/trace-filter/trace-filter-toolbar';
import {
  dataQualityOf,
  skewAdjustedOf,
  skewFindingsOf,
} from '../../features/trace-filter/trace-analyses';
import { uiFindToQuery } from '../../features/trace-filter/ui-find';
import { useTraceFilter } from '../../features/trace-filter/use-trace-filter';
import type { SkewFinding } from '../../model/analyses/clock-skew';
import { stepCriticalSegment } from '../../model/analyses/critical-path-nav';
import { matchPosition, stepMatch } from '../../model/analyses/match-nav';
import type { Trace } from '../../model/types';
import type { QuickFilter, TraceViewState } from '../../state/url/trace-view-codec';
import { useAfterFirstPaint } from '../../ui/use-after-first-paint';

const NO_FINDINGS: readonly SkewFinding[] = [];

/** Typed text reaches the URL after this pause (replacing the entry), not on every key. */
const URL_WRITE_DELAY_MS = 400;

type SetView = (patch: Partial<TraceViewState>, options?: { replace?: boolean }) => void;
type Select = (index: number | null, via?: 'pointer' | 'keyboard' | 'link') => void;

/**
 * The trace page's filters, critical path and clock-skew adjustment, wired to the URL:
 * returns the trace to show (adjusted or not), the waterfall's highlight props, the toolbar's
 * props and the header's quality/skew props.
 */
export function useTraceTools(raw: Trace, view: TraceViewState, setView: SetView, selectedIndex: number | null, select: Select) {
  const trace = view.skewAdjust ? skewAdjustedOf(raw) : raw;
  // Clock-skew detection (and the quality list that includes it) can show a frame late: the
  // first rows of a 100k-span trace come first. Until then the header lists the trace's own
  // warnings.
  const painted = useAfterFirstPaint();
  const analysed = painted || view.skewAdjust;
  const skewFindings = analysed ? skewFindingsOf(raw) : NO_FINDINGS;
  const quality = analysed ? dataQualityOf(raw) : undefined;

  // The box's text is local state (typing never waits for the router); the URL follows.
  const urlText = view.find !== '' ? view.find : uiFindToQuery(view.uiFind);
  const [text, setText] = useState(urlText);
  // Texts we wrote to the URL that it may still show: navigations commit in transitions, so an
  // older one of ours can arrive after a newer write and must not be taken for a user's edit.
  const written = useRef<string[]>([urlText]);
  useEffect(() => {
    const k = written.current.lastIndexOf(urlText);
    if (k >= 0) {
      written.current = written.current.slice(k);
      return;
    }
    // The URL changed under us (back/forward, a pasted link): show its text.
    written.current = [urlText];
    setText(urlText);
  }, [urlText]);
  useEffect(() => {
    if (text === written.current[written.current.length - 1]) return undefined;
    const timer = setTimeout(() => {
      written.current = [...written.current, text];
      setView({ find: text, uiFind: null }, { replace: true });
    }, URL_WRITE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, setView]);

  const filter = useTraceFilter(trace, text, view.quickFilter, view.criticalPath);
  const { matches, critical } = filter;

  // Latest values for stable callbacks (the toolbar is memoized).
  const latest = useRef({ matches, critical, selectedIndex, trace });
  latest.current = { matches, critical, selectedIndex, trace };

  const onStepMatch = useCallback(
    (direction: 1 | -1) => {
      const { matches: m, selectedIndex: sel } = latest.current;
      const target = m ? stepMatch(m, sel, direction) : null;
      if (target !== null) select(target, 'keyboard');
    },
    [select],
  );

  const cpCursor = useRef<number | null>(null);
  const onStepCritical = useCallback(
    (direction: 1 | -1) => {
      const { critical: info, selectedIndex: sel, trace: t } = latest.current;
      if (!info) return;
      const pos = stepCriticalSegment(t, info.path, sel ?? -1, cpCursor.current, direction);
      const seg = pos >= 0 ? info.path[pos] : undefined;
      if (!seg) return;
      cpCursor.current = pos;
      select(seg.spanIndex, 'keyboard');
    },
    [select],
  );

  // A link with a filter and no selected span (Jaeger's `uiFind`, a shared `find`) opens
  // on the first match, so it is scrolled into view.
  const openOnFirstMatch = useRef(urlText !== '' && view.span === null);
  useEffect(() => {
    if (!openOnFirstMatch.current || filter.stale || matches === null) return;
    openOnFirstMatch.current = false;
    const first = matches[0];
    if (first !== undefined) select(first, 'keyboard');
  }, [matches, filter.stale, select]);

  const onMatchesOnly = useCallback((on: boolean) => setView({ matchesOnly: on }, { replace: true }), [setView]);
  const onQuickFilter = useCallback((qf: QuickFilter) => setView({ quickFilter: qf }, { replace: true }), [setView]);
  const onCriticalToggle = useCallback((on: boolean) => setView({ criticalPath: on }, { replace: true }), [setView]);
  const onSkewToggle = useCallback(() => setView({ skewAdjust: !view.skewAdjust }, { replace: true }), [setView, view.skewAdjust]);

  const position = matches ? matchPosition(matches, selectedIndex) : 0;
  const toolbar: TraceFilterToolbarProps = useMemo(
    () => ({
      search: {
        text,
        onTextChange: setText,
        error: filter.error,
        matchCount: matches ? matches.length : null,
        position,
        onStep: onStepMatch,
        matchesOnly: view.matchesOnly,
        onMatchesOnly,
        quickFilter: view.quickFilter,
        onQuickFilter,
        busy: filter.stale,
      },
      critical: { on: view.criticalPath, onToggle: onCriticalToggle, info: critical, onStep: onStepCritical },
    }),
    [text, filter.error, filter.stale, matches, position, onStepMatch, view.matchesOnly, onMatchesOnly, view.quickFilter, onQuickFilter, view.criticalPath, onCriticalToggle, critical, onStepCritical],
  );

  const skew = useMemo(
    () => ({ detected: skewFindings.length, adjusted: view.skewAdjust, onToggle: onSkewToggle }),
    [skewFindings.length, view.skewAdjust, onSkewToggle],
  );

  /** Selecting from the quality panel: a span hidden by "matches only" is shown by leaving that mode. */
  const selectRevealing = useCallback(
    (index: number) => {
      const { matches: m, trace: t } = latest.current;
      const uid = t.spans[index]?.uid;
      // One URL update: two in the same tick would overwrite each other.
      if (uid !== undefined && view.matchesOnly && m && matchPosition(m, index) === 0) setView({ span: uid, matchesOnly: false });
      else select(index, 'link');
    },
    [select, setView, view.matchesOnly],
  );

  return {
    trace,
    toolbar,
    waterfall: {
      matches,
      matchesOnly: view.matchesOnly,
      criticalSegments: view.criticalPath && critical ? critical.bySpan : null,
    },
    header: { quality, skew, onSelectSpan: selectRevealing },
  };
}
