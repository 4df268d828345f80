import { micros, type Micros } from '../lib/units';
import type { DecodedPayload, SpanInput } from './span-input';
import { groupTraceWarnings } from './trace-warnings';
import type { SpanWarnings } from './span-warnings';
import { childLists, depthsAndSizes, preorder, selfTime, sortChildren, type ChildLists } from './child-lists';
import { TraceTotals } from './trace-totals';
import { SharedStrings } from './shared-strings';
import { resolveTreeLinks } from './tree-links';
import type { DataWarning, Span, Trace, TraceFormat } from './types';

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
  const uids = links.uids;
  const warnings = links.warnings;
  const tree = childLists(parent);
  const { start, duration } = placeInTime(inputs, parent, tree, warnings);
  sortChildren(tree, start);
  const order = preorder(tree);
  const position = new Int32Array(n);
  for (let k = 0; k < n; k++) position[order[k]!] = k;
  const { depth, size } = depthsAndSizes(order, parent);
  flagChildrenOutside(inputs, uids, parent, start, duration, warnings);

  // Spans are made in input order, which is the order the decoder laid the inputs (and their
  // attributes) out in memory: walking them in tree order instead costs cache misses that
  // double the time. One pass, no closure or array per span beyond its own children.
  const { first, children } = tree;
  const spans = new Array<Span>(n);
  const hasWarnings = new Uint8Array(n);
  let warnedCount = 0;
  const totals = new TraceTotals();
  const names = new SharedStrings();
  for (let v = 0; v < n; v++) {
    const input = inputs[v]!;
    const k = position[v]!;
    const p = parent[v]!;
    const from = first[v]!;
    const to = first[v + 1]!;
    let kids: readonly number[] = NO_CHILDREN;
    if (to > from) {
      const list = new Array<number>(to - from);
      for (let c = from; c < to; c++) list[c - from] = position[children[c]!]!;
      kids = list;
    }
    const startUs = start[v]!;
    const span: Span = {
      index: k,
      uid: uids[v]!,
      // Equal strings decoded once per span become one shared string: fewer live objects.
      traceId: input.traceId === traceId ? traceId : input.traceId,
      spanId: input.spanId,
      parentSpanId: p >= 0 && inputs[p]!.spanId === input.parentSpanId ? inputs[p]!.spanId : input.parentSpanId,
      parentIndex: p >= 0 ? position[p]! : -1,
      children: kids,
      subtreeEnd: k + size[v]!,
      depth: depth[v]!,
      name: names.share(input.name),
      service: input.service,
      kind: input.kind,
      startUs: micros(startUs),
      durationUs: micros(duration[v]!),
      endUs: micros(startUs + duration[v]!),
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
    spans[k] = span;
    if (span.warnings.length > 0) {
      hasWarnings[k] = 1;
      warnedCount++;
    }
    totals.add(span);
  }
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
  return {
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
  let missingStart = false;
  for (let i = 0; i < n; i++) {
    const input = inputs[i]!;
    const s = input.startUs;
    if (isFiniteNumber(s)) {
      start[i] = s;
      if (s < traceStart) traceStart = s;
    } else {
      missingStart = true;
    }
    const d = input.durationUs;
    if (!isFiniteNumber(d)) {
      warnings.add(i, { kind: 'missing-duration', message: 'The span has no duration; drawn as 0.' });
    } else if (d < 0) {
      warnings.add(i, { kind: 'negative-duration', message: `Duration ${d} µs is negative; drawn as 0.` });
    } else {
      duration[i] = d;
    }
  }
  if (traceStart === Infinity) traceStart = 0;
  if (missingStart) placeMissingStarts(inputs, parent, tree, start, traceStart, warnings);
  return { start, duration };
}

/** Parents before children (breadth-first), so a span without a start can borrow its parent's final start. */
function placeMissingStarts(
  inputs: readonly SpanInput[],
  parent: Int32Array,
  tree: ChildLists,
  start: Float64Array,
  traceStart: number,
  warnings: SpanWarnings,
): void {
  const n = inputs.length;
  const { first, children } = tree;
  const queue = new Int32Array(n);
  let tail = 0;
  for (let c = first[n]!; c < first[n + 1]!; c++) queue[tail++] = children[c]!;
  for (let head = 0; head < tail; head++) {
    const v = queue[head]!;
    if (!isFiniteNumber(inputs[v]!.startUs)) {
      const p = parent[v]!;
      if (p >= 0) {
        start[v] = start[p]!;
        warnings.add(v, { kind: 'missing-timestamp', message: "The span has no start time; drawn at its parent's start." });
      } else {
        start[v] = traceStart;
        warnings.add(v, { kind: 'missing-timestamp', message: "The span has no start time; drawn at the trace's start." });
      }
    }
    for (let c = first[v]!; c < first[v + 1]!; c++) queue[tail++] = children[c]!;
  }
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
    const early = start[p]! - start[v]!;
    const late = start[v]! + duration[v]! - (start[p]! + duration[p]!);
    const startsEarly = early > OUTSIDE_TOLERANCE_US;
    const endsLate = late > OUTSIDE_TOLERANCE_US;
    if (!startsEarly && !endsLate) continue;
    // A parent without a recorded duration is drawn as 0 µs; its children are not "outside"
    // it, its end is unknown (that parent already carries 'missing-duration').
    const parentDuration = inputs[p]!.durationUs;
    if (!isFiniteNumber(parentDuration) || parentDuration < 0) continue;
    const before = `starts ${formatUs(early)} before`;
    const after = `ends ${formatUs(late)} after`;
    const what = startsEarly && endsLate ? `${before} and ${after}` : startsEarly ? before : after;
    warnings.add(v, { kind: 'child-outside-parent', message: `The span ${what} its parent ${uids[p]}.` });
  }
}

function formatUs(us: number): string {
  return `${Math.round(us * 1000) / 1000} µs`;
}
