// Deterministic synthetic traces for `npm run bench`, as Jaeger /api/v3 answers them
// ({result: OTLP TracesData}, hex ids, string nanos): about 20 services, depth up to about
// 12, five attributes per span, some events; and a chain N levels deep.

/** Mulberry32: small, fast, seeded. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (n, width) => n.toString(16).padStart(width, '0');
const SERVICES = Array.from({ length: 20 }, (_, i) => `service-${String.fromCharCode(97 + i)}`);
const METHODS = ['GET', 'POST', 'PUT', 'DELETE'];

/** Spans in parent-before-child order; returns OTLP resourceSpans grouped per service. */
function otlp(traceId, spans) {
  const byService = new Map();
  for (const s of spans) {
    const list = byService.get(s.service) ?? [];
    list.push(s);
    byService.set(s.service, list);
  }
  return {
    result: {
      resourceSpans: [...byService].map(([service, list]) => ({
        resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }, { key: 'host.name', value: { stringValue: `${service}-pod-1` } }] },
        scopeSpans: [
          {
            scope: { name: 'bench' },
            spans: list.map((s) => ({
              traceId,
              spanId: s.id,
              ...(s.parent ? { parentSpanId: s.parent } : {}),
              name: s.name,
              kind: s.kind,
              startTimeUnixNano: `${s.startUs}000`,
              endTimeUnixNano: `${s.startUs + s.durUs}000`,
              attributes: s.attributes,
              events: s.events,
              status: s.error ? { code: 2, message: 'boom' } : {},
            })),
          },
        ],
      })),
    },
  };
}

/** A bushy trace of `count` spans. */
export function wideTrace(count, seed = count) {
  const rand = prng(seed);
  const traceId = hex(seed, 32);
  const t0 = 1_700_000_000_000_000;
  const spans = [{ id: hex(1, 16), parent: null, depth: 0, service: SERVICES[0], name: 'GET /api/root', kind: 2, startUs: t0, durUs: 10_000_000 }];
  while (spans.length < count) {
    // Pick a parent among recent spans, biased to keep depth ≤ 12 and fan-out realistic.
    let parent = spans[spans.length - 1 - Math.floor(rand() * Math.min(spans.length, 400))];
    if (parent.depth >= 12) parent = spans[Math.floor(rand() * spans.length)];
    if (parent.depth >= 12) continue;
    const service = rand() < 0.6 ? parent.service : SERVICES[Math.floor(rand() * SERVICES.length)];
    const startUs = parent.startUs + Math.floor(rand() * parent.durUs * 0.5);
    const durUs = Math.max(1, Math.floor((parent.startUs + parent.durUs - startUs) * rand() * 0.9));
    spans.push({ id: hex(spans.length + 1, 16), parent: parent.id, depth: parent.depth + 1, service, name: `${METHODS[spans.length % 4]} /api/${service}/${spans.length % 37}`, kind: service === parent.service ? 1 : 2, startUs, durUs });
  }
  return otlp(traceId, spans.map((s, i) => decorate(s, i, rand)));
}

/** A chain `depth` levels deep: every span the only child of the one before. */
export function chainTrace(depth, seed = 424242) {
  const rand = prng(seed);
  const traceId = hex(seed, 32);
  const t0 = 1_700_000_000_000_000;
  const spans = [];
  for (let i = 0; i < depth; i++) {
    spans.push({ id: hex(i + 1, 16), parent: i ? hex(i, 16) : null, service: SERVICES[i % SERVICES.length], name: `level ${i}`, kind: 1, startUs: t0 + i, durUs: depth * 2 - i * 2 });
  }
  return otlp(traceId, spans.map((s, i) => decorate(s, i, rand)));
}

function decorate(s, i, rand) {
  return {
    ...s,
    error: rand() < 0.01,
    attributes: [
      { key: 'http.request.method', value: { stringValue: METHODS[i % 4] } },
      { key: 'http.response.status_code', value: { intValue: String(rand() < 0.01 ? 500 : 200) } },
      { key: 'url.path', value: { stringValue: `/api/items/${i}` } },
      { key: 'component', value: { stringValue: 'http' } },
      { key: 'thread.id', value: { intValue: String(i % 64) } },
    ],
    events: rand() < 0.05 ? [{ timeUnixNano: `${s.startUs + 1}000`, name: 'cache miss', attributes: [] }] : [],
  };
}

export const traceIdOf = (payload) => payload.result.resourceSpans[0].scopeSpans[0].spans[0].traceId;
