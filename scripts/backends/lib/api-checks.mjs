// API-level checks that a real backend holds the demo traffic as the manifest describes it:
// the same questions the adapters ask, answered by the server itself. Used by
// scripts/backends/test-backends.mjs before (and independently of) the browser journeys.

const DEMO_SERVICES = ['auth', 'gateway', 'inventory', 'notifications', 'orders', 'payments', 'users'];

async function get(base, path, params = {}) {
  const url = new URL(base + path);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json };
}

function expectSuperset(actual, expected, what) {
  const missing = expected.filter((x) => !actual.includes(x));
  if (missing.length) throw new Error(`${what}: missing ${missing.join(', ')} (got ${actual.join(', ') || 'nothing'})`);
}

function expectStatus(res, status, what) {
  if (res.status !== status) throw new Error(`${what}: HTTP ${res.status} (expected ${status}): ${res.text.slice(0, 200)}`);
}

const countOtlp = (resourceSpans) =>
  (resourceSpans ?? []).flatMap((rs) => (rs.scopeSpans ?? rs.instrumentationLibrarySpans ?? []).flatMap((ss) => ss.spans ?? []));

const toHex = (id) => (/^[0-9a-f]+$/i.test(id) && id.length !== 24 ? id.toLowerCase() : Buffer.from(id, 'base64').toString('hex'));
const pad32 = (id) => id.padStart(32, '0');

function gatewayTraces(manifest) {
  return manifest.traces.filter((t) => t.rootService === 'gateway');
}

// The run's own time window (1 s margin), so traces of earlier runs in a long-lived backend
// do not count as unexpected results.
function windowOf(manifest) {
  return { startUs: manifest.window.startUs - 1_000_000, endUs: manifest.window.endUs + 1_000_000 };
}

function expectTraceIds(found, expected, what, { exact = false } = {}) {
  const want = expected.map((t) => t.traceId);
  expectSuperset(found, want, what);
  if (exact) {
    const extra = found.filter((id) => !want.includes(id));
    if (extra.length) throw new Error(`${what}: unexpected traces ${extra.join(', ')}`);
  }
}

function jaegerChecks(base, manifest) {
  const w = windowOf(manifest);
  const range = {
    'query.start_time_min': new Date(w.startUs / 1000).toISOString(),
    'query.start_time_max': new Date(w.endUs / 1000).toISOString(),
    'query.num_traces': '100',
  };
  const idsOf = (res) => [...new Set(countOtlp(res.json?.result?.resourceSpans).map((s) => pad32(s.traceId)))];
  const orders = gatewayTraces(manifest).filter((t) => t.rootOperation === 'POST /api/orders');
  return {
    'services list': async () => {
      const res = await get(base, '/api/v3/services');
      expectStatus(res, 200, 'services');
      expectSuperset(res.json.services ?? [], DEMO_SERVICES, 'services');
    },
    'operations of gateway': async () => {
      const res = await get(base, '/api/v3/operations', { service: 'gateway' });
      expectStatus(res, 200, 'operations');
      expectSuperset((res.json.operations ?? []).map((o) => o.name), ['GET /api/users/:id', 'GET /api/users', 'POST /api/orders'], 'operations');
    },
    'search by service': async () => {
      const res = await get(base, '/api/v3/traces', { ...range, 'query.service_name': 'gateway' });
      expectStatus(res, 200, 'search');
      expectTraceIds(idsOf(res), gatewayTraces(manifest), 'search gateway');
    },
    'search by service and operation': async () => {
      const res = await get(base, '/api/v3/traces', { ...range, 'query.service_name': 'gateway', 'query.operation_name': 'POST /api/orders' });
      expectStatus(res, 200, 'search');
      expectTraceIds(idsOf(res), orders, 'search POST /api/orders', { exact: true });
    },
    'search by tag (internal API; api_v3 ignores query.attributes before v2.19)': async () => {
      const res = await get(base, '/api/traces', {
        service: 'gateway', limit: '100', tags: '{"http.status_code":"500"}', start: String(Math.floor(w.startUs)), end: String(Math.ceil(w.endUs)),
      });
      expectStatus(res, 200, 'search');
      const failing = gatewayTraces(manifest).filter((t) => t.spans.some((s) => s.attributes['http.status_code'] === 500));
      expectTraceIds((res.json.data ?? []).map((t) => pad32(t.traceID)), failing, 'search tags http.status_code=500', { exact: true });
    },
    'search by min duration': async () => {
      const res = await get(base, '/api/v3/traces', { ...range, 'query.service_name': 'gateway', 'query.duration_min': '400ms' });
      expectStatus(res, 200, 'search');
      // A trace matches when one of its gateway spans lasts >= 400 ms; the roots are gateway spans.
      const slow = gatewayTraces(manifest).filter((t) => t.spans[0].durationUs >= 400_000);
      expectTraceIds(idsOf(res), slow, 'search minDuration');
    },
    'trace by id: span counts': async () => {
      for (const t of manifest.traces) {
        const res = await get(base, `/api/v3/traces/${t.traceId}`);
        expectStatus(res, 200, `trace ${t.traceId}`);
        const n = countOtlp(res.json.result?.resourceSpans).length;
        if (n !== t.spanCount) throw new Error(`trace ${t.traceId} (${t.scenario}): ${n} spans, manifest says ${t.spanCount}`);
      }
    },
    'unknown trace id is 404': async () => {
      expectStatus(await get(base, '/api/v3/traces/deadbeefdeadbeefdeadbeefdeadbeef'), 404, 'unknown trace');
    },
    'dependencies': async () => {
      const res = await get(base, '/api/dependencies', { endTs: String(Math.ceil(w.endUs / 1000)), lookback: String(Math.ceil((w.endUs - w.startUs) / 1000)) });
      expectStatus(res, 200, 'dependencies');
      const edges = (res.json.data ?? []).map((d) => `${d.parent}->${d.child}`);
      const want = [...new Set(manifest.traces.flatMap((t) => t.serviceEdges.map((e) => `${e.parent}->${e.child}`)))];
      expectSuperset(edges, want, 'dependencies');
    },
  };
}

