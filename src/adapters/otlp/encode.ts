// The model back to OTLP/JSON (TracesData, protobuf JSON mapping): the common export format,
// and what a saved offline HTML file embeds. The source payload is not kept by the model, so
// this renders what the model holds: decodeOtlp(encodeOtlp(t)) rebuilds the same spans.
import { eagerList, type ListOf } from '../../lib/json-pieces';
import type { Micros } from '../../lib/units';
import type { Attribute, AttributeValue, InstrumentationScope, Span, SpanKind, StatusCode, Trace } from '../../model/types';

type Json = Record<string, unknown>;

const KIND_NUMBERS: Readonly<Record<SpanKind, number>> = {
  unspecified: 0,
  internal: 1,
  server: 2,
  client: 3,
  producer: 4,
  consumer: 5,
};
const CODE_NUMBERS: Readonly<Record<StatusCode, number>> = { unset: 0, ok: 1, error: 2 };
const NUMERIC_EXTRAS = ['flags', 'droppedAttributesCount', 'droppedEventsCount', 'droppedLinksCount'] as const;

/** Epoch µs (possibly with a sub-µs fraction) → decimal nanoseconds, without a lossy double. */
export function microsToNanosString(us: Micros | number): string {
  if (!Number.isFinite(us) || us <= 0) return '0';
  const whole = Math.floor(us);
  let frac = Math.round((us - whole) * 1000);
  let wholeBig = BigInt(whole);
  if (frac >= 1000) {
    wholeBig += 1n;
    frac -= 1000;
  }
  return (wholeBig * 1000n + BigInt(frac)).toString();
}

/** A duration in µs → whole nanoseconds, as a BigInt for exact arithmetic. */
function durationNanos(us: Micros): bigint {
  return Number.isFinite(us) && us > 0 ? BigInt(Math.round(us * 1000)) : 0n;
}

export function encodeAnyValue(value: AttributeValue): Json {
  switch (value.type) {
    case 'string':
      return { stringValue: value.value };
    case 'bool':
      return { boolValue: value.value };
    case 'int':
      // Decimal strings per the proto JSON mapping; a number already past 2^53 (some decoders
      // keep one) stays a number so it reads back as the same value.
      return { intValue: typeof value.value === 'number' && !Number.isSafeInteger(value.value) ? value.value : String(value.value) };
    case 'double':
      // The protobuf JSON mapping spells non-finite doubles as strings; JSON numbers lose -0.
      if (Object.is(value.value, -0)) return { doubleValue: '-0' };
      return { doubleValue: Number.isFinite(value.value) ? value.value : String(value.value) };
    case 'bytes':
      return { bytesValue: value.value };
    case 'array':
      return { arrayValue: { values: value.value.map(encodeAnyValue) } };
    case 'map':
      return { kvlistValue: { values: encodeAttributes(value.value) } };
  }
}

export function encodeAttributes(attributes: readonly Attribute[]): Json[] {
  return attributes.map((a) => ({ key: a.key, value: encodeAnyValue(a.value) }));
}

/** The resource as written: its attributes, with service.name set to the span's service. */
function resourceAttributes(span: Span): Attribute[] {
  const own = span.resource.find((a) => a.key === 'service.name');
  if (own && own.value.type === 'string' && own.value.value === span.service) return [...span.resource];
  const rest = span.resource.filter((a) => a.key !== 'service.name');
  return [{ key: 'service.name', value: { type: 'string', value: span.service } }, ...rest];
}

function encodeScope(scope: InstrumentationScope | null): Json {
  if (!scope) return {};
  return {
    name: scope.name,
    ...(scope.version ? { version: scope.version } : {}),
    ...(scope.attributes.length ? { attributes: encodeAttributes(scope.attributes) } : {}),
  };
}

