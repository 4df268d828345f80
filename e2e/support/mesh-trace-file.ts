/**
 * An OTLP JSON file holding one trace in which each of `services` calls every other one (a
 * client span of the caller, a server span of the callee under it): a dense service mesh.
 */
export function meshTraceFile(traceId: string, services: readonly string[]): string {
  const t0 = 1_700_000_000_000_000_000n;
  let next = 1;
  const id = () => (next++).toString(16).padStart(16, '0');
  const root = id();
  const byService = new Map<string, unknown[]>(services.map((s) => [s, []]));
  // Call k takes the k-th millisecond; the root all of them.
  const span = (service: string, spanId: string, parentSpanId: string | undefined, name: string, kind: number, k: number, ms = 0.5) =>
    byService.get(service)!.push({
      traceId,
      spanId,
      ...(parentSpanId ? { parentSpanId } : {}),
      name,
      kind,
      startTimeUnixNano: String(t0 + BigInt(k) * 1_000_000n),
      endTimeUnixNano: String(t0 + BigInt(k) * 1_000_000n + BigInt(ms * 1_000_000)),
    });
  span(services[0]!, root, undefined, 'GET /mesh', 2, 0, services.length * services.length + 1);
  let k = 1;
  for (const caller of services) {
    for (const callee of services) {
      if (callee === caller) continue;
      const client = id();
      span(caller, client, root, `call ${callee}`, 3, k);
      span(callee, id(), client, `serve ${caller}`, 2, k++);
    }
  }
  return JSON.stringify({
    resourceSpans: services.map((service) => ({
      resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
      scopeSpans: [{ scope: { name: 'e2e' }, spans: byService.get(service) }],
    })),
  });
}
