import { afterEach, describe, expect, it, vi } from 'vitest';
import { micros } from '../../lib/units';
import type { SourceConfig } from '../config';
import { isSourceError, SourceError } from '../source-error';
import { createDemoAdapter } from './demo-adapter';
import { ALL_DEMO_TRACE_IDS, DEMO_TRACE_IDS } from './demo-trace-ids';

const CONFIG: SourceConfig = { id: 'demo', name: 'Demo', type: 'demo', url: '', headers: {}, timeoutMs: 10_000 };
const NOW_MS = Date.UTC(2026, 10, 22, 3, 17, 42);
const HOUR_US = 3_600_000_000;
const lastHour = (nowMs: number) => ({ tags: [], startUs: micros(nowMs * 1000 - HOUR_US), endUs: micros(nowMs * 1000), limit: 100 });

async function rejection(p: Promise<unknown>): Promise<SourceError> {
  const e = await p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (err: unknown) => err,
  );
  if (!isSourceError(e)) throw new Error(`expected a SourceError, got ${String(e)}`);
  return e;
}

describe('createDemoAdapter', () => {
  const adapter = createDemoAdapter(CONFIG, { latencyMs: 0, now: () => NOW_MS });

  it('declares everything but a raw query language', () => {
    expect(adapter.config).toBe(CONFIG);
    expect(adapter.capabilities).toEqual({
      search: true,
      operations: true,
      tagFilters: true,
      durationFilters: true,
      searchReturnsTraces: true,
      dependencies: true,
      tagAutocomplete: true,
      rawQuery: null,
    });
  });

  it('lists services and their operations with kinds', async () => {
    const services = await adapter.services();
    expect(services).toEqual([...services].sort());
    expect(services).toEqual(expect.arrayContaining(['api-gateway', 'auth', 'users', 'checkout', 'inventory', 'payments', 'orders', 'fulfillment', 'catalog']));
    expect(services).not.toContain('postgres');
    const ops = await adapter.operations('payments');
    expect(ops).toContainEqual({ name: 'POST /v1/charges', kind: 'server' });
    expect(ops).toContainEqual({ name: 'POST /v1/payment_intents', kind: 'client' });
    expect(await adapter.operations('nope')).toEqual([]);
  });

  it('finds every demo trace with the default last-hour search', async () => {
    const result = await adapter.search(lastHour(NOW_MS));
    expect(result.summaries.map((s) => s.traceId).sort()).toEqual([...ALL_DEMO_TRACE_IDS].sort());
    expect(result.summaries.every((s) => s.trace !== undefined)).toBe(true);
  });

  it('opens a trace by id (any case) and explains unknown or malformed ids', async () => {
    const big = await adapter.trace(DEMO_TRACE_IDS.bigTrace.toUpperCase());
    expect(big.traceId).toBe(DEMO_TRACE_IDS.bigTrace);
    expect(big.format).toBe('demo');
    const missing = await rejection(adapter.trace('0123456789abcdef0123456789abcdef'));
    expect(missing.kind).toBe('not-found');
    expect(missing.message).toContain('0123456789abcdef0123456789abcdef');
    expect((await rejection(adapter.trace('not an id'))).kind).toBe('bad-request');
  });

  it('returns dependencies for the range only', async () => {
    const all = await adapter.dependencies!({ startUs: micros(NOW_MS * 1000 - HOUR_US), endUs: micros(NOW_MS * 1000) });
    expect(all.find((e) => e.parent === 'checkout' && e.child === 'payments')).toMatchObject({ callCount: 12, errorCount: 4 });
    expect(await adapter.dependencies!({ startUs: micros(0), endUs: micros(1) })).toEqual([]);
  });

  it('offers tag keys and values from the generated attributes', async () => {
    const keys = await adapter.tagKeys!();
    expect(keys).toEqual(expect.arrayContaining(['error', 'http.response.status_code', 'db.system', 'messaging.destination.name', 'service.version']));
    expect(await adapter.tagValues!('db.system')).toEqual(['elasticsearch', 'postgresql', 'redis']);
    expect(await adapter.tagValues!('error')).toEqual(['false', 'true']);
    expect(await adapter.tagValues!('http.response.status_code')).toEqual(expect.arrayContaining(['200', '201', '202', '401', '503', '504']));
    expect(await adapter.tagValues!('no.such.key')).toEqual([]);
  });

  it('keeps its traces for ten minutes, then moves their times with the clock, same ids and shapes', async () => {
    let now = NOW_MS;
    const moving = createDemoAdapter(CONFIG, { latencyMs: 0, now: () => now });
    const id = DEMO_TRACE_IDS.checkoutTimeout[0];
    const before = await moving.trace(id);
    now += 9 * 60_000 + 17_000; // 03:26:59, anchor 03:26: nine minutes on
    expect(await moving.trace(id)).toBe(before);
    expect((await moving.search(lastHour(now))).summaries).toHaveLength(ALL_DEMO_TRACE_IDS.length);
    now = NOW_MS + 11 * 60_000;
    const after = await moving.trace(id);
    expect(after.spans.map((s) => s.spanId)).toEqual(before.spans.map((s) => s.spanId));
    expect(after.startUs - before.startUs).toBe(11 * 60_000_000);
    expect((await moving.search(lastHour(now))).summaries).toHaveLength(ALL_DEMO_TRACE_IDS.length);
  });

  describe('on the real clock', () => {
    afterEach(() => vi.useRealTimers());

    it('shares one dataset between demo sources, even when their first requests fall in different minutes', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(NOW_MS + 17 * 60_000 + 59_000); // a second before a minute turns
      const demo = createDemoAdapter(CONFIG, { latencyMs: 0 });
      const mirror = createDemoAdapter({ ...CONFIG, id: 'mirror', name: 'Demo mirror' }, { latencyMs: 0 });
      const id = DEMO_TRACE_IDS.checkoutTimeout[0];
      const first = await demo.trace(id);
      vi.setSystemTime(NOW_MS + 18 * 60_000 + 1_000);
      expect(await mirror.trace(id)).toBe(first);
    });
  });

  it('answers after its latency and is cancelled by the signal', async () => {
    const slow = createDemoAdapter(CONFIG, { latencyMs: 60_000, now: () => NOW_MS });
    const controller = new AbortController();
    const pending = slow.services(controller.signal);
    controller.abort();
    expect((await rejection(pending)).kind).toBe('aborted');
    expect((await rejection(slow.search(lastHour(NOW_MS), AbortSignal.abort()))).kind).toBe('aborted');
    const quick = createDemoAdapter(CONFIG, { latencyMs: 5, now: () => NOW_MS });
    await expect(quick.services(new AbortController().signal)).resolves.toContain('payments');
  });
});
