import { micros, type Micros } from '../lib/units';
import { isErrorSpan } from './attributes';
import type { DecodedPayload, SpanInput } from './span-input';
import { groupTraceWarnings } from './trace-warnings';
import type { SpanWarnings } from './span-warnings';
import { childLists, preorder, selfTime, sortChildren, type ChildLists } from './child-lists';
import { resolveTreeLinks } from './tree-links';
import type { DataWarning, ServiceSummary, Span, Trace, TraceFormat } from './types';

// Below this (µs) a child poking out of its parent is float noise from ns → µs, not data.
const OUTSIDE_TOLERANCE_US = 0.5;
const NO_CHILDREN: readonly number[] = Object.freeze([]);

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
): Trace {
  const n = inputs.length;
  const links = resolveTreeLinks(inputs);
  const parent = links.parent;
  const warnings = links.warnings;
  const tree = childLists(parent);
  const { start, duration } = placeInTime(inputs, parent, tree, warnings);
  sortChildren(tree, start);
  const order = preorder(tree);

  const position = new Int32Array(n);
  for (let k = 0; k < n; k++) position[order[k]!] = k;
  const depth = new Int32Array(n);
  for (const v of order) if (parent[v]! >= 0) depth[v] = depth[parent[v]!]! + 1;

  flagChildrenOutside(inputs, links.uids, parent, start, duration, warnings);

  const spans: Span[] = new Array<Span>(n);
  for (let k = n - 1; k >= 0; k--) {
    const v = order[k]!;
    const input = inputs[v]!;
    const from = tree.first[v]!;
    const to = tree.first[v + 1]!;
    const kids: readonly number[] = from === to ? NO_CHILDREN : Array.from(tree.children.subarray(from, to), (c) => position[c]!);
    const lastKid = kids[kids.length - 1];
    const p = parent[v]!;
    spans[k] = {
      index: k,
      uid: links.uids[v]!,
      traceId: input.traceId,
      spanId: input.spanId,
      parentSpanId: input.parentSpanId,
      parentIndex: p >= 0 ? position[p]! : -1,
      children: kids,
      subtreeEnd: lastKid === undefined ? k + 1 : spans[lastKid]!.subtreeEnd,
      depth: depth[v]!,
      name: input.name,
      service: input.service,
      kind: input.kind,
      startUs: micros(start[v]!),
      durationUs: micros(duration[v]!),
      endUs: micros(start[v]! + duration[v]!),
      selfTimeUs: selfTime(v, tree, start, duration),
      status: input.status,
      attributes: input.attributes,
      resource: input.resource,
      scope: input.scope,
      events: input.events,
      links: input.links,
      warnings: warnings.get(v),
      extras: input.extras,
    };
  }
  return assemble(traceId, format, spans, traceWarnings);
}

/**
 * Every trace of a payload, sorted by trace id; each notes when the payload held several and
 * carries its own trace-level warnings. Payload-level warnings (`payload.warnings`) are not
 * copied onto traces: they may concern another trace, and callers show them once.
 */
export function buildTraces(payload: DecodedPayload): Trace[] {
  const ids = [...payload.traces.keys()].sort();
  const several: DataWarning[] =
    ids.length > 1
      ? [{ kind: 'multiple-traces', message: `The payload holds ${ids.length} traces; this is one of them.` }]
      : [];
  return ids.map((id) =>
    buildTrace(id, payload.traces.get(id)!, payload.format, [
      ...several,
      ...(payload.traceWarnings?.get(id) ?? []),
    ]),
  );
}

