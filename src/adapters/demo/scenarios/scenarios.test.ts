import { describe, expect, it } from 'vitest';
import { attr, attrText, isErrorSpan } from '../../../model/attributes';
import type { Span, Trace } from '../../../model/types';
import { generateDemoDataset } from '../demo-dataset';
import { ALL_DEMO_TRACE_IDS, DEMO_TRACE_IDS } from '../demo-trace-ids';
import { BIG_TRACE_TARGET_SPANS } from './big-trace';
import { INVENTORY_CLOCK_BEHIND_US } from './data-quality';
import { N_PLUS_ONE_COUNTS, N_PLUS_ONE_STATEMENT } from './n-plus-one';

const ANCHOR_US = Date.UTC(2026, 10, 22, 3, 0) * 1000;
const data = generateDemoDataset(ANCHOR_US);

function get(id: string): Trace {
  const t = data.byId.get(id);
  if (!t) throw new Error(`missing demo trace ${id}`);
  return t;
}
const text = (span: Span, key: string) => attrText(attr(span, key));
const spansWhere = (t: Trace, pred: (s: Span) => boolean) => t.spans.filter(pred);

describe('demo data set', () => {
  it('holds exactly the advertised ids, 32 lower-case hex each', () => {
    expect(new Set(ALL_DEMO_TRACE_IDS).size).toBe(ALL_DEMO_TRACE_IDS.length);
    expect(data.traces.map((t) => t.traceId).sort()).toEqual([...ALL_DEMO_TRACE_IDS].sort());
    for (const id of ALL_DEMO_TRACE_IDS) expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(data.traces.length).toBeGreaterThanOrEqual(40);
    expect(data.traces.length).toBeLessThanOrEqual(60);
  });

  it('is identical at another time except for a uniform shift', () => {
    const later = generateDemoDataset(ANCHOR_US + 17 * 60_000_000);
    for (const t of data.traces) {
      const u = later.byId.get(t.traceId)!;
      expect(u.spans.map((s) => [s.spanId, s.parentSpanId, s.name, s.durationUs])).toEqual(
        t.spans.map((s) => [s.spanId, s.parentSpanId, s.name, s.durationUs]),
      );
      expect(u.spans.every((s, i) => s.startUs - t.spans[i]!.startUs === 17 * 60_000_000)).toBe(true);
    }
  });

  it('spreads the traces over the 50 minutes before the anchor', () => {
    for (const t of data.traces) {
      expect(t.startUs).toBeLessThan(ANCHOR_US);
      expect(t.startUs).toBeGreaterThanOrEqual(ANCHOR_US - 50 * 60_000_000);
      expect(t.endUs).toBeLessThan(ANCHOR_US);
    }
  });

  it('has clean data except in the data-quality traces', () => {
    for (const t of data.traces) {
      if (t.traceId === DEMO_TRACE_IDS.clockSkew || t.traceId === DEMO_TRACE_IDS.orphanSpan) continue;
      expect(t.warnings, t.traceId).toEqual([]);
    }
  });

  it('follows the OpenTelemetry resource conventions on every span', () => {
    for (const t of data.traces) {
      for (const s of t.spans) {
        expect(text({ ...s, attributes: s.resource }, 'service.name')).toBe(s.service);
        for (const key of ['service.version', 'deployment.environment', 'telemetry.sdk.name', 'telemetry.sdk.language']) {
          expect(attr(s.resource, key), key).toBeDefined();
        }
      }
    }
  });

  it('uses every span kind, and databases only as peers', () => {
    const kinds = new Set(data.traces.flatMap((t) => t.spans.map((s) => s.kind)));
    expect([...kinds].sort()).toEqual(['client', 'consumer', 'internal', 'producer', 'server']);
    const services = new Set(data.traces.flatMap((t) => t.services.map((s) => s.name)));
    for (const db of ['postgres', 'postgresql', 'redis', 'kafka']) expect(services.has(db)).toBe(false);
  });
});

