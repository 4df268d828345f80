import type { AttributeInterner } from '../../model/attribute-interner';
import { micros, type Micros } from '../../lib/units';
import { DecodeError, type SpanInput } from '../../model/span-input';
import type { Attribute, DataWarning, SpanEvent, SpanKind, SpanStatus } from '../../model/types';
import {
  describe,
  expectRecord,
  isRecord,
  join,
  optArray,
  optNumber,
  optString,
  own,
  reqString,
  UNKNOWN_SERVICE,
  type JsonRecord,
} from '../shared/decode-helpers';
import { readId } from '../shared/payload-collector';

const KINDS: Readonly<Record<string, SpanKind>> = {
  CLIENT: 'client',
  SERVER: 'server',
  PRODUCER: 'producer',
  CONSUMER: 'consumer',
};

/**
 * One Zipkin v2 span. Endpoints are kept raw in `extras` and, following the OpenTelemetry
 * Collector's Zipkin translator, also as the attributes `peer.service`, `net.peer.ip`,
 * `net.peer.port`, `net.host.ip`, `net.host.port` unless a real tag already has that key
 * (docs/adr/0004-zipkin-shared-spans.md).
 */
export function decodeZipkinSpan(raw: unknown, path: string, interner?: AttributeInterner): SpanInput {
  const span = expectRecord(raw, path, 'a Zipkin span');
  const warnings: DataWarning[] = [];
  const { traceId, spanId, parentSpanId, startUs, durationUs, sharedServerHalf } = placeOf(span, path, warnings);
  const { rawKind, kind } = kindOf(span, path);
  const extras: Record<string, string | number | boolean> = {};
  if (rawKind !== undefined && kind === 'unspecified') extras.kind = rawKind;

  const tags = decodeTags(own(span, 'tags'), join(path, 'tags'), interner);
  const local = endpoint(span, 'localEndpoint', path, extras);
  const remote = endpoint(span, 'remoteEndpoint', path, extras);
  const attributes = [...tags, ...endpointAttributes(tags, local, remote)];

  if (own(span, 'shared') === true) extras.shared = true;
  if (own(span, 'debug') === true) extras.debug = true;

  return {
    traceId,
    spanId,
    parentSpanId,
    name: optString(span, 'name', path) ?? '',
    service: local?.serviceName || UNKNOWN_SERVICE,
    kind,
    startUs,
    durationUs,
    status: statusOf(tags),
    attributes,
    resource: [],
    scope: null,
    events: optArray(span, 'annotations', path).map((a, i) => annotation(a, join(join(path, 'annotations'), i), startUs, warnings)),
    links: [],
    warnings,
    extras,
    ...(sharedServerHalf ? { sharedServerHalf } : {}),
  };
}

/** A Zipkin span's ids and times (and whether it is a shared server half), as decodeZipkinSpan reads them. */
export interface ZipkinPlace {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string | null;
  readonly startUs: Micros | null;
  readonly durationUs: Micros | null;
  readonly sharedServerHalf?: true;
}

/**
 * The place of a span with valid ids, without decoding the rest of it; undefined for anything
 * else (then only decodeZipkinSpan says what it holds).
 */
export function zipkinPlace(raw: unknown): ZipkinPlace | undefined {
  if (!isRecord(raw)) return undefined;
  const warnings: DataWarning[] = [];
  try {
    const place = placeOf(raw, '', warnings);
    return warnings.length === 0 ? place : undefined;
  } catch (e) {
    if (e instanceof DecodeError) return undefined;
    throw e;
  }
}

function placeOf(span: JsonRecord, path: string, warnings: DataWarning[]): ZipkinPlace {
  const traceId = readId(reqString(span, 'traceId', path), 'trace', warnings);
  const spanId = readId(reqString(span, 'id', path), 'span', warnings);
  const rawParent = optString(span, 'parentId', path);
  const parentSpanId = rawParent === undefined || rawParent === '' ? null : readId(rawParent, 'parent', warnings);
  const shared = own(span, 'shared') === true && kindOf(span, path).kind === 'server';
  return {
    traceId,
    spanId,
    parentSpanId,
    startUs: optMicros(span, 'timestamp', path),
    durationUs: optMicros(span, 'duration', path),
    ...(shared ? { sharedServerHalf: true as const } : {}),
  };
}

function kindOf(span: JsonRecord, path: string): { rawKind: string | undefined; kind: SpanKind } {
  const rawKind = optString(span, 'kind', path);
  const upperKind = rawKind?.toUpperCase();
  return { rawKind, kind: upperKind !== undefined && Object.hasOwn(KINDS, upperKind) ? KINDS[upperKind]! : 'unspecified' };
}

