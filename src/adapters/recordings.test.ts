// Replays e2e/recordings through the real adapters, so the recorded answers and the
// adapters agree before Playwright ever runs (and after recordings are re-captured).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findRecording, loadRecordings, type Backend } from '../../e2e/recordings/replay';
import { micros } from '../lib/units';
import type { SearchQuery } from '../model/search-types';
import { createAdapter } from './registry';
import { SourceError } from './source-error';
import { testSource } from './shared/test-source';

afterEach(() => vi.unstubAllGlobals());

const A = '5b8aa5a2d2c872e8321cf37308d69df2';
const B = '00000000000000003c3f0d9b7e1a2b4c';
const C = '00f3a9b2c4d5e6f708192a3b4c5d6e7f';
const query: SearchQuery = {
  service: 'frontend',
  tags: [],
  startUs: micros(1_795_399_200_000_000),
  endUs: micros(1_795_406_400_000_000),
  limit: 20,
};

function replay(backend: Backend, scenario = 'default') {
  const recordings = loadRecordings(backend);
  vi.stubGlobal('fetch', async (input: string) => {
    const url = new URL(input);
    const rec = findRecording(recordings, 'GET', url.pathname, url.searchParams, scenario);
    if (!rec) return new Response(`no recording for ${url.pathname}`, { status: 404 });
    if (rec.abort) throw new TypeError('Failed to fetch');
    const body = typeof rec.body === 'string' ? rec.body : JSON.stringify(rec.body ?? null);
    return new Response(body, { status: rec.status ?? 200, headers: rec.headers ?? {} });
  });
  return createAdapter(testSource(backend, { url: 'http://rec.test', name: backend }));
}

async function failure(p: Promise<unknown>): Promise<SourceError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(SourceError);
  return e as SourceError;
}

describe.each(['jaeger', 'tempo', 'zipkin'] as const)('%s recordings', (backend) => {
  it('lists services and operations', async () => {
    const adapter = replay(backend);
    expect(await adapter.services()).toEqual(expect.arrayContaining(['customer', 'driver', 'frontend', 'redis']));
    const ops = (await adapter.operations('frontend')).map((o) => o.name.toLowerCase());
    expect(ops).toContain('http get /dispatch');
  });

  it('searches: three traces, most recent first', async () => {
    const adapter = replay(backend);
    const { summaries } = await adapter.search(query);
    expect(summaries.map((s) => s.traceId)).toEqual([C, B, A]);
    const a = summaries[2]!;
    expect(a.rootService).toBe('frontend');
    expect(a.rootName.toLowerCase()).toBe('http get /dispatch');
    expect(a.durationUs).toBe(750_000);
    expect(a.spanCount).toBe(7);
    expect(a.errorCount).toBe(1);
    expect(a.services.map((s) => s.name)).toEqual(['customer', 'driver', 'frontend', 'redis']);
    expect(a.trace !== undefined).toBe(adapter.capabilities.searchReturnsTraces);
    if (backend === 'tempo') {
      expect(summaries[0]).toMatchObject({ durationUs: 0, rootService: '<root span not yet received>' });
    }
  });

  it('opens each trace; an unknown id is not found', async () => {
    const adapter = replay(backend);
    const a = await adapter.trace(A);
    expect(a.spans).toHaveLength(7);
    expect(a.errorCount).toBe(1);
    expect(a.spans[0]!.name.toLowerCase()).toBe('http get /dispatch');
    expect((await adapter.trace('3c3f0d9b7e1a2b4c')).traceId).toBe(B);
    expect((await adapter.trace(C)).spans).toHaveLength(1);
    const e = await failure(adapter.trace('deadbeefdeadbeefdeadbeefdeadbeef'));
    expect(e.kind).toBe('not-found');
  });

  it('explains the failure scenarios', async () => {
    expect((await replay(backend, 'empty').search(query)).summaries).toEqual([]);
    expect((await failure(replay(backend, 'server-error').search(query))).kind).toBe('server');
    expect((await failure(replay(backend, 'garbage').search(query))).kind).toBe('bad-payload');
    expect((await failure(replay(backend, 'down').services())).kind).toBe('unreachable');
  });
});

describe('backend-specific recordings', () => {
  it('Tempo: 401 without a tenant, 400 on bad TraceQL', async () => {
    expect((await failure(replay('tempo', 'unauthorized').search(query))).kind).toBe('unauthorized');
    expect((await failure(replay('tempo', 'bad-request').search({ ...query, raw: '{ .a = }' }))).kind).toBe('bad-request');
  });

  it('Jaeger and Zipkin: dependencies', async () => {
    const range = { startUs: query.startUs, endUs: query.endUs };
    expect(await replay('jaeger').dependencies!(range)).toContainEqual({ parent: 'driver', child: 'redis', callCount: 504 });
    expect(await replay('zipkin').dependencies!(range)).toContainEqual({ parent: 'driver', child: 'redis', callCount: 504, errorCount: 3 });
  });
});
