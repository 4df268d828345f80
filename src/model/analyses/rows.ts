import type { Trace } from '../types';

/** Which spans match a search: a predicate, or the matching span indices (any order). */
export type SpanMatches = ((spanIndex: number) => boolean) | ArrayLike<number>;

export interface RowOptions {
  /** Spans whose descendants are hidden (the span itself stays visible). */
  readonly collapsed?: ReadonlySet<number>;
  readonly matches?: SpanMatches;
  /** Show only matches and their ancestors (needs `matches`). */
  readonly matchesOnly?: boolean;
  /** Re-root the view on this span's subtree. */
  readonly focus?: number;
}

/** Marks each match and every ancestor of one: O(matches + marked ancestors). */
export function markMatchesAndAncestors(trace: Trace, matches: SpanMatches): Uint8Array {
  const spans = trace.spans;
  const keep = new Uint8Array(spans.length);
  const mark = (i: number) => {
    // Climb until a span that is already marked: each span is marked once.
    for (let v = i; v >= 0 && !keep[v]; v = spans[v]!.parentIndex) keep[v] = 1;
  };
  if (typeof matches === 'function') {
    for (let i = 0; i < spans.length; i++) if (matches(i)) mark(i);
  } else {
    for (let k = 0; k < matches.length; k++) {
      const i = matches[k]!;
      if (i >= 0 && i < spans.length) mark(i);
    }
  }
  return keep;
}

/**
 * The visible rows, in display (pre-)order, like Jaeger UI's generateRowStates but pure and
 * iterative: collapsed spans and non-matching subtrees are jumped over with subtreeEnd, so the
 * walk costs O(visible rows + skipped subtrees) (plus O(n) once for a predicate). A collapsed
 * span that contains matches stays visible in matches-only mode, its descendants do not.
 */
export function visibleRows(trace: Trace, options: RowOptions = {}): Int32Array {
  const spans = trace.spans;
  const { collapsed, matches, matchesOnly, focus } = options;
  const keep = matchesOnly && matches !== undefined ? markMatchesAndAncestors(trace, matches) : null;
  let from = 0;
  let to = spans.length;
  if (focus !== undefined && focus >= 0 && focus < spans.length) {
    from = focus;
    to = spans[focus]!.subtreeEnd;
  }
  const out: number[] = [];
  const hasCollapsed = collapsed !== undefined && collapsed.size > 0;
  let i = from;
  while (i < to) {
    if (keep && !keep[i]) {
      i = spans[i]!.subtreeEnd;
      continue;
    }
    out.push(i);
    i = hasCollapsed && collapsed.has(i) ? spans[i]!.subtreeEnd : i + 1;
  }
  return Int32Array.from(out);
}

/** The index range [start, end) of a span's subtree, for "focus on this subtree". */
export function subtreeOf(trace: Trace, focusIndex: number): { start: number; end: number } | null {
  const span = trace.spans[focusIndex];
  return span ? { start: focusIndex, end: span.subtreeEnd } : null;
}

/** Nothing collapsed. */
export function expandAll(): Set<number> {
  return new Set();
}

/** Every span that has children, so expanding one shows its children still folded. */
export function collapseAll(trace: Trace): Set<number> {
  const set = new Set<number>();
  for (const span of trace.spans) if (span.children.length > 0) set.add(span.index);
  return set;
}

/**
 * Shows depths 0..depth: the spans at `depth` that have children are collapsed (deeper
 * ones are hidden by them, and stay expanded when one of them is opened).
 */
export function collapseToDepth(trace: Trace, depth: number): Set<number> {
  const set = new Set<number>();
  for (const span of trace.spans) {
    if (span.depth === depth && span.children.length > 0) set.add(span.index);
  }
  return set;
}

/**
 * Collapses the topmost spans shorter than `thresholdUs` that have children, hiding the short
 * work beneath them; their descendants are skipped, not also collapsed, to keep the set small.
 */
export function collapseBelowDuration(trace: Trace, thresholdUs: number): Set<number> {
  const spans = trace.spans;
  const set = new Set<number>();
  let i = 0;
  while (i < spans.length) {
    const span = spans[i]!;
    if (span.durationUs < thresholdUs && span.children.length > 0) {
      set.add(i);
      i = span.subtreeEnd;
    } else {
      i++;
    }
  }
  return set;
}

/** Toggling one span. Returns a new set. */
export function toggleCollapsed(collapsed: ReadonlySet<number>, spanIndex: number): Set<number> {
  const next = new Set(collapsed);
  if (next.has(spanIndex)) next.delete(spanIndex);
  else next.add(spanIndex);
  return next;
}

/** The spans to collapse/expand so `spanIndex` becomes visible: its collapsed ancestors. */
export function revealSpan(trace: Trace, collapsed: ReadonlySet<number>, spanIndex: number): Set<number> {
  const next = new Set(collapsed);
  const span = trace.spans[spanIndex];
  if (!span) return next;
  for (let v = span.parentIndex; v >= 0; v = trace.spans[v]!.parentIndex) next.delete(v);
  return next;
}