describe('scenario 1: gateway → auth → users → postgres', () => {
  it('checks the token with auth and queries postgres from a users CLIENT span', () => {
    for (const id of DEMO_TRACE_IDS.userProfile) {
      const t = get(id);
      const names = t.services.map((s) => s.name);
      expect(names).toContain('api-gateway');
      expect(names).toContain('auth');
      const root = t.spans[t.roots[0]!]!;
      expect(['frontend', 'api-gateway']).toContain(root.service);
      const queries = spansWhere(t, (s) => text(s, 'db.system') === 'postgresql');
      if (t.errorCount > 0) continue; // the expired-token request never reaches users
      expect(queries).toHaveLength(1);
      const q = queries[0]!;
      expect(q.service).toBe('users');
      expect(q.kind).toBe('client');
      expect(text(q, 'db.statement')).toMatch(/^SELECT /);
      expect(text(q, 'db.name')).toBe('users');
      expect(t.spans[q.parentIndex]!.kind).toBe('server');
    }
  });

  it('has a 1–2 s query exactly in the slow-query traces', () => {
    const slow = new Set<string>(DEMO_TRACE_IDS.userProfileSlowQuery);
    for (const id of DEMO_TRACE_IDS.userProfile) {
      const t = get(id);
      const q = spansWhere(t, (s) => text(s, 'db.system') === 'postgresql')[0];
      if (!q) continue;
      if (slow.has(id)) {
        expect(q.durationUs).toBeGreaterThanOrEqual(1_000_000);
        expect(q.durationUs).toBeLessThanOrEqual(2_000_000);
        expect(q.events.map((e) => e.name)).toContain('log');
      } else {
        expect(q.durationUs).toBeLessThan(100_000);
      }
    }
  });

  it('has one request refused with an expired token (auth UNAUTHENTICATED, gateway 401)', () => {
    const refused = DEMO_TRACE_IDS.userProfile.map(get).filter((t) => t.errorCount > 0);
    expect(refused).toHaveLength(1);
    const t = refused[0]!;
    expect(t.services.map((s) => s.name)).not.toContain('users');
    expect(spansWhere(t, (s) => text(s, 'rpc.grpc.status_code') === '16').length).toBe(2);
  });
});

describe('scenario 2: checkout with payment timeouts', () => {
  const timeouts = new Set<string>(DEMO_TRACE_IDS.checkoutTimeout);

  it('times out in exactly a third of the checkouts', () => {
    expect(DEMO_TRACE_IDS.checkout).toHaveLength(12);
    expect(timeouts.size).toBe(4);
    const failed = DEMO_TRACE_IDS.checkout.filter((id) => get(id).errorCount > 0);
    expect(new Set(failed)).toEqual(timeouts);
  });

  it('reserves at inventory and charges at payments in every checkout', () => {
    for (const id of DEMO_TRACE_IDS.checkout) {
      const t = get(id);
      expect(spansWhere(t, (s) => s.service === 'inventory' && text(s, 'rpc.method') === 'ReserveItems' && s.kind === 'server')).toHaveLength(1);
      const charge = spansWhere(t, (s) => s.service === 'payments' && s.kind === 'server');
      expect(charge).toHaveLength(1);
      expect(t.spans[charge[0]!.parentIndex]!.service).toBe('checkout');
    }
  });

  it('marks a timeout with error status, an exception event and http 504', () => {
    for (const id of DEMO_TRACE_IDS.checkout) {
      const t = get(id);
      const charge = spansWhere(t, (s) => s.service === 'payments' && s.kind === 'server')[0]!;
      const provider = spansWhere(t, (s) => text(s, 'server.address') === 'api.psp.example.com')[0]!;
      if (timeouts.has(id)) {
        expect(charge.status.code).toBe('error');
        expect(charge.status.message).toMatch(/timed out|did not answer/);
        expect(text(charge, 'http.response.status_code')).toBe('504');
        const exception = charge.events.find((e) => e.name === 'exception');
        expect(exception && attr(exception.attributes, 'exception.type')).toBeDefined();
        expect(attrText(attr(exception!.attributes, 'exception.stacktrace'))).toContain('\tat ');
        expect(provider.durationUs).toBe(5_000_000);
        expect(provider.status.code).toBe('error');
        expect(text(t.spans[t.roots[0]!]!, 'http.response.status_code')).toBe('504');
      } else {
        expect(charge.status.code).toBe('unset');
        expect(text(charge, 'http.response.status_code')).toBe('201');
        expect(t.spans.some(isErrorSpan)).toBe(false);
      }
    }
  });
});

