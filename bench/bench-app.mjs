// The benchmark's common start: the built app (`npm start`'s server over DIST_DIR) with a
// Jaeger source, and a fake Jaeger that serves the given generated traces.
import { spawn } from 'node:child_process';
import { startFakeJaeger } from './fake-jaeger.mjs';

/**
 * `bodies`: Map<traceId, JSON text>. Resolves to { url, jaegerUrl, close }; `jaegerUrl` is
 * where the page's Jaeger source asks: the proxy, or with `direct` the fake Jaeger itself.
 */
export async function startBenchApp(bodies, port, { direct = false } = {}) {
  const jaeger = await startFakeJaeger(bodies);
  const server = spawn('node', ['scripts/serve.mjs'], {
    env: { ...process.env, JAEGER_URL: jaeger.url, TEMPO_URL: '', ZIPKIN_URL: '', PORT: String(port), DEFAULT_SOURCE: 'jaeger', BACKENDS_DIRECT: direct ? '1' : '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => server.stdout.on('data', (d) => String(d).includes('Tracescope on') && resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    jaegerUrl: direct ? jaeger.url : `http://127.0.0.1:${port}/backends/jaeger`,
    close: async () => {
      server.kill('SIGTERM');
      await jaeger.close();
    },
  };
}
