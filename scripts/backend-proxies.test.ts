import { describe, expect, it } from 'vitest';
import { backendProxies, localConfig } from './backend-proxies.mjs';

interface LocalSource { id: string; type: string; url?: string }
const sourcesOf = (env: Record<string, string>) => (localConfig(env) as { sources: LocalSource[] }).sources;

describe('localConfig', () => {
  const env = { JAEGER_URL: 'http://127.0.0.1:16686/', ZIPKIN_URL: 'http://127.0.0.1:9411' };

  it('sends each configured backend through its same-origin proxy by default', () => {
    expect(sourcesOf(env)).toEqual([
      { id: 'demo', name: 'Demo', type: 'demo' },
      expect.objectContaining({ id: 'jaeger', type: 'jaeger', url: 'backends/jaeger' }),
      expect.objectContaining({ id: 'zipkin', type: 'zipkin', url: 'backends/zipkin' }),
    ]);
  });

  it('names the backends themselves with BACKENDS_DIRECT=1', () => {
    const sources = sourcesOf({ ...env, BACKENDS_DIRECT: '1' });
    expect(sources.map((s) => s.url)).toEqual([undefined, 'http://127.0.0.1:16686', 'http://127.0.0.1:9411']);
  });

  it('keeps the proxies for any other value', () => {
    expect(sourcesOf({ ...env, BACKENDS_DIRECT: 'yes' }).map((s) => s.url)).toEqual([undefined, 'backends/jaeger', 'backends/zipkin']);
    // The dev server's proxies exist either way: links to backends/<id>/ keep working.
    expect(Object.keys(backendProxies({ ...env, BACKENDS_DIRECT: '1' }))).toEqual(['/backends/jaeger', '/backends/zipkin']);
  });
});
