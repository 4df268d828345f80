import { afterEach, describe, expect, it, vi } from 'vitest';
import { micros } from '../../lib/units';
import { SourceError } from '../source-error';
import { openWithPreview } from '../shared/open-with-preview';
import { fakeFetch, on } from '../shared/fake-fetch';
import { testSource } from '../shared/test-source';
import { createZipkinAdapter } from './client';

afterEach(() => vi.unstubAllGlobals());

const T1 = '463ac35c9f6413ad48485a3953bb6124';
const T2 = '00000000000000007a2b9c1d0e3f4a5b';
const span = (traceId: string, id: string, extra: object = {}) => ({
  traceId,
  id,
  name: 'get /api',
  kind: 'SERVER',
  timestamp: 1_763_780_000_000_000,
  duration: 12_000,
  localEndpoint: { serviceName: 'frontend', ipv4: '10.0.0.1' },
  tags: { 'http.path': '/api' },
  ...extra,
});
const TRACES = [
  [span(T1, '48485a3953bb6124'), span(T1, '1111111111111111', { parentId: '48485a3953bb6124', kind: 'CLIENT', name: 'select', localEndpoint: { serviceName: 'db' }, tags: { error: 'timeout' }, timestamp: 1_763_780_000_001_000, duration: 5_000 })],
  [span('7a2b9c1d0e3f4a5b', '7a2b9c1d0e3f4a5b', { timestamp: 1_763_780_100_000_000 })],
];

function setup(routes: Parameters<typeof fakeFetch>[0]) {
  const fake = fakeFetch(routes);
  vi.stubGlobal('fetch', fake.fetch);
  return { adapter: createZipkinAdapter(testSource('zipkin')), requests: fake.requests };
}

async function failure(p: Promise<unknown>): Promise<SourceError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(SourceError);
  return e as SourceError;
}

