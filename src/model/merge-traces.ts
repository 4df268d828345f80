import { buildTrace } from './build-trace';
import type { SpanInput } from './span-input';
import type { DataWarning, Span, Trace, WarningKind } from './types';

/** One source's copy of a trace. */
export interface SourcedTrace {
  readonly sourceId: string;
  readonly trace: Trace;
}

/** The span extra naming the source a merged span came from. */
export const SOURCE_EXTRA = 'source';

// Warnings buildTrace derives from the tree: rebuilding derives them again for the merged
// tree, so the copies from each part are dropped (a part's orphan may find its parent).
// Missing times stay: the rebuilt span has the placed time, so nothing would re-derive them.
const DERIVED: ReadonlySet<WarningKind> = new Set<WarningKind>([
  'orphan',
  'duplicate-span-id',
  'parent-cycle',
  'child-outside-parent',
]);

/** The decoder-level view of a built span, so it can go through buildTrace again. */
export function spanToInput(span: Span, trace: Trace, sourceId: string | null): SpanInput {
  const parent = trace.spans[span.parentIndex];
  return {
    traceId: span.traceId,
    spanId: span.spanId,
    parentSpanId: span.parentSpanId,
    name: span.name,
    service: span.service,
    kind: span.kind,
    startUs: span.startUs,
    durationUs: span.durationUs,
    status: span.status,
    attributes: span.attributes,
    resource: span.resource,
    scope: span.scope,
    events: span.events,
    links: span.links,
    warnings: span.warnings.filter((w) => !DERIVED.has(w.kind)),
    extras: sourceId === null ? span.extras : { ...span.extras, [SOURCE_EXTRA]: sourceId },
    // Zipkin's shared server half hangs under the client half with the same id.
    ...(parent && parent.spanId === span.spanId ? { sharedServerHalf: true } : {}),
  };
}

/** Same span reported twice: same id, name, start and duration. */
const spanKey = (s: Span): string => `${s.spanId}|${s.startUs}|${s.durationUs}|${s.name}`;

/**
 * One trace from several sources' copies of it: every span tagged with its source in
 * `extras.source`, a span another source already gave (same id, start, duration and name)
 * left out (a part's own repeats are kept: they are its data), the rest rebuilt with buildTrace. The first part's trace id and format win;
 * the parts' own trace warnings are kept (once each). Throws only on an empty list.
 */
export function mergeTraces(parts: readonly SourcedTrace[]): Trace {
  const first = parts[0];
  if (!first) throw new Error('mergeTraces needs at least one trace');
  const inputs: SpanInput[] = [];
  // Keys of earlier parts only: a part's own repeated span is its data (and its warning).
  const earlier = new Set<string>();
  const warnings: DataWarning[] = [];
  const seenWarnings = new Set<string>();
  for (const { sourceId, trace } of parts) {
    const keys: string[] = [];
    for (const span of trace.spans) {
      const key = spanKey(span);
      if (earlier.has(key)) continue;
      keys.push(key);
      inputs.push(spanToInput(span, trace, sourceId));
    }
    for (const key of keys) earlier.add(key);
    // Trace-level warnings only (no span indices): per-span ones travel on the spans.
    for (const w of trace.warnings) {
      if (w.spanIndices.length > 0 || DERIVED.has(w.kind)) continue;
      const key = `${w.kind}|${w.message}`;
      if (seenWarnings.has(key)) continue;
      seenWarnings.add(key);
      warnings.push({ kind: w.kind, message: w.message });
    }
  }
  return buildTrace(first.trace.traceId, inputs, first.trace.format, warnings);
}
