// The requests `npm run record` sends to each backend, built from the demo manifest.
// `query` = parameters a replay must match; `volatile` = sent too, but clock-dependent
// (time windows), so left out of the recording's match.

const UNKNOWN_TRACE = 'deadbeefdeadbeefdeadbeefdeadbeef';

function pick(manifest, scenario) {
  return manifest.traces.find((t) => t.scenario === scenario);
}

/** The interesting traces of a run: one per kind of structure. */
function sampleTraces(manifest) {
  const names = ['create-order', 'create-order-payment-error', 'create-order-payment-timeout', 'get-user-slow-query', 'list-users-n-plus-one', 'order-notification'];
  return names.map((n) => pick(manifest, n)).filter(Boolean);
}

function window(manifest) {
  // A little margin on both sides; Tempo wants whole seconds.
  const startUs = manifest.window.startUs - 60_000_000;
  const endUs = manifest.window.endUs + 60_000_000;
  return { startUs, endUs, startS: Math.floor(startUs / 1e6), endS: Math.ceil(endUs / 1e6) };
}

const rfc3339 = (us) => new Date(Math.floor(us / 1000)).toISOString();
const req = (name, description, path, query = {}, volatile = {}) => ({ name, description, path, query, volatile });

function jaeger(manifest) {
  const w = window(manifest);
  const range = { 'query.start_time_min': rfc3339(w.startUs), 'query.start_time_max': rfc3339(w.endUs) };
  const search = (name, description, query) => req(name, description, '/api/v3/traces', { 'query.num_traces': '20', ...query }, range);
  return [
    req('services', 'api_v3 service names', '/api/v3/services'),
    req('operations-gateway', 'api_v3 operations of gateway', '/api/v3/operations', { service: 'gateway' }),
    req('operations-gateway-server', 'api_v3 server operations of gateway', '/api/v3/operations', { service: 'gateway', span_kind: 'server' }),
    req('operations-unknown', 'api_v3 operations of an unknown service', '/api/v3/operations', { service: 'no-such-service' }),
    search('search-gateway', 'api_v3 search by service', { 'query.service_name': 'gateway' }),
    search('search-gateway-orders', 'api_v3 search by service and operation', { 'query.service_name': 'gateway', 'query.operation_name': 'POST /api/orders' }),
    search('search-status-500', 'api_v3 search with query.attributes http.status_code=500', { 'query.service_name': 'gateway', 'query.attributes': '{"http.status_code":"500"}' }),
    search('search-error', 'api_v3 search with query.attributes error=true', { 'query.service_name': 'gateway', 'query.attributes': '{"error":"true"}' }),
    search('search-min-duration', 'api_v3 search with query.duration_min=400ms', { 'query.service_name': 'gateway', 'query.duration_min': '400ms' }),
    search('search-no-match', 'api_v3 search matching nothing', { 'query.service_name': 'no-such-service' }),
    req('search-no-time-range', 'api_v3 search without the required time range', '/api/v3/traces', { 'query.service_name': 'gateway' }),
    req('trace-summaries', 'api_v3 trace summaries (v2.19+ only)', '/api/v3/trace-summaries', { 'query.service_name': 'gateway', 'query.num_traces': '20' }, range),
    ...sampleTraces(manifest).map((t) => req(`trace-${t.scenario}`, `api_v3 trace ${t.scenario}`, `/api/v3/traces/${t.traceId}`)),
    req('trace-not-found', 'api_v3 unknown trace id', `/api/v3/traces/${UNKNOWN_TRACE}`),
    req('trace-bad-id', 'api_v3 malformed trace id', '/api/v3/traces/not-a-trace-id'),
    req('internal-services', 'internal API service names', '/api/services'),
    req('internal-operations-gateway', 'internal API operations of gateway', '/api/operations', { service: 'gateway' }),
    req('internal-search-gateway', 'internal API search', '/api/traces', { service: 'gateway', limit: '20' }, { start: String(w.startUs), end: String(w.endUs) }),
    req('internal-search-tags', 'internal API search with tags', '/api/traces', { service: 'gateway', limit: '20', tags: '{"http.status_code":"500"}' }, { start: String(w.startUs), end: String(w.endUs) }),
    ...sampleTraces(manifest).slice(0, 2).map((t) => req(`internal-trace-${t.scenario}`, `internal API trace ${t.scenario}`, `/api/traces/${t.traceId}`)),
    req('internal-trace-not-found', 'internal API unknown trace id', `/api/traces/${UNKNOWN_TRACE}`),
    req('dependencies', 'internal API dependencies', '/api/dependencies', {}, { endTs: String(Math.ceil(w.endUs / 1000)), lookback: String(Math.ceil((w.endUs - w.startUs) / 1000)) }),
  ];
}

