import { afterEach, describe, expect, it, vi } from 'vitest';
import { micros } from '../../lib/units';
import type { SearchQuery } from '../../model/search-types';
import { SourceError } from '../source-error';
import { bushyOtlpTrace } from '../otlp/bushy-trace';
import { openWithPreview } from '../shared/open-with-preview';
import { fakeFetch, on, type Route } from '../shared/fake-fetch';
import { testSource } from '../shared/test-source';
import { createJaegerAdapter } from './client';

afterEach(() => vi.unstubAllGlobals());

const T1 = '5b8aa5a2d2c872e8321cf37308d69df2';
const T2 = '00000000000000000123456789abcdef';
const NO_TRACES = { status: 404, body: '{"error":{"httpCode":404,"message":"No traces found"}}' };
const GO_404 = { status: 404, body: '404 page not found\n' };

/** An /api/v3 span as the HTTP gateway writes it: hex ids, int enums, string nanos. */
const v3Span = (traceId: string, spanId: string, name: string, startNs: string, endNs: string, extra: object = {}) => ({
  traceId,
  spanId,
  name,
  kind: 2,
  startTimeUnixNano: startNs,
  endTimeUnixNano: endNs,
  attributes: [{ key: 'http.status_code', value: { intValue: '200' } }],
  status: {},
  ...extra,
});
const resourceSpans = (service: string, spans: object[]) => ({
  resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
  scopeSpans: [{ scope: { name: 'otel' }, spans }],
});
// Two traces merged into one resourceSpans list, as /api/v3/traces answers.
const SEARCH_BODY = {
  result: {
    resourceSpans: [
      resourceSpans('frontend', [
        v3Span(T1, '321cf37308d69df2', 'HTTP GET /dispatch', '1763780000000000000', '1763780000750000000'),
        v3Span(T2, '0123456789abcdef', 'HTTP GET /config', '1763780060000000000', '1763780060002000000'),
      ]),
      resourceSpans('driver', [
        v3Span(T1, '1a2b3c4d5e6f7081', 'FindNearest', '1763780000100000000', '1763780000400000000', {
          parentSpanId: '321cf37308d69df2',
          kind: 3,
          status: { code: 2, message: 'redis timeout' },
        }),
      ]),
    ],
  },
};
const query: SearchQuery = { service: 'frontend', tags: [], startUs: micros(1_763_779_000_000_000), endUs: micros(1_763_780_200_000_000), limit: 20 };

function setup(routes: Route[]) {
  const fake = fakeFetch(routes);
  vi.stubGlobal('fetch', fake.fetch);
  return { adapter: createJaegerAdapter(testSource('jaeger', { name: 'Jaeger' })), requests: fake.requests };
}
const paths = (requests: { url: string }[]) => requests.map((r) => new URL(r.url).pathname);

async function failure(p: Promise<unknown>): Promise<SourceError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(SourceError);
  return e as SourceError;
}

