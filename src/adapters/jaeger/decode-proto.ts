import { micros, type Micros } from '../../lib/units';
import { DecodeError, type SpanInput } from '../../model/span-input';
import type { Attribute, DataWarning, SpanEvent, SpanLink } from '../../model/types';
import {
  describe,
  expectRecord,
  join,
  optArray,
  optNumber,
  optString,
  own,
  reqString,
  textOf,
  UNKNOWN_SERVICE,
  type JsonRecord,
} from '../shared/decode-helpers';
import { readId, type PayloadCollector } from '../shared/payload-collector';
import { kindFromTags, scopeFromTags, statusFromTags, tagValue } from './decode-tags';
import { durationToMicros, rfc3339ToMicros } from './proto-time';

/**
 * Jaeger api_v2 `model.proto` spans as protobuf JSON (`{spans, processMap?, warnings?}`,
 * gRPC query service / storage model): base64 or hex ids, RFC 3339 times, durations as
 * strings, tags `{key, vType, vStr|vBool|vInt64|vFloat64|vBinary}`.
 */
export function isJaegerProtoSpan(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || !('spanId' in value)) return false;
  return 'operationName' in value || 'process' in value || 'references' in value;
}

export function decodeProtoBatch(body: JsonRecord, path: string, out: PayloadCollector): void {
  const processMap = new Map<string, Attribute[]>();
  const services = new Map<string, string>();
  optArray(body, 'processMap', path).forEach((raw, i) => {
    const p = join(join(path, 'processMap'), i);
    const entry = expectRecord(raw, p);
    const id = optString(entry, 'processId', p) ?? optString(entry, 'process_id', p) ?? '';
    const proc = expectRecord(own(entry, 'process') ?? {}, join(p, 'process'));
    services.set(id, optString(proc, 'serviceName', p) || UNKNOWN_SERVICE);
    processMap.set(id, decodeProtoTags(optArray(proc, 'tags', p), join(p, 'tags')));
  });
  const traceIds = new Set<string>();
  optArray(body, 'spans', path).forEach((raw, i) => {
    const span = decodeProtoSpan(raw, join(join(path, 'spans'), i), services, processMap);
    traceIds.add(span.traceId);
    out.addSpan(span);
  });
  for (const w of optArray(body, 'warnings', path)) {
    for (const traceId of traceIds) out.addTraceWarning(traceId, { kind: 'source-warning', message: textOf(w) });
  }
}

function decodeProtoSpan(
  raw: unknown,
  path: string,
  services: ReadonlyMap<string, string>,
  processMap: ReadonlyMap<string, Attribute[]>,
): SpanInput {
  const span = expectRecord(raw, path, 'a Jaeger span');
  const warnings: DataWarning[] = [];
  const traceId = readId(reqString(span, 'traceId', path), 'trace', warnings);
  const spanId = readId(reqString(span, 'spanId', path), 'span', warnings);

  const refs = optArray(span, 'references', path).map((r, i) => {
    const p = join(join(path, 'references'), i);
    const ref = expectRecord(r, p);
    // Enum zero (CHILD_OF) is omitted by protobuf JSON.
    const type = own(ref, 'refType');
    const follows = type === 'FOLLOWS_FROM' || type === 1;
    const refTrace = optString(ref, 'traceId', p);
    return {
      follows,
      traceId: refTrace === undefined ? traceId : readId(refTrace, 'trace', warnings),
      spanId: readId(reqString(ref, 'spanId', p), 'parent', warnings),
    };
  });
  const parent = refs.find((r) => !r.follows && r.traceId === traceId) ?? refs.find((r) => r.follows && r.traceId === traceId);
  const links: SpanLink[] = refs
    .filter((r) => r !== parent)
    .map((r) => ({ traceId: r.traceId, spanId: r.spanId, kind: r.follows ? 'follows_from' : 'child_of', attributes: [] }));

  const tags = decodeProtoTags(optArray(span, 'tags', path), join(path, 'tags'));
  const inline = own(span, 'process');
  const processId = optString(span, 'processId', path) ?? '';
  let service = services.get(processId) ?? UNKNOWN_SERVICE;
  let resource = processMap.get(processId) ?? [];
  if (inline !== undefined && inline !== null) {
    const proc = expectRecord(inline, join(path, 'process'));
    service = optString(proc, 'serviceName', join(path, 'process')) || UNKNOWN_SERVICE;
    resource = decodeProtoTags(optArray(proc, 'tags', join(path, 'process')), join(path, 'process.tags'));
  }
  for (const w of optArray(span, 'warnings', path)) warnings.push({ kind: 'source-warning', message: textOf(w) });
  const startUs = protoTime(own(span, 'startTime'), join(path, 'startTime'));
  const extras: Record<string, string | number | boolean> = {};
  const flags = optNumber(span, 'flags', path);
  if (flags !== undefined) extras.flags = flags;

  return {
    traceId,
    spanId,
    parentSpanId: parent ? parent.spanId : null,
    name: optString(span, 'operationName', path) ?? '',
    service,
    kind: kindFromTags(tags),
    startUs,
    durationUs: protoDuration(own(span, 'duration'), join(path, 'duration')),
    status: statusFromTags(tags),
    attributes: tags,
    resource,
    scope: scopeFromTags(tags),
    events: optArray(span, 'logs', path).map((l, i) => decodeProtoLog(l, join(join(path, 'logs'), i), startUs, warnings)),
    links,
    warnings,
    extras,
  };
}

