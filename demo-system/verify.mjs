// Checks that each backend holds every manifest trace with the expected span count, by
// trace id, polling while the backends ingest.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const countOtlp = (resourceSpans) =>
  (resourceSpans ?? []).reduce((n, rs) =>
    n + (rs.scopeSpans ?? rs.instrumentationLibrarySpans ?? []).reduce((m, ss) => m + (ss.spans ?? []).length, 0), 0);

/** Span count the backend returns for `traceId`, or 0 when it does not have it (yet). */
export const SPAN_COUNTERS = {
  jaeger: async (base, id) => {
    const res = await fetch(`${base}/api/v3/traces/${id}`);
    if (res.status === 404) return 0;
    if (!res.ok) throw new Error(`jaeger answered ${res.status}`);
    return countOtlp((await res.json()).result?.resourceSpans);
  },
  tempo: async (base, id) => {
    const res = await fetch(`${base}/api/traces/${id}`);
    if (res.status === 404) return 0;
    if (!res.ok) throw new Error(`tempo answered ${res.status}`);
    return countOtlp((await res.json()).batches);
  },
  zipkin: async (base, id) => {
    const res = await fetch(`${base}/api/v2/trace/${id}`);
    if (res.status === 404) return 0;
    if (!res.ok) throw new Error(`zipkin answered ${res.status}`);
    return (await res.json()).length;
  },
};

export const BACKEND_URLS = {
  jaeger: process.env.JAEGER_URL ?? 'http://127.0.0.1:16686',
  tempo: process.env.TEMPO_URL ?? 'http://127.0.0.1:3200',
  zipkin: process.env.ZIPKIN_URL ?? 'http://127.0.0.1:9411',
};

/**
 * For each backend: { complete, missing: [traceId], wrongCount: [{traceId, expected, got}] }.
 * Polls up to `timeoutMs` for the backends to catch up.
 */
export async function verifyBackends(traces, backends, { timeoutMs = 30_000 } = {}) {
  const report = {};
  for (const backend of backends) {
    const deadline = Date.now() + timeoutMs;
    let pending = traces.slice();
    let wrong = [];
    let error = null;
    for (;;) {
      const still = [];
      wrong = [];
      for (const t of pending) {
        let got = 0;
        try {
          got = await SPAN_COUNTERS[backend](BACKEND_URLS[backend], t.traceId);
        } catch (e) {
          error = e.message;
        }
        if (got === 0) still.push(t);
        else if (got !== t.spanCount) {
          still.push(t);
          wrong.push({ traceId: t.traceId, expected: t.spanCount, got });
        }
      }
      pending = still;
      if (!pending.length || Date.now() > deadline) break;
      await sleep(1000);
    }
    report[backend] = {
      complete: traces.length - pending.length,
      total: traces.length,
      missing: pending.filter((t) => !wrong.some((w) => w.traceId === t.traceId)).map((t) => t.traceId),
      wrongCount: wrong,
      ...(error ? { lastError: error } : {}),
    };
  }
  return report;
}
