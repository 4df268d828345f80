// Test support: a big OTLP trace (enough spans for a preview) in a few services.

/**
 * `count` spans of `traceId` (each span's parent is span ⌊(i−1)/4⌋), spread over three
 * services. Ids in hex (Jaeger, OTLP files) or base64 (Tempo's protobuf JSON).
 */
export function bushyOtlpTrace(traceId: string, count: number, ids: 'hex' | 'base64' = 'hex'): { resourceSpans: object[] } {
  const t0 = 1_763_780_000_000_000_000n;
  const encode = (hex: string) => (ids === 'hex' ? hex : btoa(String.fromCharCode(...(hex.match(/../g) ?? []).map((b) => parseInt(b, 16)))));
  const spanId = (i: number) => encode((i + 1).toString(16).padStart(16, '0'));
  const encodedTraceId = encode(traceId);
  const spans = Array.from({ length: count }, (_, i) => ({
    traceId: encodedTraceId,
    spanId: spanId(i),
    ...(i > 0 ? { parentSpanId: spanId(Math.floor((i - 1) / 4)) } : {}),
    name: `op-${i % 7}`,
    kind: 2,
    startTimeUnixNano: (t0 + BigInt(i) * 1000n).toString(),
    endTimeUnixNano: (t0 + BigInt(i) * 1000n + BigInt(count - i) * 1000n).toString(),
    attributes: [{ key: 'http.method', value: { stringValue: i % 2 ? 'GET' : 'POST' } }],
    status: i % 97 === 0 ? { code: 2 } : {},
  }));
  return {
    resourceSpans: [0, 1, 2].map((s) => ({
      resource: { attributes: [{ key: 'service.name', value: { stringValue: `service-${s}` } }] },
      scopeSpans: [{ scope: { name: 'test' }, spans: spans.filter((_, i) => i % 3 === s) }],
    })),
  };
}
