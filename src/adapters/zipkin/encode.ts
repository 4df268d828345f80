// The model back to Zipkin v2 JSON (a span list, as `/api/v2/trace/{id}` answers), for
// "download as the source's JSON" of a Zipkin trace. Endpoints come back from the raw values
// the decoder kept in `extras`; the attributes it derived from them are left out again.
import { eagerList, type ListOf } from '../../lib/json-pieces';
import { attrText } from '../../model/attributes';
import type { Span, SpanKind, Trace } from '../../model/types';

type Json = Record<string, unknown>;

const KINDS: Partial<Record<SpanKind, string>> = { client: 'CLIENT', server: 'SERVER', producer: 'PRODUCER', consumer: 'CONSUMER' };
const DERIVED = ['peer.service', 'net.peer.ip', 'net.peer.port', 'net.host.ip', 'net.host.port'];

function endpoint(span: Span, which: 'localEndpoint' | 'remoteEndpoint'): Json | undefined {
  const out: Json = {};
  for (const field of ['serviceName', 'ipv4', 'ipv6', 'port']) {
    const v = span.extras[`${which}.${field}`];
    if (v !== undefined) out[field] = v;
  }
  if (which === 'localEndpoint' && out.serviceName === undefined && span.service) out.serviceName = span.service;
  return Object.keys(out).length ? out : undefined;
}

function tagsOf(span: Span): Record<string, string> {
  const hasEndpoints = Object.keys(span.extras).some((k) => k.endsWith('Endpoint.serviceName') || k.includes('Endpoint.ip') || k.endsWith('Endpoint.port'));
  const tags: Record<string, string> = {};
  for (const a of span.attributes) {
    if (hasEndpoints && DERIVED.includes(a.key)) continue;
    tags[a.key] = attrText(a.value);
  }
  if (span.status.code === 'error' && tags.error === undefined) tags.error = span.status.message ?? '';
  return tags;
}

/** `list`: lazyList for a document printed bit by bit (each span encoded when it is reached). */
export function encodeZipkinJson(trace: Trace, list: ListOf = eagerList): unknown {
  return list(trace.spans, (span) => {
    const local = endpoint(span, 'localEndpoint');
    const remote = endpoint(span, 'remoteEndpoint');
    const kind = KINDS[span.kind] ?? (typeof span.extras.kind === 'string' ? span.extras.kind : undefined);
    const tags = tagsOf(span);
    return {
      traceId: span.traceId,
      id: span.spanId,
      ...(span.parentSpanId && span.parentSpanId !== span.spanId ? { parentId: span.parentSpanId } : {}),
      ...(kind ? { kind } : {}),
      name: span.name,
      timestamp: Math.round(span.startUs),
      duration: Math.round(span.durationUs),
      ...(local ? { localEndpoint: local } : {}),
      ...(remote ? { remoteEndpoint: remote } : {}),
      ...(span.events.length ? { annotations: span.events.map((e) => ({ timestamp: Math.round(e.timeUs), value: e.name })) } : {}),
      ...(Object.keys(tags).length ? { tags } : {}),
      ...(span.extras.shared === true ? { shared: true } : {}),
      ...(span.extras.debug === true ? { debug: true } : {}),
    };
  });
}
