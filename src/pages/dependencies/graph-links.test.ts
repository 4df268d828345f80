import { describe, expect, it } from 'vitest';
import { micros } from '../../lib/units';
import type { ServiceGraph } from '../../model/service-graph/graph-types';
import { busiestCaller, edgeSearchHref, nodeSearchHref, type GraphLinkContext } from './graph-links';

const graph: ServiceGraph = {
  origin: { kind: 'sampled', traceCount: 3, fromUs: micros(0), toUs: micros(1) },
  nodes: [
    { id: 'frontend', name: 'frontend', kind: 'service', callsIn: 0, callsOut: 12, errorsIn: 0 },
    { id: 'api', name: 'api', kind: 'service', callsIn: 10, callsOut: 5, errorsIn: 1 },
    { id: 'orders-db', name: 'orders-db', kind: 'database', callsIn: 7, callsOut: 0, errorsIn: 0 },
  ],
  edges: [
    { id: 'frontend→api', source: 'frontend', target: 'api', calls: 10, errors: 1, errorRate: 0.1 },
    { id: 'frontend→orders-db', source: 'frontend', target: 'orders-db', calls: 2, errors: 0, errorRate: 0 },
    { id: 'api→orders-db', source: 'api', target: 'orders-db', calls: 5, errors: 0, errorRate: 0 },
  ],
};
const ctx = (sourceType: GraphLinkContext['sourceType']): GraphLinkContext => ({
  sourceId: sourceType,
  sourceType,
  startUs: 1000,
  endUs: 2000,
});
const params = (href: string) => new URLSearchParams(href.split('?')[1]);

describe('graph links', () => {
  it('sends a service node to its search with the graph window', () => {
    const href = nodeSearchHref(ctx('jaeger'), graph, graph.nodes[1]!);
    expect(href.startsWith('/search?')).toBe(true);
    expect(Object.fromEntries(params(href))).toEqual({ source: 'jaeger', service: 'api', lookback: 'custom', start: '1000', end: '2000' });
  });

  it('sends a peer to the search of its busiest caller, naming the peer', () => {
    expect(busiestCaller(graph, 'orders-db')).toBe('api');
    const p = params(nodeSearchHref(ctx('demo'), graph, graph.nodes[2]!));
    expect(p.get('service')).toBe('api');
    expect(p.get('q')).toBe('"orders-db"');
  });

  it('sends an edge to the caller with the callee in the filter language', () => {
    const p = params(edgeSearchHref(ctx('jaeger'), graph, graph.edges[0]!));
    expect(p.get('service')).toBe('frontend');
    expect(p.get('q')).toBe('peer.service="api"');
    expect(p.has('remoteServiceName')).toBe(false);
    expect(p.has('traceql')).toBe(false);
  });

  it('names a peer callee as free text', () => {
    expect(params(edgeSearchHref(ctx('demo'), graph, graph.edges[2]!)).get('q')).toBe('"orders-db"');
  });

  it('uses the native forms for Zipkin and Tempo', () => {
    const zipkin = params(edgeSearchHref(ctx('zipkin'), graph, graph.edges[0]!));
    expect(zipkin.get('remoteServiceName')).toBe('api');
    expect(zipkin.has('q')).toBe(false);
    expect(params(edgeSearchHref(ctx('tempo'), graph, graph.edges[0]!)).get('traceql')).toBe(
      '{resource.service.name="frontend"} >> {resource.service.name="api"}',
    );
  });

  it('escapes quotes in names', () => {
    const odd = { ...graph.edges[0]!, target: 'a"b' };
    expect(params(edgeSearchHref(ctx('demo'), graph, odd)).get('q')).toBe('peer.service="a\\"b"');
  });
});
