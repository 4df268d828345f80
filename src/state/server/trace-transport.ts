import type { Attribute, InstrumentationScope, Span, Trace } from '../../model/types';

/**
 * The built Trace as JSON text, for handing it from the trace worker to the page. Measured
 * in Chromium, structured clone of a 100k-span Trace (millions of small objects) costs the
 * receiving thread many times what JSON.parse of the same data costs, and a string crosses
 * threads in one copy. Resource attribute lists and scopes, shared by many spans, travel
 * once in tables (the page gets them shared again); the uid index is rebuilt on arrival.
 */
interface WireSpan extends Omit<Span, 'resource' | 'scope'> {
  readonly resource: number;
  readonly scope: number;
}

interface WireTrace extends Omit<Trace, 'spans' | 'byUid'> {
  readonly spans: readonly WireSpan[];
  readonly resources: readonly (readonly Attribute[])[];
  readonly scopes: readonly InstrumentationScope[];
}

export function traceToText(trace: Trace): string {
  const resources: (readonly Attribute[])[] = [];
  const scopes: InstrumentationScope[] = [];
  const resourceIds = new Map<readonly Attribute[], number>();
  const scopeIds = new Map<InstrumentationScope, number>();
  const spans = trace.spans.map((s): WireSpan => {
    let r = resourceIds.get(s.resource);
    if (r === undefined) resourceIds.set(s.resource, (r = resources.push(s.resource) - 1));
    let sc = -1;
    if (s.scope) {
      const known = scopeIds.get(s.scope);
      sc = known ?? scopes.push(s.scope) - 1;
      if (known === undefined) scopeIds.set(s.scope, sc);
    }
    return { ...s, resource: r, scope: sc };
  });
  const { byUid: _index, spans: _spans, ...rest } = trace;
  const wire: WireTrace = { ...rest, spans, resources, scopes };
  return JSON.stringify(wire);
}

export function traceFromText(text: string): Trace {
  const wire = JSON.parse(text) as WireTrace;
  const spans = wire.spans as unknown as { resource: unknown; scope: unknown; uid: string; index: number }[];
  const byUid = new Map<string, number>();
  for (const s of spans) {
    s.resource = wire.resources[s.resource as number] ?? [];
    s.scope = (s.scope as number) >= 0 ? (wire.scopes[s.scope as number] ?? null) : null;
    byUid.set(s.uid, s.index);
  }
  const { resources: _r, scopes: _s, ...rest } = wire;
  return { ...rest, spans: spans as unknown as Span[], byUid };
}
