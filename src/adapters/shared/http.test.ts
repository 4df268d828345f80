import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DecodeError } from '../../model/span-input';
import { SourceError } from '../source-error';
import { BodyBytes } from './body-bytes';
import { decodeOrFail, fetchJson, type BodyWatcher } from './http';
import { TextSkeletonScanner, type SkeletonShape, type TextSkeleton } from './text-skeleton';

const URL_SAME = 'http://127.0.0.1:8080/backends/jaeger/api/v3/services';
const URL_OTHER = 'http://127.0.0.1:16686/api/v3/services';

function answer(status: number, body: string): void {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status, headers: { 'Content-Type': 'text/plain' } })));
}

async function failure(p: Promise<unknown>): Promise<SourceError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(SourceError);
    return e as SourceError;
  }
  throw new Error('expected a SourceError');
}

beforeEach(() => vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:8080/' }));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('fetchJson', () => {
  it('parses a JSON body sent as text/plain', async () => {
    answer(200, '{"services":["a"]}');
    await expect(fetchJson(URL_SAME)).resolves.toEqual({ json: { services: ['a'] } });
  });

  it('appends params to the URL', async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => new Response('{}'));
    vi.stubGlobal('fetch', fetch);
    await fetchJson(URL_SAME, { params: { service: 'a b', skip: undefined, n: 2 } });
    await fetchJson(`${URL_SAME}?x=1`, { params: { y: '2' } });
    expect(fetch.mock.calls.map((c) => c[0])).toEqual([`${URL_SAME}?service=a%20b&n=2`, `${URL_SAME}?x=1&y=2`]);
  });

  it('sends the configured headers and nothing else', async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => new Response('{}'));
    vi.stubGlobal('fetch', fetch);
    await fetchJson(URL_SAME, { headers: { 'X-Scope-OrgID': 'team-a' } });
    const init = fetch.mock.calls[0]![1]!;
    expect(init.headers).toEqual({ 'X-Scope-OrgID': 'team-a' });
    expect(init.method).toBe('GET');
  });

  it('calls a body that is not JSON a bad payload, with a hint for HTML pages', async () => {
    answer(200, '<!doctype html><html>Jaeger UI</html>');
    const e = await failure(fetchJson(URL_SAME));
    expect(e.kind).toBe('bad-payload');
    expect(e.details.hint).toMatch(/HTML/);
    answer(200, 'garbage{');
    expect((await failure(fetchJson(URL_SAME))).kind).toBe('bad-payload');
  });
});

describe('status mapping', () => {
  it('401 → unauthorized with the tenant/auth hint', async () => {
    answer(401, 'no org id\n');
    const e = await failure(fetchJson(URL_SAME));
    expect(e.kind).toBe('unauthorized');
    expect(e.message).toContain('no org id');
    expect(e.details.status).toBe(401);
    expect(e.details.hint).toMatch(/X-Scope-OrgID/);
  });

  it('403 → forbidden', async () => {
    answer(403, 'forbidden');
    expect((await failure(fetchJson(URL_SAME))).kind).toBe('forbidden');
  });

  it('404 → not-found, keeping the raw body for the adapter to inspect', async () => {
    answer(404, '{"error":{"httpCode":404,"message":"No traces found"}}');
    const e = await failure(fetchJson(URL_SAME));
    expect(e.kind).toBe('not-found');
    expect(e.message).toContain('No traces found');
    expect(e.details.body).toBe('{"error":{"httpCode":404,"message":"No traces found"}}');
  });

  it('other 4xx → bad-request with the body text', async () => {
    answer(400, 'invalid request: can\'t specify tags and q in the same query');
    const e = await failure(fetchJson(URL_SAME));
    expect(e.kind).toBe('bad-request');
    expect(e.message).toContain("can't specify tags and q");
  });

  it('5xx → server with the readable message of JSON envelopes', async () => {
    answer(500, '{"data":null,"errors":[{"code":500,"msg":"storage is down"}]}');
    const e = await failure(fetchJson(URL_SAME));
    expect(e.kind).toBe('server');
    expect(e.message).toBe('The backend failed (HTTP 500): storage is down');
    answer(503, '');
    expect((await failure(fetchJson(URL_SAME))).message).toMatch(/HTTP 503/);
  });
});

