import { describe, expect, it } from 'vitest';
import { buildTrace } from '../../model/build-trace';
import { generateDemoDataset } from './demo-dataset';
import { deriveDependencies } from './demo-dependencies';
import { DEMO_TRACE_IDS } from './demo-trace-ids';
import { TraceDraft } from './trace-draft';

describe('deriveDependencies', () => {
  it('counts calls across service boundaries, with errors from the child span', () => {
    const d = new TraceDraft('11111111111111111111111111111111');
    const gw = d.add(null, { service: 'gw', name: 'GET /', kind: 'server' });
    const gwInner = d.add(gw, { service: 'gw', name: 'route', kind: 'internal' });
    d.add(gwInner, { service: 'a', name: 'a1', kind: 'server', durationUs: 10 });
    const a2 = d.add(gwInner, { service: 'a', name: 'a2', kind: 'server', status: { code: 'error', message: 'boom' } });
    d.add(a2, { service: 'b', name: 'b1', kind: 'server', durationUs: 10 });
    d.add(null, { service: 'c', name: 'lost', kind: 'server', durationUs: 10, missingParentId: '2222222222222222' });
    const trace = buildTrace(d.traceId, d.build(1_000_000), 'demo');
    expect(deriveDependencies([trace, trace])).toEqual([
      { parent: 'a', child: 'b', callCount: 2, errorCount: 0 },
      { parent: 'gw', child: 'a', callCount: 4, errorCount: 2 },
    ]);
  });

  it('derives the demo service graph', () => {
    const { traces } = generateDemoDataset(Date.UTC(2026, 10, 22, 3, 0) * 1000);
    const deps = deriveDependencies(traces);
    const edge = (parent: string, child: string) => deps.find((e) => e.parent === parent && e.child === child);
    expect(edge('api-gateway', 'checkout')).toEqual({ parent: 'api-gateway', child: 'checkout', callCount: 12, errorCount: 4 });
    expect(edge('checkout', 'payments')).toEqual({ parent: 'checkout', child: 'payments', callCount: 12, errorCount: 4 });
    // five e-mails, one retried after a 503
    expect(edge('fulfillment', 'notifications')).toEqual({ parent: 'fulfillment', child: 'notifications', callCount: 6, errorCount: 1 });
    expect(edge('frontend', 'api-gateway')?.callCount).toBeGreaterThan(0);
    // A span link is not a call; databases are peers, not services; orphans have no caller.
    expect(edge('orders', 'fulfillment')).toBeUndefined();
    expect(deps.some((e) => ['postgres', 'redis-cache', 'kafka'].includes(e.child))).toBe(false);
    expect(deps.filter((e) => e.child === 'orders').map((e) => e.callCount)).toEqual([DEMO_TRACE_IDS.orderPublished.length]);
    for (const e of deps) expect(e.parent).not.toBe(e.child);
  });
});