describe('scenario 3: producer and consumer joined by a span link', () => {
  it('links each consumer root to its producer span in the producer trace', () => {
    DEMO_TRACE_IDS.orderConsumed.forEach((consumerId, i) => {
      const consumer = get(consumerId);
      const producer = get(DEMO_TRACE_IDS.orderPublished[i]!);
      const root = consumer.spans[consumer.roots[0]!]!;
      expect(root.kind).toBe('consumer');
      expect(root.service).toBe('fulfillment');
      expect(root.links).toHaveLength(1);
      const link = root.links[0]!;
      expect(link.traceId).toBe(producer.traceId);
      const target = producer.spans[producer.byUid.get(link.spanId)!]!;
      expect(target.kind).toBe('producer');
      expect(target.service).toBe('orders');
      expect(text(target, 'messaging.system')).toBe('kafka');
      expect(text(target, 'messaging.destination.name')).toBe(text(root, 'messaging.destination.name'));
      expect(text(target, 'messaging.kafka.message.key')).toBe(text(root, 'messaging.kafka.message.key'));
      expect(root.startUs).toBeGreaterThan(target.endUs);
    });
  });
});

describe('scenario 4: N+1 queries', () => {
  it('issues 50–200 sequential identical review queries from catalog', () => {
    DEMO_TRACE_IDS.reviewsNPlusOne.forEach((id, i) => {
      const t = get(id);
      const burst = spansWhere(t, (s) => text(s, 'db.statement') === N_PLUS_ONE_STATEMENT);
      expect(burst).toHaveLength(N_PLUS_ONE_COUNTS[i]!);
      expect(burst.length).toBeGreaterThanOrEqual(50);
      expect(burst.length).toBeLessThanOrEqual(200);
      expect(new Set(burst.map((s) => s.parentIndex)).size).toBe(1);
      for (const s of burst) expect([s.service, s.kind, text(s, 'db.system')]).toEqual(['catalog', 'client', 'postgresql']);
      for (let k = 1; k < burst.length; k++) expect(burst[k]!.startUs).toBeGreaterThanOrEqual(burst[k - 1]!.endUs);
    });
    expect(Math.min(...N_PLUS_ONE_COUNTS)).toBe(50);
    expect(Math.max(...N_PLUS_ONE_COUNTS)).toBe(200);
  });
});

describe('scenario 5: the 5,000-span trace', () => {
  const big = get(DEMO_TRACE_IDS.bigTrace);

  it('has about 5,000 spans, ~15 services and depth 12', () => {
    expect(DEMO_TRACE_IDS.bigTrace.startsWith('5000')).toBe(true);
    expect(Math.abs(big.spans.length - BIG_TRACE_TARGET_SPANS)).toBeLessThanOrEqual(BIG_TRACE_TARGET_SPANS * 0.05);
    expect(big.services.length).toBeGreaterThanOrEqual(14);
    expect(big.services.length).toBeLessThanOrEqual(16);
    expect(big.maxDepth).toBe(12);
    expect(big.roots).toHaveLength(1);
  });

  it('fans out, fails here and there, and carries events', () => {
    expect(Math.max(...big.spans.map((s) => s.children.length))).toBeGreaterThanOrEqual(50);
    expect(big.errorCount).toBeGreaterThan(0);
    expect(big.errorCount).toBeLessThan(big.spans.length * 0.05);
    expect(big.spans.some((s) => s.events.some((e) => e.name === 'exception'))).toBe(true);
    expect(big.spans.filter((s) => s.events.length > 0).length).toBeGreaterThan(100);
    expect(big.spans.some((s) => s.kind === 'producer')).toBe(true);
  });
});

describe('data-quality traces', () => {
  it('has a child across a service boundary starting before its parent (clock skew)', () => {
    const t = get(DEMO_TRACE_IDS.clockSkew);
    const skewed = spansWhere(t, (s) => {
      const p = t.spans[s.parentIndex];
      return !!p && p.service !== s.service && s.startUs < p.startUs;
    });
    expect(skewed).toHaveLength(1);
    const s = skewed[0]!;
    expect(s.service).toBe('inventory');
    expect(t.spans[s.parentIndex]!.startUs - s.startUs).toBeLessThan(INVENTORY_CLOCK_BEHIND_US);
  });

  it('has an orphan whose parent was never reported', () => {
    const t = get(DEMO_TRACE_IDS.orphanSpan);
    expect(t.warnings.map((w) => w.kind)).toContain('orphan');
    const ids = new Set(t.spans.map((s) => s.spanId));
    const orphans = spansWhere(t, (s) => s.parentSpanId !== null && !ids.has(s.parentSpanId));
    expect(orphans.map((s) => s.service)).toEqual(['orders']);
  });
});
