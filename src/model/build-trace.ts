import { micros } from '../lib/units';
import type { DecodedPayload, SpanInput } from './span-input';
import { noteErrorSpans } from './error-spans';
import { groupTraceWarnings } from './trace-warnings';
import { SpanMaker } from './span-maker';
import { layoutFor, type LaidOutTrace } from './trace-layout';
import { TraceTotals } from './trace-totals';
import type { DataWarning, Span, Trace, TraceFormat } from './types';

/**
 * Builds the model of one trace from decoded spans: parent links (with duplicates, orphans
 * and cycles turned into warnings), times for spans that lack them, spans in depth-first
 * pre-order with children by start time (ties: input order), subtree ranges and self time.
 * Iterative throughout: traces reach 100k spans and 10k levels. O(n log n).
 */
export function buildTrace(
  traceId: string,
  inputs: readonly SpanInput[],
  format: TraceFormat,
  traceWarnings: readonly DataWarning[] = [],
  laidOut?: LaidOutTrace,
): Trace {
  const n = inputs.length;
  const layout = layoutFor(traceId, inputs, laidOut);
  // Spans are made in input order, which is the order the decoder laid the inputs (and their
  // attributes) out in memory: walking them in tree order instead costs cache misses that
  // double the time. One pass, no closure or array per span beyond its own children.
  const spans = new Array<Span>(n);
  const hasWarnings = new Uint8Array(n);
  let warnedCount = 0;
  const totals = new TraceTotals();
  const maker = new SpanMaker(traceId, layout, layout === laidOut?.layout ? laidOut.places : inputs);
  for (let v = 0; v < n; v++) {
    const span = maker.make(v, inputs[v]!);
    const k = span.index;
    spans[k] = span;
    if (span.warnings.length > 0) {
      hasWarnings[k] = 1;
      warnedCount++;
    }
    totals.add(span);
  }
  const { first, children } = layout.tree;
  const position = layout.position;
  // Pre-order lists the roots in their sorted order, so their indices ascend.
  const roots: number[] = [];
  for (let c = first[n]!; c < first[n + 1]!; c++) roots.push(position[children[c]!]!);
  // Built on first use (100k Map entries are ~100 ms the first screen does not need), in
  // index order, so that iterating it lists spans in order.
  let byUid: Map<string, number> | undefined;
  const indexByUid = (): Map<string, number> => {
    if (byUid === undefined) {
      byUid = new Map<string, number>();
      for (let k = 0; k < n; k++) byUid.set(spans[k]!.uid, k);
    }
    return byUid;
  };
  const warned: Span[] = [];
  for (let k = 0; warned.length < warnedCount; k++) if (hasWarnings[k] === 1) warned.push(spans[k]!);
  const { startUs, endUs } = totals.extent();
  const trace: Trace = {
    traceId,
    format,
    spans,
    roots,
    get byUid() {
      return indexByUid();
    },
    startUs,
    endUs,
    durationUs: micros(endUs - startUs),
    maxDepth: totals.maxDepth,
    errorCount: totals.errorCount,
    services: totals.serviceList(),
    warnings: groupTraceWarnings(traceWarnings, warned),
  };
  noteErrorSpans(trace, totals.errorIndices);
  return trace;
}

/**
 * Every trace of a payload, sorted by trace id; each notes when the payload held several and
 * carries its own trace-level warnings. Payload-level warnings (`payload.warnings`) are not
 * copied onto traces: they may concern another trace, and callers show them once.
 */
export function buildTraces(payload: DecodedPayload, laidOut?: LaidOutTrace): Trace[] {
  const ids = [...payload.traces.keys()].sort();
  const several: DataWarning[] =
    ids.length > 1
      ? [{ kind: 'multiple-traces', message: `The payload holds ${ids.length} traces; this is one of them.` }]
      : [];
  return ids.map((id) =>
    buildTrace(id, payload.traces.get(id)!, payload.format, [
      ...several,
      ...(payload.traceWarnings?.get(id) ?? []),
    ], laidOut),
  );
}
