// The little framework every demo service uses: a router that names server spans after
// their route (as real web frameworks do), JSON calls to other services through the
// instrumented http module, a fake PostgreSQL client that makes proper database CLIENT
// spans, and the /__demo control endpoints the traffic driver uses.
import { SpanKind, SpanStatusCode, context, propagation, trace } from '@opentelemetry/api';
import { serviceUrl } from '../config.mjs';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The request number and scenario the traffic driver put in the W3C baggage, if any. */
export function demoBaggage(ctx = context.active()) {
  const bag = propagation.getBaggage(ctx);
  const seq = Number(bag?.getEntry('demo.seq')?.value);
  return { seq: Number.isFinite(seq) && seq > 0 ? seq : null, scenario: bag?.getEntry('demo.scenario')?.value ?? null };
}

function compileRoute(method, path, handler) {
  const names = [];
  const pattern = path.replace(/:([a-z]+)/gi, (_, n) => {
    names.push(n);
    return '([^/]+)';
  });
  return { method, path, handler, regex: new RegExp(`^${pattern}$`), names };
}

async function readBody(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function sendJson(res, status, body) {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * Starts a service on 127.0.0.1:`port`. `routes` is a list of [method, path, handler];
 * a handler gets { req, params, query, body, span } and returns [status, jsonBody].
 * `pending` holds promises of background work (a queue) that a flush waits for.
 */
export function startService({ telemetry, name, port, routes, pending = new Set() }) {
  const table = routes.map(([m, p, h]) => compileRoute(m, p, h));
  let inflight = 0;

  const server = telemetry.http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (url.pathname.startsWith('/__demo/')) return control(url, req, res);
    inflight++;
    res.on('close', () => inflight--);
    const span = trace.getActiveSpan();
    // W3C Trace Context level 2 `traceresponse`: lets the caller learn the trace id.
    if (span) res.setHeader('traceresponse', `00-${span.spanContext().traceId}-${span.spanContext().spanId}-01`);
    const route = table.find((r) => r.method === req.method && r.regex.test(url.pathname));
    if (!route) return sendJson(res, 404, { error: `no route ${req.method} ${url.pathname}` });
    span?.updateName(`${req.method} ${route.path}`);
    span?.setAttribute('http.route', route.path);
    const match = route.regex.exec(url.pathname);
    const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(match[i + 1])]));
    try {
      const body = await readBody(req);
      const [status, payload] = await route.handler({ req, params, query: url.searchParams, body, span });
      // The SDK's instrumentation records only the stable names (http.request.method,
      // http.response.status_code); like many frameworks mid-migration, the router adds
      // the legacy ones too, so both spellings exist in the data.
      span?.setAttributes({ 'http.method': req.method, 'http.status_code': status, 'http.target': url.pathname });
      sendJson(res, status, payload);
    } catch (e) {
      span?.recordException(e);
      span?.setStatus({ code: SpanStatusCode.ERROR, message: e.message });
      sendJson(res, 500, { error: e.message });
    }
  });

  async function control(url, req, res) {
    if (url.pathname === '/__demo/health') return sendJson(res, 200, { service: name, ok: true });
    if (url.pathname === '/__demo/cursor') return sendJson(res, 200, { cursor: telemetry.recorder.next });
    if (url.pathname === '/__demo/spans') {
      return sendJson(res, 200, { spans: telemetry.recorder.since(Number(url.searchParams.get('since') ?? 0)) });
    }
    if (url.pathname === '/__demo/flush' && req.method === 'POST') {
      const deadline = Date.now() + 15_000;
      while ((inflight > 0 || pending.size > 0) && Date.now() < deadline) await sleep(20);
      await Promise.allSettled([...pending]);
      // A backend that is down makes the flush reject; the stats say which one.
      await telemetry.flush().catch(() => {});
      // forceFlush does not wait for a batch the processor's timer already handed to an
      // exporter; wait until every backend has answered for every span ended so far.
      const done = () => Object.values(telemetry.stats).every((s) => s.exported + s.failed >= telemetry.recorder.next);
      while (!done() && Date.now() < deadline) await sleep(20);
      return sendJson(res, 200, { service: name, exports: telemetry.stats, cursor: telemetry.recorder.next });
    }
    return sendJson(res, 404, { error: 'unknown control endpoint' });
  }

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

/**
 * Calls another demo service with JSON; trace context and baggage travel in the headers
 * (injected by the HTTP instrumentation). Resolves to { status, body } or rejects on a
 * network error or after `timeoutMs`.
 */
export function callService(http, service, path, { method = 'GET', body, headers = {}, timeoutMs = 5000 } = {}) {
  const url = new URL(path, serviceUrl(service));
  const payload = body === undefined ? null : JSON.stringify(body);
  return new Promise((resolvePromise, reject) => {
    const req = http.request(url, {
      method,
      headers: { accept: 'application/json', ...(payload ? { 'content-type': 'application/json' } : {}), ...headers },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed = null;
        try {
          parsed = text ? JSON.parse(text) : null;
        } catch {
          parsed = { text };
        }
        resolvePromise({ status: res.statusCode ?? 0, body: parsed });
      });
    });
    req.setTimeout(timeoutMs, () => req.destroy(Object.assign(new Error(`${service} did not answer within ${timeoutMs} ms`), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    if (payload) req.end(payload);
    else req.end();
  });
}

/**
 * A fake PostgreSQL query: a CLIENT span with the database semantic conventions (old and
 * stable names), lasting `ms`. Returns `result`.
 */
export async function dbQuery(tracer, { db, operation, table, statement, ms, result = null, attributes = {} }) {
  return tracer.startActiveSpan(`${operation} ${db}.${table}`, {
    kind: SpanKind.CLIENT,
    attributes: {
      'db.system': 'postgresql',
      'db.system.name': 'postgresql',
      'db.name': db,
      'db.namespace': db,
      'db.operation': operation,
      'db.operation.name': operation,
      'db.sql.table': table,
      'db.collection.name': table,
      'db.statement': statement,
      'db.query.text': statement,
      'db.user': 'app',
      'server.address': `${db}-db`,
      'server.port': 5432,
      'net.peer.name': `${db}-db`,
      'net.peer.port': 5432,
      'peer.service': `${db}-db`,
      ...attributes,
    },
  }, async (span) => {
    await sleep(ms);
    span.end();
    return result;
  });
}
