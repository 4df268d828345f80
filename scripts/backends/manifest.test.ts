import { describe, expect, it } from 'vitest';
import { describeTrace, manifestTraces, type SpanRecord } from '../../demo-system/manifest.mjs';

const T1 = 'a'.repeat(32);
const T2 = 'b'.repeat(32);

function span(p: Partial<SpanRecord> & Pick<SpanRecord, 'spanId' | 'startUs' | 'durationUs'>): SpanRecord {
  return {
    traceId: T1, parentSpanId: null, name: p.spanId, kind: 'INTERNAL', service: 'svc',
    status: { code: 'UNSET' }, attributes: {}, events: [], links: [], ...p,
  };
}

describe('describeTrace', () => {
  // root 0..100 (gateway) -> a 10..60 (users) -> db 20..55 (users); root -> b 50..90 (orders, error)
  const spans = [
    span({ spanId: 'b', parentSpanId: 'root', service: 'orders', startUs: 50, durationUs: 40, status: { code: 'ERROR', message: 'boom' } }),
    span({ spanId: 'db', parentSpanId: 'a', service: 'users', startUs: 20, durationUs: 35 }),
    span({ spanId: 'root', service: 'gateway', startUs: 0, durationUs: 100, name: 'GET /x' }),
    span({ spanId: 'a', parentSpanId: 'root', service: 'users', startUs: 10, durationUs: 50 }),
  ];
  const t = describeTrace(T1, spans);

  it('orders spans depth-first, children by start time', () => {
    expect(t.spans.map((s) => [s.spanId, s.depth])).toEqual([['root', 0], ['a', 1], ['db', 2], ['b', 1]]);
  });

  it('computes self time from the union of the children', () => {
    const self = Object.fromEntries(t.spans.map((s) => [s.spanId, s.selfTimeUs]));
    // root: children cover 10..90 -> 20 left; a: 50 - 35 = 15
    expect(self).toEqual({ root: 20, a: 15, db: 35, b: 40 });
  });

  it('summarises root, services, errors, edges and the slowest hop', () => {
    expect(t.rootService).toBe('gateway');
    expect(t.rootOperation).toBe('GET /x');
    expect(t.spanCount).toBe(4);
    expect(t.durationUs).toBe(100);
    expect(t.services).toEqual(['gateway', 'orders', 'users']);
    expect(t.errorSpans).toEqual([{ spanId: 'b', service: 'orders', name: 'b', message: 'boom' }]);
    expect(t.serviceEdges).toEqual(expect.arrayContaining([
      { parent: 'gateway', child: 'users', callCount: 1 },
      { parent: 'gateway', child: 'orders', callCount: 1 },
    ]));
    expect(t.serviceEdges).toHaveLength(2);
    expect(t.slowestHop.spanId).toBe('b');
  });

  it('treats a span whose parent is missing as another root', () => {
    const orphan = describeTrace(T1, [...spans, span({ spanId: 'o', parentSpanId: 'gone', startUs: 5, durationUs: 1 })]);
    expect(orphan.rootCount).toBe(2);
    expect(orphan.rootSpanId).toBe('root');
  });

  it('handles deep chains without recursion', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => span({ spanId: `s${i}`, parentSpanId: i ? `s${i - 1}` : null, startUs: i, durationUs: 40_000 - 2 * i }));
    const deep = describeTrace(T1, chain);
    expect(deep.maxDepth).toBe(19_999);
  });
});

describe('manifestTraces', () => {
  it('labels request traces and the consumer traces linked to them', () => {
    const records = [
      span({ spanId: 'p', service: 'orders', startUs: 0, durationUs: 10 }),
      span({ traceId: T2, spanId: 'c', service: 'notifications', startUs: 20, durationUs: 5, links: [{ traceId: T1, spanId: 'p', attributes: {} }] }),
    ];
    const out = manifestTraces(records, [{ seq: 2, scenario: 'create-order', method: 'POST', path: '/api/orders', status: 201, traceId: T1 }]);
    expect(out.map((t) => [t.traceId, t.scenario, t.seq])).toEqual([[T1, 'create-order', 2], [T2, 'order-notification', 2]]);
    expect(out[1]?.linkedFromTraceId).toBe(T1);
    expect(out[1]?.links).toEqual([{ fromSpanId: 'c', toTraceId: T1, toSpanId: 'p' }]);
  });
});