function optMicros(obj: JsonRecord, key: string, path: string): Micros | null {
  const n = optNumber(obj, key, path);
  return n === undefined ? null : micros(n);
}

/**
 * Zipkin tags are a string → string map; other scalars are kept as their text. With an
 * interner, equal tags of a payload share one object.
 */
function decodeTags(value: unknown, path: string, interner: AttributeInterner | undefined): Attribute[] {
  if (value === undefined || value === null) return [];
  const obj = expectRecord(value, path, 'a tags object {key: value}');
  return Object.keys(obj).map((key) => {
    const v = obj[key];
    const text = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' || v === null ? String(v) : undefined;
    if (text !== undefined) return interner ? interner.string(key, text) : { key, value: { type: 'string', value: text } };
    throw new DecodeError(`expected a string tag value, found ${describe(v)}`, join(path, key));
  });
}

/**
 * Zipkin marks errors with an `error` tag of any value, even empty; the value is the message.
 * OpenTelemetry's Zipkin exporters write the status as `otel.status_code` (ERROR/OK) and add
 * `error` only when the status has a message (seen from the JS SDK 2.x against Zipkin 3.6),
 * so `otel.status_code=ERROR` alone is an error too.
 */
function statusOf(tags: readonly Attribute[]): SpanStatus {
  const text = (key: string): string | undefined => {
    const tag = tags.find((t) => t.key === key);
    return tag?.value.type === 'string' ? tag.value.value : undefined;
  };
  const error = text('error');
  const otelCode = text('otel.status_code')?.trim().toUpperCase();
  const message = error || text('otel.status_description') || undefined;
  if (error !== undefined || otelCode === 'ERROR') return message ? { code: 'error', message } : { code: 'error' };
  if (otelCode === 'OK') return { code: 'ok' };
  return { code: 'unset' };
}

interface Endpoint {
  readonly serviceName?: string;
  readonly ip?: string;
  readonly port?: number;
}

function endpoint(
  span: JsonRecord,
  key: 'localEndpoint' | 'remoteEndpoint',
  path: string,
  extras: Record<string, string | number | boolean>,
): Endpoint | undefined {
  const value = own(span, key);
  if (value === undefined || value === null) return undefined;
  const p = join(path, key);
  const ep = expectRecord(value, p, 'an endpoint {serviceName, ipv4, ipv6, port}');
  const serviceName = optString(ep, 'serviceName', p);
  const ipv4 = optString(ep, 'ipv4', p);
  const ipv6 = optString(ep, 'ipv6', p);
  const port = optNumber(ep, 'port', p);
  if (serviceName !== undefined) extras[`${key}.serviceName`] = serviceName;
  if (ipv4 !== undefined) extras[`${key}.ipv4`] = ipv4;
  if (ipv6 !== undefined) extras[`${key}.ipv6`] = ipv6;
  if (port !== undefined) extras[`${key}.port`] = port;
  const ip = ipv4 ?? ipv6;
  return {
    ...(serviceName !== undefined ? { serviceName } : {}),
    ...(ip !== undefined ? { ip } : {}),
    ...(port !== undefined ? { port } : {}),
  };
}

function endpointAttributes(tags: readonly Attribute[], local?: Endpoint, remote?: Endpoint): Attribute[] {
  const out: Attribute[] = [];
  const add = (key: string, value: string | number | undefined) => {
    if (value === undefined || tags.some((t) => t.key === key)) return;
    out.push({ key, value: typeof value === 'number' ? { type: 'int', value } : { type: 'string', value } });
  };
  add('peer.service', remote?.serviceName);
  add('net.peer.ip', remote?.ip);
  add('net.peer.port', remote?.port);
  add('net.host.ip', local?.ip);
  add('net.host.port', local?.port);
  return out;
}

/** An annotation becomes an event; one without a timestamp is drawn at the span start, with a warning. */
function annotation(raw: unknown, path: string, spanStart: Micros | null, warnings: DataWarning[]): SpanEvent {
  const a = expectRecord(raw, path, 'an annotation {timestamp, value}');
  const value = own(a, 'value');
  const name = typeof value === 'string' ? value : isRecord(value) || Array.isArray(value) ? null : String(value ?? '');
  if (name === null) throw new DecodeError(`expected a string, found ${describe(value)}`, join(path, 'value'));
  let timeUs = optNumber(a, 'timestamp', path);
  if (timeUs === undefined) {
    warnings.push({ kind: 'missing-timestamp', message: `${path} has no timestamp; shown at the span start` });
    timeUs = spanStart ?? 0;
  }
  return { timeUs: micros(timeUs), name, attributes: [] };
}
