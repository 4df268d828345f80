#!/usr/bin/env node
// The fake Jaeger's server, in a process of its own as a real backend is: the benchmark's own
// process holds the generated traces (hundreds of MB of objects), and a major GC there paused
// serving for up to ~260 ms in the middle of a measured download (`node --trace-gc
// bench/run.mjs`). This process holds only the encoded answers, outside the JS heap.
//   node bench/fake-jaeger-server.mjs <dir>   serves <dir>/<traceId>.json; prints "port <n>"
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const answers = new Map(
  readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f.slice(0, -'.json'.length), readFileSync(join(dir, f))]),
);

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  const send = (status, body) => {
    // No content-length: Node sends it chunked, as before the server moved here.
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', 'access-control-allow-origin': '*', 'timing-allow-origin': '*' });
    res.end(body);
  };
  if (url.pathname === '/api/v3/services') return send(200, JSON.stringify({ services: ['service-a'] }));
  const m = /^\/api\/v3\/traces\/([0-9a-f]+)$/.exec(url.pathname);
  if (m && answers.has(m[1])) return send(200, answers.get(m[1]));
  return send(404, JSON.stringify({ error: { httpCode: 404, message: 'No traces found' } }));
});
server.listen(0, '127.0.0.1', () => console.log(`port ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
