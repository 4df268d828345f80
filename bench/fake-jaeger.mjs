// A minimal Jaeger v2 query API over pre-serialized payloads, for the benchmark: the app's
// Jaeger adapter fetches /api/v3/traces/<id> exactly as from a real server.
import { createServer } from 'node:http';

/** `traces`: Map<traceId, string (JSON body)>. Resolves to { url, close }. */
export function startFakeJaeger(traces) {
  // Encoded once: a real server's own latency is not what the benchmark measures.
  const encoded = new Map([...traces].map(([id, body]) => [id, Buffer.from(body)]));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
      res.end(body);
    };
    if (url.pathname === '/api/v3/services') return send(200, JSON.stringify({ services: ['service-a'] }));
    const m = /^\/api\/v3\/traces\/([0-9a-f]+)$/.exec(url.pathname);
    if (m && encoded.has(m[1])) return send(200, encoded.get(m[1]));
    return send(404, JSON.stringify({ error: { httpCode: 404, message: 'No traces found' } }));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