function protoTime(value: unknown, path: string): Micros | null {
  if (value === undefined || value === null) return null;
  const us = typeof value === 'string' ? rfc3339ToMicros(value) : null;
  if (us === null) throw new DecodeError(`expected an RFC 3339 time, found ${describe(value)}`, path);
  return us;
}

function protoDuration(value: unknown, path: string): Micros | null {
  if (value === undefined || value === null) return null;
  const us = typeof value === 'string' ? durationToMicros(value) : null;
  if (us === null) throw new DecodeError(`expected a duration such as "5000ns" or "0.005s", found ${describe(value)}`, path);
  return us;
}

const V_FIELDS: Readonly<Record<string, [string, string]>> = {
  STRING: ['vStr', 'string'],
  BOOL: ['vBool', 'bool'],
  INT64: ['vInt64', 'int64'],
  FLOAT64: ['vFloat64', 'float64'],
  BINARY: ['vBinary', 'binary'],
};
const V_TYPE_BY_NUMBER = ['STRING', 'BOOL', 'INT64', 'FLOAT64', 'BINARY'];

function decodeProtoTags(list: readonly unknown[], path: string): Attribute[] {
  return list.map((raw, i) => {
    const p = join(path, i);
    const tag = expectRecord(raw, p, 'a tag {key, vType, v...}');
    const key = reqString(tag, 'key', p);
    const rawType = own(tag, 'vType');
    const typeName = typeof rawType === 'number' ? V_TYPE_BY_NUMBER[rawType] : typeof rawType === 'string' ? rawType.toUpperCase() : 'STRING';
    const spec = typeName !== undefined && Object.hasOwn(V_FIELDS, typeName) ? V_FIELDS[typeName] : undefined;
    if (!spec) throw new DecodeError(`unknown tag vType ${describe(rawType)}`, join(p, 'vType'));
    const [field, type] = spec;
    // Protobuf JSON omits zero values: a BOOL tag without vBool is false, and so on.
    const value = own(tag, field) ?? (type === 'string' || type === 'binary' ? '' : type === 'bool' ? false : 0);
    return { key, value: tagValue(type, value, join(p, field)) };
  });
}

function decodeProtoLog(raw: unknown, path: string, spanStart: Micros | null, warnings: DataWarning[]): SpanEvent {
  const log = expectRecord(raw, path, 'a log {timestamp, fields}');
  const fields = decodeProtoTags(optArray(log, 'fields', path), join(path, 'fields'));
  const nameField = fields.find((f) => f.key === 'event') ?? fields.find((f) => f.key === 'message');
  let timeUs = protoTime(own(log, 'timestamp'), join(path, 'timestamp'));
  if (timeUs === null) {
    warnings.push({ kind: 'missing-timestamp', message: `${path} has no timestamp; shown at the span start` });
    timeUs = spanStart ?? micros(0);
  }
  return {
    timeUs,
    name: nameField ? String(nameField.value.value) : 'log',
    attributes: nameField ? fields.filter((f) => f !== nameField) : fields,
  };
}