describe('Zipkin adapter', () => {
  it('a big trace shows its first rows (client and server halves sharing ids) before the full decode', async () => {
    // Each call is a CLIENT span with its SERVER half under the same id, as Zipkin records RPCs.
    const spans = Array.from({ length: 6_000 }, (_, i) => {
      const id = (i + 1).toString(16).padStart(16, '0');
      const parentId = i === 0 ? undefined : (Math.floor((i - 1) / 3) + 1).toString(16).padStart(16, '0');
      const at = 1_763_780_000_000_000 + i * 10;
      return [
        span(T1, id, { ...(parentId ? { parentId } : {}), kind: 'CLIENT', timestamp: at, duration: 6_000 - i }),
        span(T1, id, { ...(parentId ? { parentId } : {}), kind: 'SERVER', shared: true, localEndpoint: { serviceName: 'back' }, timestamp: at + 1, duration: 5_998 - i }),
      ];
    }).flat();
    const { adapter } = setup([on(`/api/v2/trace/${T1}`, { body: spans })]);
    const { trace, preview } = await openWithPreview(adapter, T1);
    const rows = preview?.rows ?? [];
    expect(rows.length).toBeGreaterThan(30);
    expect(rows).toEqual(trace.spans.slice(0, rows.length));
    expect(trace.spans).toHaveLength(12_000);
    // The server half hangs under its client half.
    expect(rows[1]!.parentIndex).toBe(0);
    expect(rows[1]!.kind).toBe('server');
  });

  it('lists services, span names, remote services and autocomplete', async () => {
    const { adapter, requests } = setup([
      on('/api/v2/services', { body: ['frontend', 'db'] }),
      on('/api/v2/spans', { body: ['get /api', 'post /api'] }, { serviceName: 'frontend' }),
      on('/api/v2/remoteServices', { body: ['mysql'] }),
      on('/api/v2/autocompleteKeys', { body: ['env'] }),
      on('/api/v2/autocompleteValues', { body: ['prod', 'dev'] }, { key: 'env' }),
    ]);
    expect(await adapter.services()).toEqual(['db', 'frontend']);
    expect(await adapter.operations('frontend')).toEqual([{ name: 'get /api' }, { name: 'post /api' }]);
    expect(await adapter.remoteServices('frontend')).toEqual(['mysql']);
    expect(await adapter.tagKeys!()).toEqual(['env']);
    expect(await adapter.tagValues!('env')).toEqual(['dev', 'prod']);
    // Zipkin's CORS allows only Content-Type: no header at all unless configured.
    expect(requests.every((r) => Object.keys(r.headers).length === 0)).toBe(true);
  });

  it('search returns whole traces, most recent first, ids padded', async () => {
    const { adapter, requests } = setup([on('/api/v2/traces', { body: TRACES })]);
    const result = await adapter.search({
      service: 'frontend',
      tags: [['error', '']],
      startUs: micros(1_763_779_000_000_000),
      endUs: micros(1_763_780_200_000_000),
      limit: 10,
    });
    expect(requests[0]!.url).toBe(
      'http://zipkin.test/api/v2/traces?serviceName=frontend&annotationQuery=error&endTs=1763780200000&lookback=1200000&limit=10',
    );
    expect(result.summaries.map((s) => s.traceId)).toEqual([T2, T1]);
    const first = result.summaries[1]!;
    expect(first).toMatchObject({ rootService: 'frontend', rootName: 'get /api', spanCount: 2, errorCount: 1 });
    expect(first.trace?.spans).toHaveLength(2);
    expect(adapter.capabilities.searchReturnsTraces).toBe(true);
  });

  it('an empty search is an empty list', async () => {
    const { adapter } = setup([on('/api/v2/traces', { body: [] })]);
    const r = await adapter.search({ tags: [], startUs: micros(0), endUs: micros(1e9), limit: 10 });
    expect(r.summaries).toEqual([]);
  });

  it('trace by id: lower-case padded id; 404 text → not-found naming the source', async () => {
    const { adapter, requests } = setup([
      on(`/api/v2/trace/${T1}`, { body: TRACES[0] }),
      (url) => (url.pathname.startsWith('/api/v2/trace/') ? { status: 404, body: `${url.pathname.slice(14)} not found` } : undefined),
    ]);
    const trace = await adapter.trace(T1.toUpperCase());
    expect(trace.traceId).toBe(T1);
    expect(requests[0]!.url).toBe(`http://zipkin.test/api/v2/trace/${T1}`);
    const e = await failure(adapter.trace('abc'));
    expect(e.kind).toBe('not-found');
    expect(e.message).toBe('Trace 00000000000000000000000000000abc not found in Test zipkin.');
    expect(e.details.status).toBe(404);
  });

  it('a malformed id is a bad request before any network call', async () => {
    const { adapter, requests } = setup([]);
    expect((await failure(adapter.trace('xyz!'))).kind).toBe('bad-request');
    expect(requests).toHaveLength(0);
  });

  it('dependencies with ms endTs/lookback; errorCount kept', async () => {
    const { adapter, requests } = setup([
      on('/api/v2/dependencies', { body: [{ parent: 'frontend', child: 'db', callCount: 7, errorCount: 2 }, { parent: 'a', child: 'b', callCount: 1 }] }),
    ]);
    const deps = await adapter.dependencies!({ startUs: micros(1_000_000_000), endUs: micros(4_600_000_000) });
    expect(requests[0]!.url).toBe('http://zipkin.test/api/v2/dependencies?endTs=4600000&lookback=3600000');
    expect(deps).toEqual([{ parent: 'frontend', child: 'db', callCount: 7, errorCount: 2 }, { parent: 'a', child: 'b', callCount: 1 }]);
  });

  it('garbage and 400s become typed errors', async () => {
    const { adapter } = setup([
      on('/api/v2/services', { body: { not: 'a list' } }),
      on('/api/v2/traces', { status: 400, body: 'maxDuration is only valid with minDuration' }),
    ]);
    expect((await failure(adapter.services())).kind).toBe('bad-payload');
    const e = await failure(adapter.search({ tags: [], startUs: micros(0), endUs: micros(1e9), limit: 10 }));
    expect(e.kind).toBe('bad-request');
    expect(e.message).toContain('maxDuration is only valid with minDuration');
  });
});
