import type { SourceType } from '../../adapters/config';
import type { GraphEdge, GraphNode, ServiceGraph } from '../../model/service-graph/graph-types';

/**
 * Where a click on the graph leads: the search page, with the graph's time window fixed
 * (`lookback=custom&start&end`, so the search runs at once) and:
 * - a service node: `service=<name>`;
 * - a peer node (database, queue, external; it sends no spans): `service=<its busiest
 *   caller>` and `q="<peer>"` (free text over attribute values);
 * - an edge: `service=<caller>` and, for the browser to narrow that down on one span (the
 *   filter language holds a query on one span, like TraceQL `{a && b}`), `q=` naming the
 *   callee: `peer.service="<callee>"` for a service (the OpenTelemetry attribute client spans
 *   carry; instrumentation without it finds no traces, and the search page shows the query
 *   to edit), free text `"<peer>"` for a database, queue or external peer (its name comes
 *   from one of several attributes). Zipkin gets its own form, `remoteServiceName=<callee>`,
 *   instead of `q`; Tempo gets TraceQL's structural form
 *   `traceql={resource.service.name="<caller>"} >> {resource.service.name="<callee>"}`.
 */
export interface GraphLinkContext {
  readonly sourceId: string;
  readonly sourceType: SourceType | 'file';
  readonly startUs: number;
  readonly endUs: number;
}

const quote = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function base(ctx: GraphLinkContext, service: string): URLSearchParams {
  const p = new URLSearchParams();
  p.set('source', ctx.sourceId);
  p.set('service', service);
  p.set('lookback', 'custom');
  p.set('start', String(Math.floor(ctx.startUs)));
  p.set('end', String(Math.ceil(ctx.endUs)));
  return p;
}

/** The caller sending the most calls to a node, for peers that send no spans themselves. */
export function busiestCaller(graph: ServiceGraph, nodeId: string): string | null {
  let best: GraphEdge | null = null;
  for (const e of graph.edges) if (e.target === nodeId && (!best || e.calls > best.calls)) best = e;
  return best?.source ?? null;
}

export function nodeSearchHref(ctx: GraphLinkContext, graph: ServiceGraph, node: GraphNode): string {
  if (node.kind === 'service') return `/search?${base(ctx, node.name).toString()}`;
  const caller = busiestCaller(graph, node.id) ?? node.name;
  const p = base(ctx, caller);
  p.set('q', quote(node.name));
  return `/search?${p.toString()}`;
}

export function edgeSearchHref(ctx: GraphLinkContext, graph: ServiceGraph, edge: GraphEdge): string {
  const callee = graph.nodes.find((n) => n.id === edge.target);
  const p = base(ctx, edge.source);
  if (ctx.sourceType === 'zipkin') p.set('remoteServiceName', edge.target);
  else p.set('q', !callee || callee.kind === 'service' ? `peer.service=${quote(edge.target)}` : quote(edge.target));
  if (ctx.sourceType === 'tempo') {
    p.set('traceql', `{resource.service.name=${quote(edge.source)}} >> {resource.service.name=${quote(edge.target)}}`);
  }
  return `/search?${p.toString()}`;
}