describe('network failures', () => {
  const networkDown = () =>
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));

  it('same origin → unreachable, naming the URL', async () => {
    networkDown();
    const e = await failure(fetchJson(URL_SAME));
    expect(e.kind).toBe('unreachable');
    expect(e.details.hint).toContain(URL_SAME);
  });

  it('cross origin → cors with the proxy hint', async () => {
    networkDown();
    const e = await failure(fetchJson(URL_OTHER));
    expect(e.kind).toBe('cors');
    expect(e.details.hint).toMatch(/npm start/);
    expect(e.details.hint).toMatch(/JAEGER_URL/);
  });

  it('outside a browser nothing is cross-origin', async () => {
    vi.stubGlobal('document', undefined);
    networkDown();
    expect((await failure(fetchJson(URL_OTHER))).kind).toBe('unreachable');
  });
});

/** A fetch that never answers until its signal aborts, as a hung backend. */
const hangingFetch = () =>
  vi.fn(
    (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      }),
  );

describe('timeout and abort', () => {
  it('times out after timeoutMs', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', hangingFetch());
    const p = failure(fetchJson(URL_SAME, { timeoutMs: 5000 }));
    await vi.advanceTimersByTimeAsync(5000);
    const e = await p;
    expect(e.kind).toBe('timeout');
    expect(e.message).toContain('5 s');
  });

  it('uses 30 s when no timeout is given', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', hangingFetch());
    let settled = false;
    const p = failure(fetchJson(URL_SAME)).finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await p).kind).toBe('timeout');
  });

  it('the caller aborting → aborted (not timeout)', async () => {
    vi.stubGlobal('fetch', hangingFetch());
    const controller = new AbortController();
    const p = failure(fetchJson(URL_SAME, { signal: controller.signal }));
    controller.abort();
    expect((await p).kind).toBe('aborted');
  });

  it('an already aborted signal never reaches the network', async () => {
    const fetch = hangingFetch();
    vi.stubGlobal('fetch', fetch);
    const controller = new AbortController();
    controller.abort();
    expect((await failure(fetchJson(URL_SAME, { signal: controller.signal }))).kind).toBe('aborted');
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('decodeOrFail', () => {
  it('wraps a DecodeError as bad-payload and keeps its path', () => {
    let caught: unknown;
    try {
      decodeOrFail('http://x/api', 'the trace', () => {
        throw new DecodeError('expected a string', 'data[0].spans[3].spanID');
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(SourceError);
    const e = caught as SourceError;
    expect(e.kind).toBe('bad-payload');
    expect(e.details.path).toBe('data[0].spans[3].spanID');
    expect(e.message).toContain('data[0].spans[3].spanID');
  });

  it('passes SourceErrors through and returns values', () => {
    expect(decodeOrFail('u', 'x', () => 42)).toBe(42);
    const not = new SourceError('not-found', 'gone');
    expect(() => decodeOrFail('u', 'x', () => { throw not; })).toThrow(not);
  });
});

describe('fetchJson progress', () => {
  /** A body sent in `pieces`, one stream chunk each. */
  function streamed(pieces: readonly string[], headers: Record<string, string> = {}): Response {
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const p of pieces) controller.enqueue(encoder.encode(p));
        controller.close();
      },
    });
    return new Response(body, { status: 200, headers });
  }

  it('reports the bytes that arrived, with the total from Content-Length', async () => {
    const text = JSON.stringify({ spans: ['é'.repeat(50)] });
    const bytes = new TextEncoder().encode(text).byteLength;
    vi.stubGlobal('fetch', vi.fn(async () => streamed([text.slice(0, 10), text.slice(10)], { 'content-length': String(bytes) })));
    const onProgress = vi.fn();
    await expect(fetchJson(URL_SAME, { onProgress })).resolves.toEqual({ json: JSON.parse(text) });
    expect(onProgress).toHaveBeenCalledWith({ phase: 'downloading', bytes: expect.any(Number), totalBytes: bytes });
    // A small body is decoded at once, without announcing it.
    expect(onProgress.mock.calls.every(([p]) => p.phase === 'downloading')).toBe(true);
  });

  it('gives no total for a compressed body and announces decoding of a big one', async () => {
    const big = `[${'"x",'.repeat(1_100_000)}"x"]`;
    vi.stubGlobal('fetch', vi.fn(async () => streamed([big], { 'content-length': '1000', 'content-encoding': 'gzip' })));
    const onProgress = vi.fn();
    const value = (await fetchJson(URL_SAME, { onProgress })).json as string[];
    expect(value).toHaveLength(1_100_001);
    expect(onProgress.mock.calls[0]![0]).toEqual({ phase: 'downloading', bytes: big.length, totalBytes: null });
    expect(onProgress.mock.calls.at(-1)![0]).toEqual({ phase: 'decoding', bytes: big.length });
  });

  it('shows the latest count while a download stalls, not the one from the last report', async () => {
    const encoder = new TextEncoder();
    let resume: () => void = () => {};
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(encoder.encode('["aaaa",'));
        controller.enqueue(encoder.encode('"bbbb",'));
        await new Promise<void>((r) => (resume = r));
        controller.enqueue(encoder.encode('"c"]'));
        controller.close();
      },
    });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status: 200 })));
    const seen: number[] = [];
    const done = fetchJson(URL_SAME, { onProgress: (p) => p.phase === 'downloading' && seen.push(p.bytes) });
    // Both pieces came within one 100 ms interval; the stall must not hide the second.
    await vi.waitFor(() => expect(seen.at(-1)).toBe(15), { timeout: 1000 });
    resume();
    await expect(done).resolves.toEqual({ json: ['aaaa', 'bbbb', 'c'] });
  });

  it('reads error bodies as before', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('boom', { status: 500 })));
    const e = await failure(fetchJson(URL_SAME, { onProgress: () => {} }));
    expect(e.kind).toBe('server');
  });
});

