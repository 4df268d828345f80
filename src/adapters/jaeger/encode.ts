// The model back to Jaeger UI JSON (`/api/traces/{id}` body: {data: [trace]}), for "download
// as the source's JSON" of a Jaeger trace. Kind, status and scope live in tags in Jaeger, so
// they are written as the tags the decoder reads them from when the span lacks them.
import { eagerList, type ListOf } from '../../lib/json-pieces';
import type { Attribute, AttributeValue, Span, Trace } from '../../model/types';

type Json = Record<string, unknown>;

function tag(key: string, value: AttributeValue): Json {
  switch (value.type) {
    case 'string':
      return { key, type: 'string', value: value.value };
    case 'bool':
      return { key, type: 'bool', value: value.value };
    case 'int':
      return { key, type: 'int64', value: value.value };
    case 'double':
      return Number.isFinite(value.value) ? { key, type: 'float64', value: value.value } : { key, type: 'string', value: String(value.value) };
    case 'bytes':
      return { key, type: 'binary', value: value.value };
    default:
      // Jaeger has no arrays or maps: its OTLP converter writes them as JSON text.
      return { key, type: 'string', value: JSON.stringify(plain(value)) };
  }
}

/** An array/map attribute as plain JSON (bounded depth: decoders cap nesting at 32). */
function plain(value: AttributeValue): unknown {
  if (value.type === 'array') return value.value.map(plain);
  if (value.type === 'map') return Object.fromEntries(value.value.map((a) => [a.key, plain(a.value)]));
  return value.value;
}

const tags = (attributes: readonly Attribute[]): Json[] => attributes.map((a) => tag(a.key, a.value));

function spanTags(span: Span): Json[] {
  const has = (key: string) => span.attributes.some((a) => a.key === key);
  const extra: Attribute[] = [];
  if (span.kind !== 'unspecified' && !has('span.kind')) extra.push({ key: 'span.kind', value: { type: 'string', value: span.kind } });
  if (span.status.code !== 'unset' && !has('otel.status_code') && !(span.status.code === 'error' && has('error'))) {
    extra.push({ key: 'otel.status_code', value: { type: 'string', value: span.status.code.toUpperCase() } });
  }
  if (span.status.message && !has('otel.status_description')) {
    extra.push({ key: 'otel.status_description', value: { type: 'string', value: span.status.message } });
  }
  if (span.scope && !has('otel.scope.name') && !has('otel.library.name')) {
    extra.push({ key: 'otel.scope.name', value: { type: 'string', value: span.scope.name } });
    if (span.scope.version) extra.push({ key: 'otel.scope.version', value: { type: 'string', value: span.scope.version } });
  }
  return tags([...span.attributes, ...extra]);
}

/**
 * The processes, and each span's process id: p1, p2… in order of first use (every span is
 * looked at once here, so the ids do not depend on which spans are encoded later). Spans
 * decoded from one process share its resource list: the id is found once per list and service.
 */
function processTable(spans: readonly Span[]): { idOf: (span: Span) => string; processes: Record<string, Json> } {
  const idByKey = new Map<string, string>();
  const idByResource = new Map<Span['resource'], Map<string, string>>();
  const processes: Record<string, Json> = {};
  const idOf = (span: Span): string => {
    let byService = idByResource.get(span.resource);
    if (!byService) idByResource.set(span.resource, (byService = new Map()));
    const known = byService.get(span.service);
    if (known !== undefined) return known;
    const processJson = { serviceName: span.service, tags: tags(span.resource.filter((a) => a.key !== 'service.name')) };
    const key = JSON.stringify(processJson);
    let processID = idByKey.get(key);
    if (processID === undefined) {
      processID = `p${idByKey.size + 1}`;
      idByKey.set(key, processID);
      processes[processID] = processJson;
    }
    byService.set(span.service, processID);
    return processID;
  };
  for (const span of spans) idOf(span);
  return { idOf, processes };
}

/** `list`: lazyList for a document printed bit by bit (each span encoded when it is reached). */
export function encodeJaegerJson(trace: Trace, list: ListOf = eagerList): { data: Json[] } {
  const { idOf, processes } = processTable(trace.spans);
  const spans = list(trace.spans, (span) => {
    const references: Json[] = [];
    if (span.parentSpanId) references.push({ refType: 'CHILD_OF', traceID: span.traceId, spanID: span.parentSpanId });
    for (const l of span.links) {
      references.push({ refType: l.kind === 'follows_from' ? 'FOLLOWS_FROM' : 'CHILD_OF', traceID: l.traceId, spanID: l.spanId });
    }
    const warnings = span.warnings.filter((w) => w.kind === 'source-warning').map((w) => w.message);
    return {
      traceID: span.traceId,
      spanID: span.spanId,
      operationName: span.name,
      references,
      startTime: Math.round(span.startUs),
      duration: Math.round(span.durationUs),
      tags: spanTags(span),
      logs: span.events.map((e) => ({
        timestamp: Math.round(e.timeUs),
        fields: [{ key: 'event', type: 'string', value: e.name }, ...tags(e.attributes)],
      })),
      processID: idOf(span),
      ...(typeof span.extras.flags === 'number' ? { flags: span.extras.flags } : {}),
      warnings: warnings.length ? warnings : null,
    };
  });
  return { data: [{ traceID: trace.traceId, spans, processes, warnings: null }] };
}
