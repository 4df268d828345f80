#!/usr/bin/env node
// Serves the production build (dist/) with an SPA fallback, a config.json naming the demo
// source and every backend given by JAEGER_URL / TEMPO_URL / ZIPKIN_URL, and same-origin
// proxies to those backends under backends/<id>/.
//   HOST (127.0.0.1), PORT (8080), BASE_PATH (/) to serve the app under a sub-path,
//   BACKENDS_DIRECT=1: config.json names the backends' own URLs (they must answer CORS).
import { createServer, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { backendsDirect, configuredBackends, localConfig, proxyPrefix } from './backend-proxies.mjs';

const env = process.env;
const host = env.HOST ?? '127.0.0.1';
const port = Number(env.PORT ?? 8080);
const base = ('/' + (env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '') + '/').replace('//', '/');
const dist = resolve(env.DIST_DIR ?? 'dist');

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`serve: ${dist}/index.html not found; run "npm run build" first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
};

const backends = configuredBackends(env);
const shippedConfig = JSON.parse(readFileSync(join(dist, 'config.json'), 'utf8'));
// Without any backend variable the shipped config.json is served as it is.
const configBody = JSON.stringify(backends.length ? localConfig(env, shippedConfig) : shippedConfig, null, 2);

function proxy(req, res, target, rest) {
  const url = new URL(target + rest);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const headers = { ...req.headers, host: url.host };
  delete headers.origin;
  delete headers.referer;
  const upstream = send(url, { method: req.method, headers }, (up) => {
    res.writeHead(up.statusCode ?? 502, up.headers);
    up.pipe(res);
  });
  upstream.on('error', (e) => {
    res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`Proxy to ${target} failed: ${e.message}`);
  });
  req.pipe(upstream);
}

function sendFile(res, file, status = 200) {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const immutable = file.includes(`${join(dist, 'assets')}`);
  res.writeHead(status, { 'content-type': type, 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
  createReadStream(file).pipe(res);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://local');
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) {
    if (path === base.slice(0, -1)) { res.writeHead(302, { location: base }); res.end(); return; }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end(`Not found. Tracescope is served under ${base}`);
    return;
  }
  path = path.slice(base.length);
  for (const b of backends) {
    const prefix = proxyPrefix(b.id);
    if (path === prefix || path.startsWith(prefix + '/')) {
      const rawPath = (req.url ?? '/').slice(base.length + prefix.length) || '/';
      proxy(req, res, b.target, rawPath.startsWith('/') ? rawPath : '/' + rawPath);
      return;
    }
  }
  if (path === 'config.json') {
    res.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-cache' });
    res.end(configBody);
    return;
  }
  const file = normalize(join(dist, path));
  if (file.startsWith(dist) && existsSync(file) && statSync(file).isFile()) {
    sendFile(res, file);
    return;
  }
  // A missing asset is a 404; anything else is a client-side route: serve the app.
  // (`/trace/<a>...<b>` and `/compare/<a>...<b>` end in what looks like an extension.)
  if (/\.[a-z0-9]+$/i.test(path) && !/^(trace|compare)\//.test(path)) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not found');
    return;
  }
  sendFile(res, join(dist, 'index.html'));
});

server.listen(port, host, () => {
  console.log(`Tracescope on http://${host}:${port}${base}`);
  for (const b of backends) {
    console.log(backendsDirect(env) ? `  ${b.id}: ${b.target} (the browser asks it directly: it must answer CORS)` : `  ${b.id}: ${base}${proxyPrefix(b.id)}/ -> ${b.target}`);
  }
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