describe('Jaeger adapter over /api/v3', () => {
  it('services: {} means none; operations: one per name, kind kept', async () => {
    const { adapter } = setup([
      on('/api/v3/services', { body: {} }),
      on('/api/v3/operations', {
        body: { operations: [{ name: 'b', spanKind: 'server' }, { name: 'a', spanKind: 'client' }, { name: 'b', spanKind: 'client' }] },
      }),
    ]);
    expect(await adapter.services()).toEqual([]);
    expect(await adapter.operations('frontend')).toEqual([{ name: 'a', kind: 'client' }, { name: 'b' }]);
  });

  it('search groups the merged resourceSpans by trace and attaches whole traces', async () => {
    const { adapter, requests } = setup([on('/api/v3/traces', { body: SEARCH_BODY })]);
    const result = await adapter.search(query);
    expect(new URL(requests[0]!.url).searchParams.get('query.num_traces')).toBe('20');
    expect(result.summaries.map((s) => s.traceId)).toEqual([T2, T1]); // most recent first
    const t1 = result.summaries[1]!;
    expect(t1).toMatchObject({ rootService: 'frontend', rootName: 'HTTP GET /dispatch', spanCount: 2, errorCount: 1, durationUs: 750_000 });
    expect(t1.trace?.spans.map((s) => s.service)).toEqual(['frontend', 'driver']);
  });

  it('search: 404 "No traces found" is an empty result, not an error', async () => {
    const { adapter } = setup([on('/api/v3/traces', NO_TRACES)]);
    expect((await adapter.search(query)).summaries).toEqual([]);
  });

  it('trace by id pads the id; 404 → not-found naming the source', async () => {
    const { adapter, requests } = setup([
      on(`/api/v3/traces/${T1}`, { body: { result: SEARCH_BODY.result } }),
      on(`/api/v3/traces/${T2}`, NO_TRACES),
    ]);
    const trace = await adapter.trace(T1);
    expect(trace.traceId).toBe(T1);
    expect(trace.spans).toHaveLength(2);
    const e = await failure(adapter.trace('123456789ABCDEF'));
    expect(requests[1]!.url).toBe(`http://jaeger.test/api/v3/traces/${T2}`);
    expect(e.kind).toBe('not-found');
    expect(e.message).toBe(`Trace ${T2} not found in Jaeger.`);
    // A v3 "not found" is not taken for a missing route: no fallback request.
    expect(paths(requests)).toEqual([`/api/v3/traces/${T1}`, `/api/v3/traces/${T2}`]);
  });

  it('dependencies from the internal API, in ms', async () => {
    const { adapter, requests } = setup([
      on('/api/dependencies', { body: { data: [{ parent: 'frontend', child: 'driver', callCount: 3 }], errors: null } }),
    ]);
    const deps = await adapter.dependencies!({ startUs: micros(1_000_000_000), endUs: micros(87_400_000_000) });
    expect(requests[0]!.url).toBe('http://jaeger.test/api/dependencies?endTs=87400000&lookback=86400000');
    expect(deps).toEqual([{ parent: 'frontend', child: 'driver', callCount: 3 }]);
  });

  it('server errors and garbage become typed errors', async () => {
    const { adapter } = setup([
      on('/api/v3/services', { status: 500, body: '{"error":{"httpCode":500,"message":"storage unavailable"}}' }),
      on('/api/v3/traces', { body: { result: { resourceSpans: 'nope' } } }),
    ]);
    const e = await failure(adapter.services());
    expect(e.kind).toBe('server');
    expect(e.message).toContain('storage unavailable');
    expect((await failure(adapter.search(query))).kind).toBe('bad-payload');
  });
});