function placeInTime(
  inputs: readonly SpanInput[],
  parent: Int32Array,
  tree: ChildLists,
  warnings: SpanWarnings,
): { start: Float64Array; duration: Float64Array } {
  const n = inputs.length;
  const start = new Float64Array(n);
  const duration = new Float64Array(n);
  let traceStart = Infinity;
  for (const s of inputs) if (isFiniteNumber(s.startUs) && s.startUs < traceStart) traceStart = s.startUs;
  if (traceStart === Infinity) traceStart = 0;

  for (let i = 0; i < n; i++) {
    const d = inputs[i]!.durationUs;
    if (!isFiniteNumber(d)) {
      warnings.add(i, { kind: 'missing-duration', message: 'The span has no duration; drawn as 0.' });
    } else if (d < 0) {
      warnings.add(i, { kind: 'negative-duration', message: `Duration ${d} µs is negative; drawn as 0.` });
    } else {
      duration[i] = d;
    }
  }
  // Parents before children (any order will do), so a span without a start can borrow its
  // parent's final start.
  const queue: number[] = [];
  for (let c = tree.first[n]!; c < tree.first[n + 1]!; c++) queue.push(tree.children[c]!);
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    const s = inputs[v]!.startUs;
    const p = parent[v]!;
    if (isFiniteNumber(s)) {
      start[v] = s;
    } else if (p >= 0) {
      start[v] = start[p]!;
      warnings.add(v, { kind: 'missing-timestamp', message: "The span has no start time; drawn at its parent's start." });
    } else {
      start[v] = traceStart;
      warnings.add(v, { kind: 'missing-timestamp', message: "The span has no start time; drawn at the trace's start." });
    }
    for (let c = tree.first[v]!; c < tree.first[v + 1]!; c++) queue.push(tree.children[c]!);
  }
  return { start, duration };
}

function isFiniteNumber(x: number | null): x is Micros {
  return x !== null && Number.isFinite(x);
}

function flagChildrenOutside(
  inputs: readonly SpanInput[],
  uids: readonly string[],
  parent: Int32Array,
  start: Float64Array,
  duration: Float64Array,
  warnings: SpanWarnings,
): void {
  for (let v = 0; v < inputs.length; v++) {
    const p = parent[v]!;
    if (p < 0) continue;
    // A parent without a recorded duration is drawn as 0 µs; its children are not "outside"
    // it, its end is unknown (that parent already carries 'missing-duration').
    if (!isFiniteNumber(inputs[p]!.durationUs) || inputs[p]!.durationUs! < 0) continue;
    const early = start[p]! - start[v]!;
    const late = start[v]! + duration[v]! - (start[p]! + duration[p]!);
    const parts: string[] = [];
    if (early > OUTSIDE_TOLERANCE_US) parts.push(`starts ${formatUs(early)} before`);
    if (late > OUTSIDE_TOLERANCE_US) parts.push(`ends ${formatUs(late)} after`);
    if (parts.length > 0) {
      warnings.add(v, {
        kind: 'child-outside-parent',
        message: `The span ${parts.join(' and ')} its parent ${uids[p]}.`,
      });
    }
  }
}

function formatUs(us: number): string {
  return `${Math.round(us * 1000) / 1000} µs`;
}

function assemble(
  traceId: string,
  format: TraceFormat,
  spans: readonly Span[],
  traceWarnings: readonly DataWarning[],
): Trace {
  let startUs = Infinity;
  let endUs = -Infinity;
  let maxDepth = 0;
  let errorCount = 0;
  const roots: number[] = [];
  const byUid = new Map<string, number>();
  const services = new Map<string, { spanCount: number; errorCount: number }>();
  for (const span of spans) {
    if (span.startUs < startUs) startUs = span.startUs;
    if (span.endUs > endUs) endUs = span.endUs;
    if (span.depth > maxDepth) maxDepth = span.depth;
    if (span.parentIndex < 0) roots.push(span.index);
    byUid.set(span.uid, span.index);
    const error = isErrorSpan(span);
    if (error) errorCount++;
    let service = services.get(span.service);
    if (service === undefined) services.set(span.service, (service = { spanCount: 0, errorCount: 0 }));
    service.spanCount++;
    if (error) service.errorCount++;
  }
  if (spans.length === 0) startUs = endUs = 0;
  const serviceList: ServiceSummary[] = [...services]
    .map(([name, counts]) => ({ name, ...counts }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    traceId,
    format,
    spans,
    roots,
    byUid,
    startUs: micros(startUs),
    endUs: micros(endUs),
    durationUs: micros(endUs - startUs),
    maxDepth,
    errorCount,
    services: serviceList,
    warnings: groupTraceWarnings(
      traceWarnings,
      spans.map((s) => s.warnings),
    ),
  };
}
