/** A small OTLP/JSON document built in the test: `traces` traces of a server and a db span. */
export function otlpFile(traceIds: readonly string[]): string {
  const t0 = 1_700_000_000_000_000_000n;
  const spans = traceIds.flatMap((traceId, i) => {
    const start = t0 + BigInt(i) * 60_000_000_000n;
    const root = (i + 1).toString(16).padStart(16, 'a');
    return [
      {
        traceId,
        spanId: root,
        name: 'GET /cart',
        kind: 2,
        startTimeUnixNano: String(start),
        endTimeUnixNano: String(start + 250_000_000n),
        attributes: [{ key: 'http.route', value: { stringValue: '/cart' } }],
        status: {},
      },
      {
        traceId,
        spanId: (i + 1).toString(16).padStart(16, 'b'),
        parentSpanId: root,
        name: 'SELECT cart',
        kind: 3,
        startTimeUnixNano: String(start + 10_000_000n),
        endTimeUnixNano: String(start + 200_000_000n),
        attributes: [{ key: 'db.system', value: { stringValue: 'postgresql' } }],
        status: i === 0 ? { code: 2, message: 'deadlock detected' } : {},
      },
    ];
  });
  return JSON.stringify({
    resourceSpans: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'cart' } }] },
        scopeSpans: [{ scope: { name: 'e2e' }, spans }],
      },
    ],
  });
}