function tempo(manifest) {
  const w = window(manifest);
  const range = { start: String(w.startS), end: String(w.endS) };
  const search = (name, description, query) => req(name, description, '/api/search', { limit: '20', ...query }, range);
  return [
    req('buildinfo', 'build information', '/api/status/buildinfo'),
    req('echo', 'liveness of the query path', '/api/echo'),
    req('services', 'service names (v2 tag values)', '/api/v2/search/tag/resource.service.name/values', {}, range),
    req('services-v1', 'service names (v1 tag values)', '/api/search/tag/service.name/values', {}, range),
    req('operations-gateway', 'span names of gateway (v2 tag values with q)', '/api/v2/search/tag/name/values', { q: '{resource.service.name="gateway"}' }, range),
    req('tags', 'tag names (v1)', '/api/search/tags', {}, range),
    req('tags-v2', 'tag names by scope (v2)', '/api/v2/search/tags', {}, range),
    req('tags-bad-scope', 'tag names with an unknown scope', '/api/search/tags', { scope: 'nonsense' }),
    req('tag-values-bad', 'v2 tag values of an invalid identifier', '/api/v2/search/tag/not an identifier/values'),
    // Searches spelled as the app compiles them (src/adapters/tempo/compile-traceql.ts), so the
    // hermetic replay (which matches `q` exactly) answers the app's own requests.
    search('search-gateway', 'TraceQL search by service', { q: '{resource.service.name = "gateway"}' }),
    search('search-gateway-orders', 'TraceQL search by service and span name', { q: '{resource.service.name = "gateway" && name = "POST /api/orders"}' }),
    search('search-status-500', 'TraceQL search http.status_code=500', { q: '{span.http.status_code=500}' }),
    search('search-error', 'TraceQL search status=error', { q: '{resource.service.name = "gateway" && status = error}' }),
    search('search-min-duration', 'TraceQL search with minDuration=400ms', { q: '{resource.service.name="gateway"}', minDuration: '400ms' }),
    search('search-tags-logfmt', 'logfmt tags search', { tags: 'service.name=gateway http.status_code=500' }),
    search('search-no-match', 'search matching nothing', { q: '{resource.service.name="no-such-service"}' }),
    req('search-bad-start', 'search with an invalid start', '/api/search', { start: 'abc', end: '1' }),
    req('search-bad-traceql', 'search with invalid TraceQL', '/api/search', { q: '{ this is not traceql' }, range),
    ...sampleTraces(manifest).map((t) => req(`trace-${t.scenario}`, `v2 trace ${t.scenario}`, `/api/v2/traces/${t.traceId}`)),
    ...sampleTraces(manifest).slice(0, 2).map((t) => req(`trace-v1-${t.scenario}`, `v1 trace ${t.scenario}`, `/api/traces/${t.traceId}`)),
    req('trace-not-found', 'v2 unknown trace id', `/api/v2/traces/${UNKNOWN_TRACE}`),
    req('trace-v1-not-found', 'v1 unknown trace id', `/api/traces/${UNKNOWN_TRACE}`),
    req('trace-bad-id', 'v2 malformed trace id', '/api/v2/traces/not-a-trace-id'),
  ];
}

function zipkin(manifest) {
  const w = window(manifest);
  const range = { endTs: String(Math.ceil(w.endUs / 1000)), lookback: String(Math.ceil((w.endUs - w.startUs) / 1000)) };
  const search = (name, description, query) => req(name, description, '/api/v2/traces', { limit: '20', ...query }, range);
  const sample = sampleTraces(manifest);
  return [
    req('services', 'service names', '/api/v2/services'),
    req('spans-gateway', 'span names of gateway', '/api/v2/spans', { serviceName: 'gateway' }),
    req('spans-unknown', 'span names of an unknown service', '/api/v2/spans', { serviceName: 'no-such-service' }),
    req('remote-services-orders', 'remote services of orders', '/api/v2/remoteServices', { serviceName: 'orders' }),
    req('autocomplete-keys', 'autocomplete keys', '/api/v2/autocompleteKeys'),
    search('search-gateway', 'search by service', { serviceName: 'gateway' }),
    search('search-gateway-orders', 'search by service and span name', { serviceName: 'gateway', spanName: 'post /api/orders' }),
    search('search-status-500', 'search annotationQuery http.status_code=500', { serviceName: 'gateway', annotationQuery: 'http.status_code=500' }),
    search('search-error', 'search annotationQuery error', { annotationQuery: 'error' }),
    search('search-min-duration', 'search minDuration=400000 µs', { serviceName: 'gateway', minDuration: '400000' }),
    search('search-no-match', 'search matching nothing', { serviceName: 'no-such-service' }),
    req('search-bad-limit', 'search with limit=0', '/api/v2/traces', { limit: '0' }),
    ...sample.map((t) => req(`trace-${t.scenario}`, `trace ${t.scenario}`, `/api/v2/trace/${t.traceId}`)),
    req('trace-not-found', 'unknown trace id', `/api/v2/trace/${UNKNOWN_TRACE}`),
    req('trace-upper-case', 'upper-case trace id', `/api/v2/trace/${UNKNOWN_TRACE.toUpperCase()}`),
    ...(sample.length >= 2 ? [req('trace-many', 'two traces at once', '/api/v2/traceMany', { traceIds: `${sample[0].traceId},${sample[1].traceId}` })] : []),
    req('dependencies', 'dependency links', '/api/v2/dependencies', {}, range),
  ];
}

export function requestsFor(name, manifest) {
  return { jaeger, tempo, zipkin }[name](manifest);
}
