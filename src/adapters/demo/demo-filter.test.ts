import { describe, expect, it } from 'vitest';
import { micros } from '../../lib/units';
import type { SearchQuery } from '../../model/search-types';
import type { Trace } from '../../model/types';
import { generateDemoDataset } from './demo-dataset';
import { searchTraces, traceMatches } from './demo-filter';
import { ALL_DEMO_TRACE_IDS, DEMO_TRACE_IDS } from './demo-trace-ids';

const ANCHOR_US = Date.UTC(2026, 10, 22, 3, 0) * 1000;
const { traces } = generateDemoDataset(ANCHOR_US);
const HOUR_US = 3_600_000_000;

const query = (q: Partial<SearchQuery> = {}): SearchQuery => ({
  tags: [],
  startUs: micros(ANCHOR_US - HOUR_US),
  endUs: micros(ANCHOR_US),
  limit: 100,
  ...q,
});
const ids = (q: Partial<SearchQuery>) => searchTraces(traces, query(q)).summaries.map((s) => s.traceId).sort();
const sorted = (list: readonly string[]) => [...list].sort();

describe('demo search filters', () => {
  it('finds every trace in the last hour with no filter', () => {
    expect(ids({})).toEqual(sorted(ALL_DEMO_TRACE_IDS));
  });

  it('matches a service on any span, not only the root', () => {
    expect(ids({ service: 'payments' })).toEqual(sorted(DEMO_TRACE_IDS.checkout));
    expect(ids({ service: 'fulfillment' })).toEqual(sorted(DEMO_TRACE_IDS.orderConsumed));
    expect(ids({ service: 'no-such-service' })).toEqual([]);
  });

  it('matches an operation, on the chosen service only', () => {
    expect(ids({ operation: 'orders.created process' })).toEqual(sorted(DEMO_TRACE_IDS.orderConsumed));
    const release = 'inventory.v1.InventoryService/ReleaseItems';
    expect(ids({ service: 'checkout', operation: release })).toEqual(sorted(DEMO_TRACE_IDS.checkoutTimeout));
    expect(ids({ service: 'inventory', operation: release })).toEqual(sorted(DEMO_TRACE_IDS.checkoutTimeout));
    expect(ids({ service: 'api-gateway', operation: release })).toEqual([]);
  });

  it('matches tags by attribute equality, typed values compared as text', () => {
    expect(ids({ tags: [['http.response.status_code', '504']] })).toEqual(sorted(DEMO_TRACE_IDS.checkoutTimeout));
    expect(ids({ tags: [['db.statement', 'SELECT * FROM reviews WHERE product_id = ?']] })).toEqual(sorted(DEMO_TRACE_IDS.reviewsNPlusOne));
    expect(ids({ tags: [['http.route', '/api/checkout']] })).toEqual(sorted(DEMO_TRACE_IDS.checkout));
    expect(ids({ tags: [['messaging.system', 'kafka'], ['messaging.operation', 'publish']] })).toEqual(
      sorted([...DEMO_TRACE_IDS.orderPublished, DEMO_TRACE_IDS.bigTrace]),
    );
    expect(ids({ tags: [['http.response.status_code', '5040']] })).toEqual([]);
  });

  it('matches resource attributes too (Jaeger process tags)', () => {
    const python = traces.filter((t) => t.spans.some((s) => ['catalog', 'fulfillment', 'reports', 'recommendations'].includes(s.service)));
    expect(ids({ tags: [['telemetry.sdk.language', 'python']] })).toEqual(sorted(python.map((t) => t.traceId)));
  });

  it('requires service, operation and all tags on the same span', () => {
    expect(ids({ service: 'payments', tags: [['http.response.status_code', '504']] })).toEqual(sorted(DEMO_TRACE_IDS.checkoutTimeout));
    // inventory never answers 504, though its traces contain 504s elsewhere.
    expect(ids({ service: 'inventory', tags: [['http.response.status_code', '504']] })).toEqual([]);
    expect(ids({ tags: [['db.system', 'redis'], ['db.name', 'users']] })).toEqual([]);
  });

  it('reads error=true as "has an error span"', () => {
    const failing = traces.filter((t) => t.errorCount > 0).map((t) => t.traceId);
    expect(failing.length).toBeGreaterThan(5);
    expect(ids({ tags: [['error', 'true']] })).toEqual(sorted(failing));
    expect(ids({ service: 'payments', tags: [['error', 'true']] })).toEqual(sorted(DEMO_TRACE_IDS.checkoutTimeout));
    expect(ids({ tags: [['span.kind', 'consumer']] })).toEqual(sorted(DEMO_TRACE_IDS.orderConsumed));
  });

  it('filters on the whole trace duration, bounds included', () => {
    expect(ids({ minDurationUs: micros(4_500_000) })).toEqual(sorted(DEMO_TRACE_IDS.checkoutTimeout));
    const shortest = traces.reduce((a, b) => (a.durationUs <= b.durationUs ? a : b));
    expect(ids({ maxDurationUs: shortest.durationUs })).toEqual([shortest.traceId]);
    expect(ids({ minDurationUs: shortest.durationUs, maxDurationUs: shortest.durationUs })).toEqual([shortest.traceId]);
    const between = traces.filter((t) => t.durationUs >= 1_000_000 && t.durationUs <= 2_000_000).map((t) => t.traceId);
    expect(ids({ minDurationUs: micros(1_000_000), maxDurationUs: micros(2_000_000) })).toEqual(sorted(between));
    expect(between).toEqual(expect.arrayContaining([...DEMO_TRACE_IDS.userProfileSlowQuery]));
  });

  it('keeps traces that start within the time range', () => {
    const t = traces[5]!;
    expect(ids({ startUs: t.startUs, endUs: t.startUs })).toEqual([t.traceId]);
    expect(ids({ startUs: micros(ANCHOR_US - 2 * HOUR_US), endUs: micros(ANCHOR_US - HOUR_US - 1) })).toEqual([]);
    expect(ids({ startUs: micros(ANCHOR_US), endUs: micros(ANCHOR_US - HOUR_US) })).toEqual([]);
  });

  it('returns the newest traces up to the limit, whole, and says when it cut', () => {
    const result = searchTraces(traces, query({ limit: 5 }));
    const newest = [...traces].sort((a, b) => b.startUs - a.startUs).slice(0, 5);
    expect(result.summaries.map((s) => s.traceId)).toEqual(newest.map((t) => t.traceId));
    expect(result.notes.some((n) => n.includes(`5 newest of ${traces.length}`))).toBe(true);
    for (const s of result.summaries) {
      expect(s.trace?.traceId).toBe(s.traceId);
      expect(s.spanCount).toBe(s.trace?.spans.length);
    }
    expect(searchTraces(traces, query({ limit: 0 })).summaries).toHaveLength(20);
    expect(searchTraces(traces, query({ raw: '{ status = error }' })).notes.join(' ')).toMatch(/raw query was ignored/);
  });

  it('agrees with a slow reference on combined filters', () => {
    const reference = (t: Trace, q: SearchQuery) =>
      t.startUs >= q.startUs &&
      t.startUs <= q.endUs &&
      (q.minDurationUs === undefined || t.durationUs >= q.minDurationUs) &&
      (q.maxDurationUs === undefined || t.durationUs <= q.maxDurationUs) &&
      t.spans.some((s) => (!q.service || s.service === q.service) && (!q.operation || s.name === q.operation));
    const services = [undefined, 'api-gateway', 'users', 'catalog', 'fulfillment'];
    const durations = [undefined, 5_000, 100_000, 1_000_000];
    for (const service of services) {
      for (const min of durations) {
        for (const max of durations) {
          const q = query({ service, minDurationUs: min === undefined ? undefined : micros(min), maxDurationUs: max === undefined ? undefined : micros(max * 3) });
          for (const t of traces) expect(traceMatches(t, q)).toBe(reference(t, q));
        }
      }
    }
  });
});
