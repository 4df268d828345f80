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
