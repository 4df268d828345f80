import { afterEach, describe, expect, it, vi } from 'vitest';
import { micros } from '../../lib/units';
import { SourceError } from '../source-error';
import { bushyOtlpTrace } from '../otlp/bushy-trace';
import { openWithPreview } from '../shared/open-with-preview';
import { fakeFetch, on, type Route } from '../shared/fake-fetch';
import { testSource } from '../shared/test-source';
import { createTempoAdapter } from './client';

afterEach(() => vi.unstubAllGlobals());

const NOW_MS = 1_763_780_000_000;
const TRACE_HEX = '00000000000000002f3e0cee77ae5dc9';
// Tempo trace bodies: base64 ids, enum names, string nanos.
const TRACE_ID_B64 = 'AAAAAAAAAAAvPgzud65dyQ==';
const tempoTrace = {
  resourceSpans: [
    {
      resource: { attributes: [{ key: 'service.name', value: { stringValue: 'shop-backend' } }] },
      scopeSpans: [
        {
          scope: {},
          spans: [
            {
              traceId: TRACE_ID_B64,
              spanId: 'L4SpFKKdB5M=',
              name: 'update-billing',
              kind: 'SPAN_KIND_SERVER',
              startTimeUnixNano: '1763779990000000000',
              endTimeUnixNano: '1763779990557000000',
              status: { code: 'STATUS_CODE_ERROR', message: 'card declined' },
            },
          ],
        },
      ],
    },
  ],
};

function setup(routes: Route[], tenant?: string) {
  const fake = fakeFetch(routes);
  vi.stubGlobal('fetch', fake.fetch);
  const config = testSource('tempo', { name: 'Tempo', ...(tenant ? { tenant } : {}) });
  return { adapter: createTempoAdapter(config, { now: () => NOW_MS }), requests: fake.requests };
}

async function failure(p: Promise<unknown>): Promise<SourceError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(SourceError);
  return e as SourceError;
}

