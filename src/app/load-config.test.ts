import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from './load-config';

const URL_ = 'http://host/app/config.json';

function serve(body: string, status = 200) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status, statusText: status === 404 ? 'Not Found' : 'OK' })));
}

afterEach(() => vi.unstubAllGlobals());

describe('loadConfig', () => {
  it('returns the validated config', async () => {
    serve(JSON.stringify({ sources: [{ id: 'demo', name: 'Demo', type: 'demo' }] }));
    const r = await loadConfig(undefined, URL_);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.config.defaultSource).toBe('demo');
  });

  it('names the wrong field', async () => {
    serve(JSON.stringify({ sources: [{ id: 'x', type: 'elastic' }] }));
    const r = await loadConfig(undefined, URL_);
    expect(r).toMatchObject({ ok: false, problem: { field: 'sources[0].type', url: URL_ } });
    if (!r.ok) expect(r.problem.todo).toContain('sources[0].type');
  });

  it.each([
    ['{"sources": [', 200, 'not valid JSON'],
    ['<!doctype html><p>login', 200, 'HTML page, not JSON'],
    ['nope', 404, 'HTTP 404'],
  ])('explains %j (%d)', async (body, status, message) => {
    serve(body, status);
    const r = await loadConfig(undefined, URL_);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.message).toContain(message);
      expect(r.problem.field).toBeNull();
    }
  });

  it('explains a network failure', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const r = await loadConfig(undefined, URL_);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message).toContain('Failed to fetch');
  });
});

describe('loadConfig with the request index.html started', () => {
  const config = JSON.stringify({ sources: [{ id: 'early', name: 'Early', type: 'demo' }] });
  const holder = globalThis as { __tracescopeEarlyConfig?: unknown };
  afterEach(() => {
    holder.__tracescopeEarlyConfig = undefined;
  });

  it('reads that answer instead of asking again, once', async () => {
    const fetched = vi.fn(async () => new Response(JSON.stringify({ sources: [{ id: 'late', type: 'demo' }] })));
    vi.stubGlobal('fetch', fetched);
    holder.__tracescopeEarlyConfig = { url: URL_, response: Promise.resolve(new Response(config)) };
    const first = await loadConfig(undefined, URL_);
    expect(first.ok && first.config.defaultSource).toBe('early');
    expect(fetched).not.toHaveBeenCalled();
    // Taken: a second load asks the server.
    const second = await loadConfig(undefined, URL_);
    expect(second.ok && second.config.defaultSource).toBe('late');
    expect(fetched).toHaveBeenCalledTimes(1);
  });

  it('reports a failed early request like its own', async () => {
    holder.__tracescopeEarlyConfig = { url: URL_, response: Promise.reject(new TypeError('Failed to fetch')) };
    const r = await loadConfig(undefined, URL_);
    expect(r).toMatchObject({ ok: false, problem: { message: 'config.json could not be loaded: Failed to fetch' } });
  });

  it('ignores an early request for another URL', async () => {
    serve(config);
    // index.html marks its request's failure as handled; so does this one.
    const elsewhere = Promise.reject(new Error('not this one'));
    elsewhere.catch(() => undefined);
    holder.__tracescopeEarlyConfig = { url: 'http://elsewhere/config.json', response: elsewhere };
    const r = await loadConfig(undefined, URL_);
    expect(r.ok).toBe(true);
  });
});
