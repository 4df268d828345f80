import { describe, expect, it } from 'vitest';
import { micros } from '../../lib/units';
import { buildTrace } from '../build-trace';
import { makeSpanInput } from '../make-span-input';
import type { Attribute, SpanKind } from '../types';
import { deriveServiceGraph, graphFromDependencies } from './derive-graph';
import { percentileSorted } from './percentile';

const str = (key: string, value: string): Attribute => ({ key, value: { type: 'string', value } });
const origin = { kind: 'sampled' as const, traceCount: 2, fromUs: micros(0), toUs: micros(1) };
const id = (n: number) => n.toString(16).padStart(16, '0');

interface S {
  id: number;
  parent?: number;
  service: string;
  kind: SpanKind;
  dur: number;
  error?: boolean;
  attrs?: Attribute[];
  links?: { traceId: string; spanId: string }[];
}
function trace(traceId: string, spans: S[]) {
  return buildTrace(
    traceId,
    spans.map((s) =>
      makeSpanInput({
        traceId,
        spanId: id(s.id),
        parentSpanId: s.parent === undefined ? null : id(s.parent),
        service: s.service,
        kind: s.kind,
        startUs: s.id * 10,
        durationUs: s.dur,
        status: { code: s.error ? 'error' : 'unset' },
        attributes: s.attrs ?? [],
        links: (s.links ?? []).map((l) => ({ ...l, kind: 'link' as const, attributes: [] })),
      }),
    ),
    'demo',
  );
}

const T1 = '1'.padStart(32, '0');
const T2 = '2'.padStart(32, '0');
const checkout = trace(T1, [
  { id: 1, service: 'gateway', kind: 'server', dur: 1000 },
  { id: 2, parent: 1, service: 'gateway', kind: 'client', dur: 900 },
  { id: 3, parent: 2, service: 'checkout', kind: 'server', dur: 800 },
  { id: 4, parent: 3, service: 'checkout', kind: 'client', dur: 300, error: true, attrs: [str('peer.service', 'payments')] },
  { id: 5, parent: 3, service: 'checkout', kind: 'client', dur: 50, attrs: [str('db.system', 'postgresql'), str('db.name', 'orders')] },
  { id: 6, parent: 3, service: 'checkout', kind: 'producer', dur: 5, attrs: [str('messaging.system', 'kafka'), str('messaging.destination.name', 'order-events')] },
  { id: 7, parent: 3, service: 'checkout', kind: 'client', dur: 120, attrs: [str('url.full', 'https://api.stripe.com/v1/charges')] },
]);
const consumer = trace(T2, [{ id: 1, service: 'fulfillment', kind: 'consumer', dur: 40, links: [{ traceId: T1, spanId: id(6) }] }]);

describe('deriveServiceGraph', () => {
  const g = deriveServiceGraph([checkout, consumer], origin);
  const edge = (s: string, t: string) => g.edges.find((e) => e.source === s && e.target === t);

  it('counts client→server calls with the caller’s latency', () => {
    expect(edge('gateway', 'checkout')).toMatchObject({ calls: 1, errors: 0, latency: { avgUs: 900, p50Us: 900 } });
  });

  it('adds peers that send no spans as database, queue and external nodes', () => {
    const kinds = Object.fromEntries(g.nodes.map((n) => [n.id, n.kind]));
    expect(kinds).toMatchObject({ gateway: 'service', checkout: 'service', fulfillment: 'service', orders: 'database', 'order-events': 'queue', payments: 'external', 'api.stripe.com': 'external' });
    expect(edge('checkout', 'payments')).toMatchObject({ calls: 1, errors: 1, errorRate: 1 });
    expect(edge('checkout', 'orders')?.calls).toBe(1);
  });

  it('joins a consumer to its producer through a span link across traces', () => {
    expect(edge('checkout', 'fulfillment')).toMatchObject({ calls: 1 });
  });

  it('totals calls in and out per node', () => {
    const checkoutNode = g.nodes.find((n) => n.id === 'checkout')!;
    expect(checkoutNode).toMatchObject({ callsIn: 1, callsOut: 5 });
    expect(g.nodes.find((n) => n.id === 'payments')).toMatchObject({ callsIn: 1, errorsIn: 1 });
  });

  it('does not invent a peer when the callee sends spans itself', () => {
    expect(edge('gateway', 'gateway')).toBeUndefined();
    expect(g.edges.map((e) => e.id)).not.toContain('gateway→undefined');
  });
});

describe('graphFromDependencies', () => {
  it('sums duplicate links and keeps error counts', () => {
    const g = graphFromDependencies(
      [
        { parent: 'a', child: 'b', callCount: 3, errorCount: 1 },
        { parent: 'a', child: 'b', callCount: 2 },
        { parent: 'b', child: 'c', callCount: 7 },
      ],
      { kind: 'backend', backend: 'jaeger', fromUs: micros(0), toUs: micros(1) },
    );
    expect(g.edges).toEqual([
      { id: 'a→b', source: 'a', target: 'b', calls: 5, errors: 1, errorRate: 0.2 },
      { id: 'b→c', source: 'b', target: 'c', calls: 7, errors: 0, errorRate: 0 },
    ]);
    expect(g.nodes.map((n) => [n.id, n.callsIn, n.callsOut])).toEqual([['a', 0, 5], ['b', 5, 7], ['c', 7, 0]]);
  });
});

describe('percentileSorted', () => {
  it('uses the nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentileSorted(xs, 50)).toBe(50);
    expect(percentileSorted(xs, 95)).toBe(95);
    expect(percentileSorted([7], 95)).toBe(7);
    expect(percentileSorted([], 50)).toBeNaN();
  });
});