describe('Tempo adapter', () => {
  it('services and operations from v2 tag values over the last 24 h, tenant header sent', async () => {
    const { adapter, requests } = setup(
      [
        on('/api/v2/search/tag/resource.service.name/values', { body: { tagValues: [{ type: 'string', value: 'shop-backend' }] } }),
        on('/api/v2/search/tag/name/values', { body: {} }),
      ],
      'team-a',
    );
    expect(await adapter.services()).toEqual(['shop-backend']);
    expect(await adapter.operations('shop-backend')).toEqual([]);
    expect(requests[0]!.url).toBe(
      'http://tempo.test/api/v2/search/tag/resource.service.name/values?start=1763693600&end=1763780000',
    );
    expect(new URL(requests[1]!.url).searchParams.get('q')).toBe('{resource.service.name="shop-backend"}');
    expect(requests[0]!.headers).toEqual({ 'x-scope-orgid': 'team-a' });
  });

  it('search builds summaries from search hits (no traces attached)', async () => {
    const { adapter, requests } = setup([
      on('/api/search', {
        body: {
          traces: [
            { traceID: '2f3e0cee77ae5dc9', rootServiceName: 'shop-backend', rootTraceName: 'update-billing', startTimeUnixNano: '1763779990000000000', durationMs: 557, serviceStats: { 'shop-backend': { spanCount: 1, errorCount: 1 } } },
          ],
          metrics: { inspectedTraces: 10 },
        },
      }),
    ]);
    const result = await adapter.search({ service: 'shop-backend', tags: [], startUs: micros(1_763_776_400_000_000), endUs: micros(1_763_780_000_000_000), limit: 20 });
    expect(Object.fromEntries(new URL(requests[0]!.url).searchParams)).toEqual({
      q: '{resource.service.name="shop-backend"}',
      limit: '20',
      spss: '3',
      start: '1763776400',
      end: '1763780000',
    });
    expect(result.summaries).toHaveLength(1);
    expect(result.summaries[0]).toMatchObject({ traceId: TRACE_HEX, durationUs: 557_000, spanCount: 1, errorCount: 1 });
    expect(result.summaries[0]!.trace).toBeUndefined();
    expect(adapter.capabilities).toMatchObject({ searchReturnsTraces: false, dependencies: false, rawQuery: 'traceql' });
    expect(adapter.dependencies).toBeUndefined();
  });

  it('search without hits: traces absent = empty', async () => {
    const { adapter } = setup([on('/api/search', { body: { metrics: {} } })]);
    expect((await adapter.search({ tags: [], startUs: micros(0), endUs: micros(1e6), limit: 20 })).summaries).toEqual([]);
  });

  it('a big trace over v2 (base64 ids) shows its first rows before the full decode', async () => {
    const { adapter } = setup([on(`/api/v2/traces/${TRACE_HEX}`, { body: { trace: bushyOtlpTrace(TRACE_HEX, 12_000, 'base64') } })]);
    const { trace, preview } = await openWithPreview(adapter, TRACE_HEX);
    const rows = preview?.rows ?? [];
    expect(rows.length).toBeGreaterThan(30);
    expect(rows).toEqual(trace.spans.slice(0, rows.length));
    expect(trace.spans).toHaveLength(12_000);
  });

  it('trace by id over v2 (base64 ids, enum names); an empty trace is not found', async () => {
    const { adapter } = setup([
      on(`/api/v2/traces/${TRACE_HEX}`, { body: { trace: tempoTrace, metrics: { inspectedBytes: '100' } } }),
      on('/api/v2/traces/000000000000000000000000000000ff', { body: { trace: {}, metrics: {} } }),
    ]);
    const trace = await adapter.trace('2f3e0cee77ae5dc9');
    expect(trace.traceId).toBe(TRACE_HEX);
    expect(trace.spans[0]).toMatchObject({ spanId: '2f84a914a29d0793', kind: 'server', service: 'shop-backend' });
    expect(trace.spans[0]!.status.code).toBe('error');
    const e = await failure(adapter.trace('ff'));
    expect(e.kind).toBe('not-found');
    expect(e.message).toBe('Trace 000000000000000000000000000000ff not found in Tempo.');
  });

  it('falls back to /api/traces when v2 is missing, and remembers it', async () => {
    const { adapter, requests } = setup([
      (url) => (url.pathname.startsWith('/api/v2/traces/') ? { status: 404, body: '404 page not found' } : undefined),
      on(`/api/traces/${TRACE_HEX}`, { body: { batches: tempoTrace.resourceSpans } }),
      on('/api/traces/000000000000000000000000000000ff', { status: 404, body: '' }),
    ]);
    expect((await adapter.trace(TRACE_HEX)).spans).toHaveLength(1);
    expect((await failure(adapter.trace('ff'))).kind).toBe('not-found');
    expect(requests.map((r) => new URL(r.url).pathname)).toEqual([
      `/api/v2/traces/${TRACE_HEX}`,
      `/api/traces/${TRACE_HEX}`,
      '/api/traces/000000000000000000000000000000ff',
    ]);
  });

  it('tag keys and values', async () => {
    const { adapter, requests } = setup([
      on('/api/v2/search/tags', { body: { scopes: [{ name: 'span', tags: ['http.method'] }, { name: 'intrinsic', tags: ['name'] }] } }),
      on('/api/v2/search/tag/span.http.method/values', { body: { tagValues: [{ type: 'string', value: 'GET' }] } }),
    ]);
    expect(await adapter.tagKeys!()).toEqual(['name', 'span.http.method']);
    expect(await adapter.tagValues!('span.http.method')).toEqual(['GET']);
    expect(requests).toHaveLength(2);
  });

  it('401 without a tenant explains the header', async () => {
    const { adapter } = setup([on('/api/search', { status: 401, body: 'no org id' })]);
    const e = await failure(adapter.search({ tags: [], startUs: micros(0), endUs: micros(1e6), limit: 20 }));
    expect(e.kind).toBe('unauthorized');
    expect(e.details.hint).toContain('X-Scope-OrgID');
  });
});