function tempoChecks(base, manifest) {
  const w = windowOf(manifest);
  const range = { start: String(Math.floor(w.startUs / 1e6)), end: String(Math.ceil(w.endUs / 1e6)), limit: '100' };
  const idsOf = (res) => (res.json?.traces ?? []).map((t) => pad32(t.traceID));
  return {
    'services list': async () => {
      const res = await get(base, '/api/v2/search/tag/resource.service.name/values', range);
      expectStatus(res, 200, 'services');
      expectSuperset((res.json.tagValues ?? []).map((v) => v.value), DEMO_SERVICES, 'services');
    },
    'operations of gateway': async () => {
      const res = await get(base, '/api/v2/search/tag/name/values', { ...range, q: '{resource.service.name="gateway"}' });
      expectStatus(res, 200, 'operations');
      expectSuperset((res.json.tagValues ?? []).map((v) => v.value), ['GET /api/users/:id', 'GET /api/users', 'POST /api/orders'], 'operations');
    },
    'search by service': async () => {
      const res = await get(base, '/api/search', { ...range, q: '{resource.service.name="gateway"}' });
      expectStatus(res, 200, 'search');
      expectTraceIds(idsOf(res), gatewayTraces(manifest), 'search gateway');
    },
    'search by status=error': async () => {
      const res = await get(base, '/api/search', { ...range, q: '{status=error}' });
      expectStatus(res, 200, 'search');
      expectTraceIds(idsOf(res), manifest.traces.filter((t) => t.hasError), 'search status=error', { exact: true });
    },
    'search by min duration (trace:duration; minDuration is ignored with q)': async () => {
      const res = await get(base, '/api/search', { ...range, q: '{resource.service.name="gateway" && trace:duration >= 400ms}' });
      expectStatus(res, 200, 'search');
      expectTraceIds(idsOf(res), gatewayTraces(manifest).filter((t) => t.durationUs >= 400_000), 'search trace:duration', { exact: true });
    },
    'search by http.status_code=500': async () => {
      const res = await get(base, '/api/search', { ...range, q: '{span.http.status_code=500}' });
      expectStatus(res, 200, 'search');
      const failing = manifest.traces.filter((t) => t.spans.some((s) => s.attributes['http.status_code'] === 500));
      expectTraceIds(idsOf(res), failing, 'search http.status_code=500', { exact: true });
    },
    'trace by id: span counts': async () => {
      for (const t of manifest.traces) {
        const res = await get(base, `/api/v2/traces/${t.traceId}`);
        expectStatus(res, 200, `trace ${t.traceId}`);
        const spans = countOtlp(res.json.trace?.resourceSpans);
        if (spans.length !== t.spanCount) throw new Error(`trace ${t.traceId} (${t.scenario}): ${spans.length} spans, manifest says ${t.spanCount}`);
        if (spans.some((s) => pad32(toHex(s.traceId)) !== t.traceId)) throw new Error(`trace ${t.traceId}: a span has another trace id`);
      }
    },
    'unknown trace id is 404 (v1)': async () => {
      expectStatus(await get(base, '/api/traces/deadbeefdeadbeefdeadbeefdeadbeef'), 404, 'unknown trace');
    },
  };
}

