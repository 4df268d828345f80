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

/**
 * Trace warnings: first those about the whole trace (given), then one per kind found on
 * spans (`spanWarnings[i]` belongs to span index i), with the spans' indices ascending.
 */
export function groupTraceWarnings(
  traceWarnings: readonly DataWarning[],
  spanWarnings: readonly (readonly DataWarning[])[],
): TraceWarning[] {
  const result: TraceWarning[] = traceWarnings.map((w) => ({
    kind: w.kind,
    message: w.message,
    spanIndices: [],
  }));
  const byKind = new Map<WarningKind, number[]>();
  for (let i = 0; i < spanWarnings.length; i++) {
    for (const w of spanWarnings[i]!) {
      let list = byKind.get(w.kind);
      if (list === undefined) byKind.set(w.kind, (list = []));
      if (list[list.length - 1] !== i) list.push(i);
    }
  }
  for (const kind of ORDER) {
    const indices = byKind.get(kind);
    if (indices === undefined) continue;
    const only = indices.length === 1 ? spanWarnings[indices[0]!]!.find((w) => w.kind === kind) : undefined;
    result.push({
      kind,
      message: only ? only.message : SUMMARY[kind](indices.length),
      spanIndices: indices,
    });
  }
  return result;
}