describe('Jaeger adapter on servers without /api/v3', () => {
  const legacyTrace = {
    traceID: '123456789abcdef', // 15 chars: old Jaeger drops leading zeros
    spans: [
      {
        traceID: '123456789abcdef',
        spanID: '0123456789abcdef',
        operationName: 'HTTP GET /config',
        references: [],
        startTime: 1_763_780_060_000_000,
        duration: 2000,
        tags: [{ key: 'span.kind', type: 'string', value: 'server' }],
        logs: [],
        processID: 'p1',
        warnings: null,
      },
    ],
    processes: { p1: { serviceName: 'frontend', tags: [] } },
    warnings: null,
  };

  it('falls back once, then stays on the internal API', async () => {
    const { adapter, requests } = setup([
      on('/api/v3/services', GO_404),
      on('/api/services', { body: { data: ['frontend', 'driver'], total: 2, limit: 0, offset: 0, errors: null } }),
      on('/api/operations', { body: { data: [{ name: 'HTTP GET /config', spanKind: 'server' }] } }),
      on('/api/traces', { body: { data: [legacyTrace] } }),
    ]);
    expect(await adapter.services()).toEqual(['driver', 'frontend']);
    expect(await adapter.operations('frontend')).toEqual([{ name: 'HTTP GET /config', kind: 'server' }]);
    const result = await adapter.search({ ...query, tags: [['error', 'true']], minDurationUs: micros(1000) });
    expect(result.summaries.map((s) => s.traceId)).toEqual([T2]);
    expect(paths(requests)).toEqual(['/api/v3/services', '/api/services', '/api/operations', '/api/traces']);
    const sent = new URL(requests[3]!.url).searchParams;
    expect(Object.fromEntries(sent)).toEqual({
      service: 'frontend',
      tags: '{"error":"true"}',
      start: '1763779000000000',
      end: '1763780200000000',
      minDuration: '1ms',
      limit: '20',
    });
  });

  it('operations fall back to /api/services/{s}/operations (null = none)', async () => {
    const { adapter } = setup([
      on('/api/v3/operations', GO_404),
      on('/api/operations', GO_404),
      on('/api/services/a%2Fb/operations', { body: { data: null } }),
    ]);
    expect(await adapter.operations('a/b')).toEqual([]);
  });

  it('a big trace shows its first rows before the full decode, the same as the full trace has', async () => {
    const { adapter } = setup([on(`/api/v3/traces/${T1}`, { body: { result: bushyOtlpTrace(T1, 12_000) } })]);
    const { trace, preview } = await openWithPreview(adapter, T1);
    expect(preview?.spanCount).toBe(12_000);
    const rows = preview?.rows ?? [];
    expect(rows.length).toBeGreaterThan(30);
    expect(rows).toEqual(trace.spans.slice(0, rows.length));
    // Without anyone to show it to there is no preview, and the trace is the same.
    expect(await adapter.trace(T1)).toEqual(trace);
  });

  it('a big trace from /api/traces/{id} shows its first rows before the full decode too', async () => {
    const hex = (n: number) => n.toString(16).padStart(16, '0');
    const spans = Array.from({ length: 12_000 }, (_, i) => ({
      traceID: T1,
      spanID: hex(i + 1),
      operationName: `op ${i % 7}`,
      references: i === 0 ? [] : [{ refType: 'CHILD_OF', traceID: T1, spanID: hex(Math.floor((i - 1) / 4) + 1) }],
      startTime: 1_763_780_060_000_000 + (i % 97),
      duration: 1000 - (i % 13),
      tags: [{ key: 'http.method', type: 'string', value: 'GET' }],
      logs: [],
      processID: i % 3 === 0 ? 'p1' : 'p2',
    }));
    const { adapter } = setup([
      on(`/api/v3/traces/${T1}`, GO_404),
      on(`/api/traces/${T1}`, { body: { data: [{ traceID: T1, spans, processes: { p1: { serviceName: 'a', tags: [] }, p2: { serviceName: 'b', tags: [] } } }] } }),
    ]);
    const { trace, preview } = await openWithPreview(adapter, T1);
    expect(preview?.spanCount).toBe(12_000);
    const rows = preview?.rows ?? [];
    expect(rows.length).toBeGreaterThan(30);
    expect(rows).toEqual(trace.spans.slice(0, rows.length));
    expect(rows.map((r) => r.depth).slice(0, 4)).toEqual([0, 1, 2, 3]);
  });

  it('trace by id falls back to /api/traces/{id}; its 404 is not-found', async () => {
    const { adapter, requests } = setup([
      on(`/api/v3/traces/${T2}`, GO_404),
      on(`/api/traces/${T2}`, { body: { data: [legacyTrace] } }),
      on(`/api/traces/${T1}`, { status: 404, body: '{"data":null,"errors":[{"code":404,"msg":"trace not found"}]}' }),
    ]);
    const trace = await adapter.trace(T2);
    expect(trace.traceId).toBe(T2);
    const e = await failure(adapter.trace(T1));
    expect(e.kind).toBe('not-found');
    expect(e.message).toBe(`Trace ${T1} not found in Jaeger.`);
    expect(paths(requests)).toEqual([`/api/v3/traces/${T2}`, `/api/traces/${T2}`, `/api/traces/${T1}`]);
  });
});