describe('fetchJson with a body watcher', () => {
  const SPAN_LIST: SkeletonShape = { root: 'span-list', placeFields: ['id'], traceIdFields: 0 };

  /** Reads the body as a skeleton of a list of spans, keeping what it was given. */
  class Skeletons implements BodyWatcher {
    readonly scanner = new TextSkeletonScanner(SPAN_LIST);
    begun = false;
    body: BodyBytes | undefined;
    begin(): void {
      this.begun = true;
    }
    feed(piece: Uint8Array): void {
      this.scanner.feed(piece);
    }
    beforeParse(body: BodyBytes): Promise<TextSkeleton | undefined> {
      this.body = body;
      return Promise.resolve(this.scanner.finish(body));
    }
  }

  it('gives the skeleton the watcher read instead of parsing the whole body, and each span from its own text', async () => {
    const spans = [{ id: 'a', tags: { 'é': '🙂' } }, { id: 'b', kind: 'SERVER' }, { id: 'c' }];
    const text = JSON.stringify(spans);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(text, { status: 200 })));
    const watcher = new Skeletons();
    const parse = vi.spyOn(JSON, 'parse');
    const { json, fullSpan } = await fetchJson(URL_SAME, { onProgress: () => {}, watchBody: watcher });
    expect(parse.mock.calls.some(([t]) => t === text)).toBe(false);
    parse.mockRestore();
    expect(watcher.begun).toBe(true);
    expect(watcher.body?.text()).toBe(text);
    expect(JSON.stringify(json)).toBe('[{"id":"a"},{"id":"b"},{"id":"c"}]'); // the spans' places only
    expect((json as unknown[]).map((s) => fullSpan!(s))).toEqual(spans);
  });

  it('parses the whole body when the watcher has no skeleton', async () => {
    const text = '{"not":"a list"}';
    vi.stubGlobal('fetch', vi.fn(async () => new Response(text, { status: 200 })));
    await expect(fetchJson(URL_SAME, { onProgress: () => {}, watchBody: new Skeletons() })).resolves.toEqual({ json: { not: 'a list' } });
  });

  it('says a body is not JSON, as a whole parse would, when a span’s own text is not', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('[{"id":"a","ok":tru}]', { status: 200 })));
    const { json, fullSpan } = await fetchJson(URL_SAME, { onProgress: () => {}, watchBody: new Skeletons() });
    const e = await failure(Promise.resolve().then(() => fullSpan!((json as unknown[])[0])));
    expect(e.kind).toBe('bad-payload');
    expect(e.message).toMatch(/is unreadable: it is not JSON/);
  });
});
