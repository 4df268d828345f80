import type { AttributeInterner } from '../../model/attribute-interner';
import { micros, type Micros } from '../../lib/units';
import { DecodeError, type SpanInput } from '../../model/span-input';
import type { Attribute, DataWarning, SpanEvent, SpanLink } from '../../model/types';
import {
  expectRecord,
  isRecord,
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
import { readId } from '../shared/payload-collector';
import { decodeTags, kindFromTags, scopeFromTags, statusFromTags } from './decode-tags';

export interface JaegerProcess {
  readonly serviceName: string;
  readonly tags: readonly Attribute[];
}

/** `processes: {p1: {serviceName, tags}}` of a UI-model trace. */
export function decodeProcesses(value: unknown, path: string): Map<string, JaegerProcess> {
  const out = new Map<string, JaegerProcess>();
  if (value === undefined || value === null) return out;
  const obj = expectRecord(value, path, 'a processes map');
  for (const id of Object.keys(obj)) out.set(id, decodeProcess(obj[id], join(path, id)));
  return out;
}

export function decodeProcess(value: unknown, path: string): JaegerProcess {
  const obj = expectRecord(value, path, 'a process {serviceName, tags}');
  return {
    serviceName: optString(obj, 'serviceName', path) || UNKNOWN_SERVICE,
    tags: decodeTags(optArray(obj, 'tags', path), join(path, 'tags')),
  };
}

interface Reference {
  readonly refType: string;
  readonly traceId: string;
  readonly spanId: string;
}

/** A span's ids and times: what places it in the tree (see model/trace-layout.ts). */
export interface JaegerPlace {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string | null;
  readonly startUs: Micros | null;
  readonly durationUs: Micros | null;
}

/**
 * A UI-model span's place, as decodeUiSpan reads it, or undefined where decodeUiSpan would
 * warn about it or throw (an invalid id, a field of the wrong type): then only the full
 * decode says what it holds.
 */
export function uiSpanPlace(raw: unknown, fallbackTraceId: string | undefined): JaegerPlace | undefined {
  try {
    const warnings: DataWarning[] = [];
    const { place } = readPlace(expectRecord(raw, '', 'a Jaeger span'), '', fallbackTraceId, warnings);
    return warnings.length === 0 ? place : undefined;
  } catch (e) {
    if (e instanceof DecodeError) return undefined;
    throw e;
  }
}

/**
 * decodeUiSpan's first step. The parent is the first CHILD_OF reference within the same
 * trace, else the first FOLLOWS_FROM one (Jaeger UI's choice); every other reference is
 * kept as a link so nothing the data says is lost.
 */
function readPlace(
  span: JsonRecord,
  path: string,
  fallbackTraceId: string | undefined,
  warnings: DataWarning[],
): { readonly place: JaegerPlace; readonly links: SpanLink[] } {
  const rawTraceId = optString(span, 'traceID', path) ?? fallbackTraceId;
  const traceId = readId(rawTraceId ?? reqString(span, 'traceID', path), 'trace', warnings);
  const spanId = readId(reqString(span, 'spanID', path), 'span', warnings);
  // A reference's path is built only when there is an error to report in it.
  const references = optArray(span, 'references', path).map((r, i) =>
    decodeReference(r, isReadableReference(r) ? '' : join(join(path, 'references'), i), traceId, warnings),
  );
  const parent =
    references.find((r) => r.refType === 'CHILD_OF' && r.traceId === traceId) ??
    references.find((r) => r.refType === 'FOLLOWS_FROM' && r.traceId === traceId);
  const links: SpanLink[] = references
    .filter((r) => r !== parent)
    .map((r) => ({ traceId: r.traceId, spanId: r.spanId, kind: r.refType === 'FOLLOWS_FROM' ? 'follows_from' : 'child_of', attributes: [] }));
  const place = {
    traceId,
    spanId,
    parentSpanId: parent ? parent.spanId : null,
    startUs: optMicros(span, 'startTime', path),
    durationUs: optMicros(span, 'duration', path),
  };
  return { place, links };
}

/** One Jaeger UI-model span (its place: readPlace). */
export function decodeUiSpan(
  raw: unknown,
  path: string,
  processes: ReadonlyMap<string, JaegerProcess>,
  fallbackTraceId: string | undefined,
  interner?: AttributeInterner,
): SpanInput {
  const span = expectRecord(raw, path, 'a Jaeger span');
  const warnings: DataWarning[] = [];
  const { place, links } = readPlace(span, path, fallbackTraceId, warnings);

  const tags = decodeTags(optArray(span, 'tags', path), join(path, 'tags'), interner);
  const process = spanProcess(span, path, processes, warnings);
  for (const w of optArray(span, 'warnings', path)) warnings.push({ kind: 'source-warning', message: textOf(w) });

  const extras: Record<string, string | number | boolean> = {};
  const flags = optNumber(span, 'flags', path);
  if (flags !== undefined) extras.flags = flags;
  const processId = optString(span, 'processID', path);
  if (processId !== undefined) extras.processID = processId;

  return {
    ...place,
    name: optString(span, 'operationName', path) ?? '',
    service: process.serviceName,
    kind: kindFromTags(tags),
    status: statusFromTags(tags),
    attributes: tags,
    resource: process.tags,
    scope: scopeFromTags(tags),
    events: optArray(span, 'logs', path).map((l, i) => decodeLog(l, join(join(path, 'logs'), i), place.startUs, warnings)),
    links,
    warnings,
    extras,
  };
}

function optMicros(obj: JsonRecord, key: string, path: string): Micros | null {
  const n = optNumber(obj, key, path);
  return n === undefined ? null : micros(n);
}

function decodeReference(raw: unknown, path: string, spanTraceId: string, warnings: DataWarning[]): Reference {
  const ref = expectRecord(raw, path, 'a reference {refType, traceID, spanID}');
  const refType = (optString(ref, 'refType', path) ?? 'CHILD_OF').toUpperCase();
  const rawTrace = optString(ref, 'traceID', path);
  return {
    refType,
    traceId: rawTrace === undefined ? spanTraceId : readId(rawTrace, 'trace', warnings),
    spanId: readId(reqString(ref, 'spanID', path), 'parent', warnings),
  };
}

/** When decodeReference does not throw (and so needs no path). */
function isReadableReference(raw: unknown): boolean {
  if (!isRecord(raw)) return false;
  const refType = own(raw, 'refType');
  const traceId = own(raw, 'traceID');
  return (
    (refType === undefined || refType === null || typeof refType === 'string') &&
    (traceId === undefined || traceId === null || typeof traceId === 'string') &&
    typeof own(raw, 'spanID') === 'string'
  );
}

function spanProcess(
  span: JsonRecord,
  path: string,
  processes: ReadonlyMap<string, JaegerProcess>,
  warnings: DataWarning[],
): JaegerProcess {
  const inline = own(span, 'process');
  if (isRecord(inline)) return decodeProcess(inline, join(path, 'process'));
  const id = optString(span, 'processID', path);
  if (id === undefined) return { serviceName: UNKNOWN_SERVICE, tags: [] };
  const found = processes.get(id);
  if (found) return found;
  warnings.push({ kind: 'source-warning', message: `process "${id}" is not listed in the trace's processes` });
  return { serviceName: UNKNOWN_SERVICE, tags: [] };
}

/** A log becomes an event named by its `event` field (OTel events) or else its `message`. */
function decodeLog(raw: unknown, path: string, spanStart: Micros | null, warnings: DataWarning[]): SpanEvent {
  const log = expectRecord(raw, path, 'a log {timestamp, fields}');
  const fields = decodeTags(optArray(log, 'fields', path), join(path, 'fields'));
  const nameField = fields.find((f) => f.key === 'event') ?? fields.find((f) => f.key === 'message');
  let timeUs = optNumber(log, 'timestamp', path);
  if (timeUs === undefined) {
    warnings.push({ kind: 'missing-timestamp', message: `${path} has no timestamp; shown at the span start` });
    timeUs = spanStart ?? 0;
  }
  return {
    timeUs: micros(timeUs),
    name: nameField ? String(nameField.value.value) : 'log',
    attributes: nameField ? fields.filter((f) => f !== nameField) : fields,
  };
}
