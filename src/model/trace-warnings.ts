import type { DataWarning, TraceWarning, WarningKind } from './types';

// Trace-level warnings list each kind once, pointing at every span that has it, in a fixed
// order so the header reads the same for the same data.
const ORDER: readonly WarningKind[] = [
  'truncated',
  'source-warning',
  'multiple-traces',
  'invalid-id',
  'parent-cycle',
  'duplicate-span-id',
  'orphan',
  'missing-timestamp',
  'missing-duration',
  'negative-duration',
  'child-outside-parent',
  'clock-skew',
];

const SUMMARY: Record<WarningKind, (count: number) => string> = {
  orphan: (n) => `${spans(n)} a parent that is not in the trace; shown as roots.`,
  'duplicate-span-id': (n) => `${n} span(s) share a span id with another span.`,
  'parent-cycle': (n) => `${n} span(s) form parent cycles; each cycle is cut at its earliest span.`,
  'child-outside-parent': (n) => `${n} span(s) start before or end after their parent.`,
  'missing-timestamp': (n) => `${spans(n)} no start time; drawn at their parent's start, or the trace's start for roots.`,
  'missing-duration': (n) => `${spans(n)} no duration; drawn with zero duration.`,
  'negative-duration': (n) => `${spans(n)} a negative duration; drawn with zero duration.`,
  'multiple-traces': (n) => `${spans(n)} a note that the payload holds several traces.`,
  'invalid-id': (n) => `${spans(n)} an invalid id.`,
  'clock-skew': (n) => `${n} span(s) look shifted by clock skew.`,
  truncated: (n) => `${spans(n)} been cut by the backend.`,
  'source-warning': (n) => `${n} span(s) carry warnings from the backend.`,
};

function spans(n: number): string {
  return n === 1 ? '1 span has' : `${n} spans have`;
}

/** A span that carries warnings, at its index in the trace. */
export interface WarnedSpan {
  readonly index: number;
  readonly warnings: readonly DataWarning[];
}

/**
 * Trace warnings: first those about the whole trace (given), then one per kind found on
 * spans, with the spans' indices ascending. `warned` lists only the spans that have
 * warnings, by ascending index: most traces have none, and a 100k-span trace should not
 * walk 100k empty lists to find that out.
 */
export function groupTraceWarnings(
  traceWarnings: readonly DataWarning[],
  warned: readonly WarnedSpan[],
): TraceWarning[] {
  const result: TraceWarning[] = traceWarnings.map((w) => ({
    kind: w.kind,
    message: w.message,
    spanIndices: [],
  }));
  if (warned.length === 0) return result;
  const byKind = new Map<WarningKind, WarnedSpan[]>();
  for (const span of warned) {
    for (const w of span.warnings) {
      let list = byKind.get(w.kind);
      if (list === undefined) byKind.set(w.kind, (list = []));
      if (list[list.length - 1] !== span) list.push(span);
    }
  }
  for (const kind of ORDER) {
    const spansOfKind = byKind.get(kind);
    if (spansOfKind === undefined) continue;
    const only = spansOfKind.length === 1 ? spansOfKind[0]!.warnings.find((w) => w.kind === kind) : undefined;
    result.push({
      kind,
      message: only ? only.message : SUMMARY[kind](spansOfKind.length),
      spanIndices: spansOfKind.map((s) => s.index),
    });
  }
  return result;
}
