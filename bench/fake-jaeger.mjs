// A minimal Jaeger v2 query API over pre-serialized payloads, for the benchmark: the app's
// Jaeger adapter fetches /api/v3/traces/<id> exactly as from a real server. The server runs
// in its own process (fake-jaeger-server.mjs), away from the benchmark's heap.
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('./fake-jaeger-server.mjs', import.meta.url));

/** `traces`: Map<traceId, string (JSON body)>. Resolves to { url, close }. */
export async function startFakeJaeger(traces) {
  const dir = mkdtempSync(join(tmpdir(), 'tracescope-bench-'));
  for (const [id, body] of traces) writeFileSync(join(dir, `${id}.json`), body);
  const child = spawn(process.execPath, [SERVER, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /port (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`fake Jaeger exited (${code}) before listening`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.on('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Asks for `url` once and throws the answer away as it arrives: servers (and the proxy) are
 * warm for the measured request, and this process collects nothing for it (reading 55 MB
 * with fetch().arrayBuffer() here set off major GCs that ran during the page's load).
 */
export function warmUp(url) {
  return new Promise((resolve, reject) => {
    get(url, (res) => {
      res.on('end', resolve);
      res.resume();
    }).on('error', reject);
  });
}