function encodeSpan(span: Span): Json {
  const start = BigInt(microsToNanosString(span.startUs));
  const end = start === 0n ? 0n : start + durationNanos(span.durationUs);
  const out: Json = {
    traceId: span.traceId,
    spanId: span.spanId,
    ...(span.parentSpanId ? { parentSpanId: span.parentSpanId } : {}),
    name: span.name,
    kind: KIND_NUMBERS[span.kind],
    startTimeUnixNano: start.toString(),
    endTimeUnixNano: end.toString(),
    attributes: encodeAttributes(span.attributes),
    events: span.events.map((e) => ({
      timeUnixNano: microsToNanosString(e.timeUs),
      name: e.name,
      attributes: encodeAttributes(e.attributes),
    })),
    links: span.links.map((l) => ({
      traceId: l.traceId,
      spanId: l.spanId,
      // Jaeger references other than the parent: the tag Jaeger's own OTLP translator uses.
      attributes: encodeAttributes(
        l.kind === 'link' ? l.attributes : [...l.attributes, { key: 'opentracing.ref_type', value: { type: 'string', value: l.kind } }],
      ),
    })),
    status: { code: CODE_NUMBERS[span.status.code], ...(span.status.message ? { message: span.status.message } : {}) },
  };
  const traceState = span.extras.traceState;
  if (typeof traceState === 'string' && traceState) out.traceState = traceState;
  for (const field of NUMERIC_EXTRAS) {
    const v = span.extras[field];
    if (typeof v === 'number' && Number.isFinite(v) && v !== 0) out[field] = v;
  }
  return out;
}

interface ScopeGroup {
  readonly scope: Json;
  readonly schemaUrl: string | undefined;
  readonly spans: Span[];
}
interface ResourceGroup {
  readonly attributes: Attribute[];
  readonly schemaUrl: string | undefined;
  readonly scopes: Map<string, ScopeGroup>;
}

const schemaUrlOf = (span: Span, key: string): string | undefined => {
  const v = span.extras[key];
  return typeof v === 'string' && v ? v : undefined;
};

/**
 * The spans grouped by resource (service + resource attributes) and then by instrumentation
 * scope, in span order. Spans decoded from one resource or scope share its objects: the keys
 * are made once per distinct object (and service, and schema), not once per span.
 */
function groupSpans(traces: readonly Trace[]): ResourceGroup[] {
  const resources = new Map<string, ResourceGroup>();
  const resourceKeys = new Map<readonly Attribute[], Map<string, string>>();
  const scopeKeys = new Map<InstrumentationScope | null, Map<string, { scope: Json; key: string }>>();
  for (const t of traces) {
    for (const span of t.spans) {
      const resourceSchema = schemaUrlOf(span, 'resourceSchemaUrl');
      let byService = resourceKeys.get(span.resource);
      if (!byService) resourceKeys.set(span.resource, (byService = new Map()));
      const identity = `${span.service}\u0000${resourceSchema ?? ''}`;
      let rKey = byService.get(identity);
      if (rKey === undefined) {
        rKey = `${JSON.stringify(encodeAttributes(resourceAttributes(span)))}\u0000${resourceSchema ?? ''}`;
        byService.set(identity, rKey);
      }
      let group = resources.get(rKey);
      if (!group) resources.set(rKey, (group = { attributes: resourceAttributes(span), schemaUrl: resourceSchema, scopes: new Map() }));
      const scopeSchema = schemaUrlOf(span, 'scopeSchemaUrl');
      let bySchema = scopeKeys.get(span.scope);
      if (!bySchema) scopeKeys.set(span.scope, (bySchema = new Map()));
      let scopeKey = bySchema.get(scopeSchema ?? '');
      if (scopeKey === undefined) {
        const scope = encodeScope(span.scope);
        scopeKey = { scope, key: `${JSON.stringify(scope)}\u0000${scopeSchema ?? ''}` };
        bySchema.set(scopeSchema ?? '', scopeKey);
      }
      let scopeGroup = group.scopes.get(scopeKey.key);
      if (!scopeGroup) group.scopes.set(scopeKey.key, (scopeGroup = { scope: scopeKey.scope, schemaUrl: scopeSchema, spans: [] }));
      scopeGroup.spans.push(span);
    }
  }
  return [...resources.values()];
}

/**
 * One or more traces → OTLP TracesData: spans grouped by resource (service + resource
 * attributes) and then by instrumentation scope, in span order; ids in hex, times as
 * nanosecond strings, enums as numbers, 64-bit ints as strings. `list`: lazyList for a
 * document printed bit by bit (each span is encoded when the printer reaches it).
 */
export function encodeOtlp(trace: Trace | readonly Trace[], list: ListOf = eagerList): { resourceSpans: Json[] } {
  const traces: readonly Trace[] = Array.isArray(trace) ? trace : [trace as Trace];
  return {
    resourceSpans: groupSpans(traces).map((r) => ({
      resource: { attributes: encodeAttributes(r.attributes) },
      scopeSpans: [...r.scopes.values()].map((s) => ({
        scope: s.scope,
        spans: list(s.spans, encodeSpan),
        ...(s.schemaUrl ? { schemaUrl: s.schemaUrl } : {}),
      })),
      ...(r.schemaUrl ? { schemaUrl: r.schemaUrl } : {}),
    })),
  };
}