function zipkinChecks(base, manifest) {
  const w = windowOf(manifest);
  const range = { endTs: String(Math.ceil(w.endUs / 1000)), lookback: String(Math.ceil((w.endUs - w.startUs) / 1000)), limit: '100' };
  const idsOf = (res) => (res.json ?? []).map((spans) => pad32(spans[0].traceId));
  return {
    'services list': async () => {
      const res = await get(base, '/api/v2/services');
      expectStatus(res, 200, 'services');
      expectSuperset(res.json, DEMO_SERVICES, 'services');
    },
    'span names of gateway': async () => {
      const res = await get(base, '/api/v2/spans', { serviceName: 'gateway' });
      expectStatus(res, 200, 'spans');
      expectSuperset(res.json, ['get /api/users/:id', 'get /api/users', 'post /api/orders'], 'span names (lower-cased by Zipkin)');
    },
    'search by service': async () => {
      const res = await get(base, '/api/v2/traces', { ...range, serviceName: 'gateway' });
      expectStatus(res, 200, 'search');
      expectTraceIds(idsOf(res), gatewayTraces(manifest), 'search gateway');
    },
    'search by http.status_code=500': async () => {
      const res = await get(base, '/api/v2/traces', { ...range, annotationQuery: 'http.status_code=500' });
      expectStatus(res, 200, 'search');
      const failing = manifest.traces.filter((t) => t.spans.some((s) => s.attributes['http.status_code'] === 500));
      expectTraceIds(idsOf(res), failing, 'search http.status_code=500', { exact: true });
    },
    'trace by id: span counts': async () => {
      for (const t of manifest.traces) {
        const res = await get(base, `/api/v2/trace/${t.traceId}`);
        expectStatus(res, 200, `trace ${t.traceId}`);
        if (res.json.length !== t.spanCount) throw new Error(`trace ${t.traceId} (${t.scenario}): ${res.json.length} spans, manifest says ${t.spanCount}`);
      }
    },
    'unknown trace id is 404': async () => {
      expectStatus(await get(base, '/api/v2/trace/deadbeefdeadbeefdeadbeefdeadbeef'), 404, 'unknown trace');
    },
    'dependencies': async () => {
      const res = await get(base, '/api/v2/dependencies', { endTs: range.endTs, lookback: range.lookback });
      expectStatus(res, 200, 'dependencies');
      const edges = (res.json ?? []).map((d) => `${d.parent}->${d.child}`);
      const want = [...new Set(manifest.traces.flatMap((t) => t.serviceEdges.map((e) => `${e.parent}->${e.child}`)))];
      expectSuperset(edges, want, 'dependencies');
    },
  };
}

/**
 * Backends index asynchronously (Tempo makes a trace searchable only after its idle period,
 * though it answers trace-by-id at once), so a failing check is tried again for a while
 * before it counts as failed.
 */
const RETRY_FOR_MS = 45_000;
const RETRY_EVERY_MS = 2_000;

/** Runs every check for `backend`; returns [{ name, ok, error? }]. */
export async function runApiChecks(backend, base, manifest) {
  const checks = { jaeger: jaegerChecks, tempo: tempoChecks, zipkin: zipkinChecks }[backend](base, manifest);
  const results = [];
  for (const [name, check] of Object.entries(checks)) {
    const deadline = Date.now() + RETRY_FOR_MS;
    for (;;) {
      try {
        await check();
        results.push({ name, ok: true });
        break;
      } catch (e) {
        if (Date.now() >= deadline) {
          results.push({ name, ok: false, error: e.message });
          break;
        }
        await new Promise((r) => setTimeout(r, RETRY_EVERY_MS));
      }
    }
  }
  return results;
}
