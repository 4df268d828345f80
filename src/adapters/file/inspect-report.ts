import type { Trace, TraceFormat, WarningKind } from '../../model/types';
import type { DecodedFile } from './decode-file';

/** One line per trace of `npm run inspect`: the figures people and scripts compare. */
export interface InspectedTrace {
  readonly traceId: string;
  readonly spanCount: number;
  readonly services: readonly string[];
  readonly rootCount: number;
  readonly errorCount: number;
  readonly durationUs: number;
  readonly warnings: readonly WarningKind[];
}

export interface InspectReport {
  readonly format: TraceFormat;
  readonly traces: readonly InspectedTrace[];
}

export function inspectReport(file: DecodedFile): InspectReport {
  const traces = file.traces.map(inspectTrace).sort((a, b) => (a.traceId < b.traceId ? -1 : a.traceId > b.traceId ? 1 : 0));
  return { format: file.format, traces };
}

export function inspectTrace(trace: Trace): InspectedTrace {
  return {
    traceId: trace.traceId,
    spanCount: trace.spans.length,
    services: trace.services.map((s) => s.name).sort(),
    rootCount: trace.roots.length,
    errorCount: trace.errorCount,
    durationUs: trace.durationUs,
    warnings: warningKinds(trace),
  };
}

/** Distinct kinds of the trace's warnings and its spans' warnings, sorted. */
export function warningKinds(trace: Trace): WarningKind[] {
  const kinds = new Set<WarningKind>();
  for (const w of trace.warnings) kinds.add(w.kind);
  for (const span of trace.spans) for (const w of span.warnings) kinds.add(w.kind);
  return [...kinds].sort();
}
