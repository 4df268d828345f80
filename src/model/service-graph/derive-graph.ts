import { micros } from '../../lib/units';
import type { DependencyLink } from '../search-types';
import type { Span, Trace } from '../types';
import { edgeId, type GraphEdge, type GraphNode, type GraphOrigin, type NodeKind, type ServiceGraph } from './graph-types';
import { peerOf } from './peer-of';
import { percentileSorted } from './percentile';

interface EdgeAcc {
  readonly source: string;
  readonly target: string;
  calls: number;
  errors: number;
  readonly durations: number[];
}

const isCaller = (s: Span) => s.kind === 'client' || s.kind === 'producer';
const isError = (s: Span) => s.status.code === 'error';

/**
 * Derives the service graph from traces, as a backend without a dependency API needs:
 * - a child span in another service than its parent is a call parent → child (client→server,
 *   producer→consumer, or a service change without kinds); its latency is the caller's
 *   duration when the parent is a client/producer span, else the callee's; it failed when
 *   either side says error;
 * - a client/producer span with no child in another service calls the peer it names
 *   (database, queue or external, see peerOf);
 * - a consumer span linked to a producer span of another service in the sample is a call too.
 */
export function deriveServiceGraph(traces: readonly Trace[], origin: GraphOrigin): ServiceGraph {
  const edges = new Map<string, EdgeAcc>();
  // The same few service pairs come up for most of 100k spans: found without a string each.
  const bySource = new Map<string, Map<string, EdgeAcc>>();
  const kinds = new Map<string, NodeKind>();
  const findSpan = spanFinder(traces);

  const record = (source: string, target: string, durationUs: number, failed: boolean) => {
    let byTarget = bySource.get(source);
    if (!byTarget) bySource.set(source, (byTarget = new Map()));
    let e = byTarget.get(target);
    if (!e) {
      e = { source, target, calls: 0, errors: 0, durations: [] };
      byTarget.set(target, e);
      edges.set(edgeId(source, target), e);
    }
    e.calls++;
    if (failed) e.errors++;
    if (Number.isFinite(durationUs)) e.durations.push(durationUs);
  };

  for (const trace of traces) for (const s of trace.spans) kinds.set(s.service, 'service');

  for (const trace of traces) {
    const spans = trace.spans;
    for (const s of spans) {
      const p = s.parentIndex >= 0 ? spans[s.parentIndex] : undefined;
      if (p && p.service !== s.service) {
        record(p.service, s.service, isCaller(p) ? p.durationUs : s.durationUs, isError(s) || (isCaller(p) && isError(p)));
      }
      if (isCaller(s) && !s.children.some((c) => spans[c]?.service !== s.service)) {
        const peer = peerOf(s);
        if (peer && peer.name !== s.service) {
          if (!kinds.has(peer.name)) kinds.set(peer.name, peer.kind);
          record(s.service, peer.name, s.durationUs, isError(s));
        }
      }
      if (s.kind === 'consumer') {
        for (const link of s.links) {
          const producer = findSpan(link.traceId, link.spanId);
          if (producer && producer !== p && producer.service !== s.service) {
            record(producer.service, s.service, producer.durationUs, isError(s) || isError(producer));
          }
        }
      }
    }
  }
  return assemble(kinds, edges, origin);
}

/**
 * The span with this trace and span id among `traces` (the last one, if the ids repeat).
 * The spans are indexed when the first link is looked up: most traces have no consumer
 * links, and indexing 100k spans (a key string each) cost ~140 ms each time the trace's
 * service graph was shown.
 */
function spanFinder(traces: readonly Trace[]): (traceId: string, spanId: string) => Span | undefined {
  let byTrace: Map<string, Map<string, Span>> | undefined;
  return (traceId, spanId) => {
    if (byTrace === undefined) {
      byTrace = new Map();
      for (const t of traces) {
        for (const s of t.spans) {
          let bySpan = byTrace.get(s.traceId);
          if (!bySpan) byTrace.set(s.traceId, (bySpan = new Map()));
          bySpan.set(s.spanId, s);
        }
      }
    }
    return byTrace.get(traceId)?.get(spanId);
  };
}

/** The graph of a backend's own aggregation (Jaeger /api/dependencies, Zipkin /dependencies). */
export function graphFromDependencies(links: readonly DependencyLink[], origin: GraphOrigin): ServiceGraph {
  const edges = new Map<string, EdgeAcc>();
  const kinds = new Map<string, NodeKind>();
  for (const l of links) {
    kinds.set(l.parent, 'service');
    kinds.set(l.child, 'service');
    const id = edgeId(l.parent, l.child);
    const e = edges.get(id) ?? { source: l.parent, target: l.child, calls: 0, errors: 0, durations: [] };
    e.calls += l.callCount;
    e.errors += l.errorCount ?? 0;
    edges.set(id, e);
  }
  return assemble(kinds, edges, origin);
}

function assemble(kinds: Map<string, NodeKind>, acc: Map<string, EdgeAcc>, origin: GraphOrigin): ServiceGraph {
  const edges: GraphEdge[] = [...acc.values()]
    .map((e) => {
      const sorted = e.durations.sort((a, b) => a - b);
      const latency =
        sorted.length > 0
          ? {
              avgUs: micros(sorted.reduce((a, b) => a + b, 0) / sorted.length),
              p50Us: micros(percentileSorted(sorted, 50)),
              p95Us: micros(percentileSorted(sorted, 95)),
            }
          : undefined;
      return {
        id: edgeId(e.source, e.target),
        source: e.source,
        target: e.target,
        calls: e.calls,
        errors: e.errors,
        errorRate: e.calls > 0 ? e.errors / e.calls : 0,
        ...(latency ? { latency } : {}),
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const callsIn = new Map<string, number>();
  const callsOut = new Map<string, number>();
  const errorsIn = new Map<string, number>();
  for (const e of edges) {
    callsOut.set(e.source, (callsOut.get(e.source) ?? 0) + e.calls);
    callsIn.set(e.target, (callsIn.get(e.target) ?? 0) + e.calls);
    errorsIn.set(e.target, (errorsIn.get(e.target) ?? 0) + e.errors);
  }
  const nodes: GraphNode[] = [...kinds.entries()]
    .map(([name, kind]) => ({
      id: name,
      name,
      kind,
      callsIn: callsIn.get(name) ?? 0,
      callsOut: callsOut.get(name) ?? 0,
      errorsIn: errorsIn.get(name) ?? 0,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes, edges, origin };
}
