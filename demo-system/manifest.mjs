// Turns the span records the services exported into the manifest's per-trace expectations.
// Spans are walked with an explicit stack (no recursion), as everywhere in the project.

function groupByTrace(records) {
  const traces = new Map();
  for (const r of records) {
    if (!traces.has(r.traceId)) traces.set(r.traceId, []);
    traces.get(r.traceId).push(r);
  }
  return traces;
}

/** Time of `span` not covered by any direct child (children clipped to the span). */
function selfTime(span, children) {
  const start = span.startUs;
  const end = span.startUs + span.durationUs;
  const intervals = children
    .map((c) => [Math.max(start, c.startUs), Math.min(end, c.startUs + c.durationUs)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let covered = 0;
  let curStart = -1;
  let curEnd = -1;
  for (const [a, b] of intervals) {
    if (a > curEnd) {
      if (curEnd > curStart) covered += curEnd - curStart;
      curStart = a;
      curEnd = b;
    } else if (b > curEnd) curEnd = b;
  }
  if (curEnd > curStart) covered += curEnd - curStart;
  return span.durationUs - covered;
}

/** One trace's expected structure. `request` is what the driver sent (absent for linked traces). */
export function describeTrace(traceId, spans) {
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  const children = new Map(spans.map((s) => [s.spanId, []]));
  const roots = [];
  for (const s of spans) {
    if (s.parentSpanId && byId.has(s.parentSpanId)) children.get(s.parentSpanId).push(s);
    else roots.push(s);
  }
  const order = (a, b) => a.startUs - b.startUs || a.name.localeCompare(b.name) || a.spanId.localeCompare(b.spanId);
  roots.sort(order);
  for (const list of children.values()) list.sort(order);

  const ordered = [];
  const stack = roots.slice().reverse().map((s) => ({ span: s, depth: 0 }));
  while (stack.length) {
    const { span, depth } = stack.pop();
    const kids = children.get(span.spanId);
    ordered.push({
      spanId: span.spanId,
      parentSpanId: span.parentSpanId,
      service: span.service,
      name: span.name,
      kind: span.kind,
      status: span.status,
      startUs: span.startUs,
      durationUs: span.durationUs,
      selfTimeUs: selfTime(span, kids),
      depth,
      childCount: kids.length,
      attributes: span.attributes,
      events: span.events.map((e) => e.name),
      links: span.links.map((l) => ({ traceId: l.traceId, spanId: l.spanId })),
    });
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ span: kids[i], depth: depth + 1 });
  }

  const root = roots[0];
  const start = Math.min(...spans.map((s) => s.startUs));
  const end = Math.max(...spans.map((s) => s.startUs + s.durationUs));
  const perService = {};
  for (const s of spans) perService[s.service] = (perService[s.service] ?? 0) + 1;
  const edges = {};
  for (const s of spans) {
    const parent = s.parentSpanId ? byId.get(s.parentSpanId) : undefined;
    if (parent && parent.service !== s.service) {
      const key = `${parent.service}->${s.service}`;
      edges[key] = (edges[key] ?? 0) + 1;
    }
  }
  const nonRoot = ordered.filter((s) => s.depth > 0);
  const slowest = (nonRoot.length ? nonRoot : ordered).reduce((a, b) => (b.selfTimeUs > a.selfTimeUs ? b : a));
  return {
    traceId,
    rootService: root.service,
    rootOperation: root.name,
    rootSpanId: root.spanId,
    rootCount: roots.length,
    startUs: start,
    durationUs: end - start,
    spanCount: spans.length,
    services: Object.keys(perService).sort(),
    spanCountByService: perService,
    maxDepth: Math.max(...ordered.map((s) => s.depth)),
    serviceEdges: Object.entries(edges).map(([k, callCount]) => {
      const [parent, child] = k.split('->');
      return { parent, child, callCount };
    }),
    errorSpans: ordered.filter((s) => s.status.code === 'ERROR').map((s) => ({ spanId: s.spanId, service: s.service, name: s.name, message: s.status.message ?? null })),
    slowestHop: { spanId: slowest.spanId, service: slowest.service, name: slowest.name, durationUs: slowest.durationUs, selfTimeUs: slowest.selfTimeUs },
    links: ordered.flatMap((s) => s.links.map((l) => ({ fromSpanId: s.spanId, toTraceId: l.traceId, toSpanId: l.spanId }))),
    spans: ordered,
  };
}

/**
 * Manifest traces for one run: every trace the services exported since the run's cursors,
 * labelled with the request (scenario, seq) that produced it; a trace produced by a queue
 * consumer is labelled with the request whose producer span it links to.
 */
export function manifestTraces(records, requests) {
  const byTrace = groupByTrace(records);
  const requestByTrace = new Map(requests.filter((r) => r.traceId).map((r) => [r.traceId, r]));
  const out = [];
  for (const [traceId, spans] of byTrace) {
    const t = describeTrace(traceId, spans);
    const req = requestByTrace.get(traceId);
    const linkedTo = t.links.find((l) => requestByTrace.has(l.toTraceId));
    if (req) {
      Object.assign(t, { scenario: req.scenario, seq: req.seq, request: `${req.method} ${req.path}`, responseStatus: req.status });
    } else if (linkedTo) {
      const origin = requestByTrace.get(linkedTo.toTraceId);
      Object.assign(t, { scenario: 'order-notification', seq: origin.seq, linkedFromTraceId: origin.traceId });
    } else {
      Object.assign(t, { scenario: 'unknown', seq: null });
    }
    t.hasError = t.errorSpans.length > 0;
    out.push(t);
  }
  const key = (t) => (t.seq ?? 1e9) * 2 + (t.scenario === 'order-notification' ? 1 : 0);
  return out.sort((a, b) => key(a) - key(b) || a.traceId.localeCompare(b.traceId));
}
