import type { AttributeInterner } from '../../model/attribute-interner';
import { micros, type Micros } from '../../lib/units';
import { normalizeParentSpanId } from '../../model/ids';
import { DecodeError, type SpanInput } from '../../model/span-input';
import type {
  Attribute,
  DataWarning,
  InstrumentationScope,
  SpanEvent,
  SpanKind,
  SpanLink,
  SpanStatus,
  StatusCode,
} from '../../model/types';
import { describe, isRecord, join, type JsonRecord } from '../shared/decode-helpers';
import { clip, readId } from '../shared/payload-collector';
import { decodeAttributes } from './any-value';
import { readNanos, nanosBetween } from './nanos';
import { get, pick, pathOf } from './otlp-fields';

/** What the enclosing ResourceSpans / ScopeSpans say about every span inside them. */
export interface SpanContext {
  readonly service: string;
  readonly resource: readonly Attribute[];
  readonly scope: InstrumentationScope | null;
  readonly extras: Readonly<Record<string, string | number | boolean>>;
  /** Shared by the spans of one payload: equal attributes become one object. */
  readonly interner?: AttributeInterner;
}

const KINDS: readonly SpanKind[] = ['unspecified', 'internal', 'server', 'client', 'producer', 'consumer'];
const CODES: readonly StatusCode[] = ['unset', 'ok', 'error'];

/** One OTLP span → SpanInput. Bad ids become 'invalid-id' warnings; bad structure throws. */
export function decodeOtlpSpan(raw: unknown, path: string, context: SpanContext): SpanInput {
  if (!isRecord(raw)) throw new DecodeError(`expected a span object, found ${describe(raw)}`, path);
  const warnings: DataWarning[] = [];
  const traceId = readId(idText(raw, 'traceId', path), 'trace', warnings);
  const spanId = readId(idText(raw, 'spanId', path), 'span', warnings);
  const parentSpanId = parentOf(raw, path, warnings);

  const startRaw = get(raw, 'startTimeUnixNano');
  const endRaw = get(raw, 'endTimeUnixNano');
  const startUs = readNanos(startRaw, pathOf(path, raw, 'startTimeUnixNano'));
  const endUs = readNanos(endRaw, pathOf(path, raw, 'endTimeUnixNano'));

  const name = get(raw, 'name');
  if (name !== undefined && name !== null && typeof name !== 'string') {
    throw new DecodeError(`expected the span name as a string, found ${describe(name)}`, join(path, 'name'));
  }
  return {
    traceId,
    spanId,
    parentSpanId,
    name: name ?? '',
    service: context.service,
    kind: kindOf(get(raw, 'kind'), join(path, 'kind')),
    startUs,
    durationUs: nanosBetween(startRaw, endRaw, startUs, endUs),
    status: statusOf(get(raw, 'status'), join(path, 'status')),
    attributes: decodeAttributes(get(raw, 'attributes'), join(path, 'attributes')),
    resource: context.resource,
    scope: context.scope,
    events: eventsOf(raw, path, startUs),
    links: linksOf(raw, path, warnings),
    warnings,
    extras: extrasOf(raw, context.extras),
  };
}

function idText(raw: JsonRecord, field: string, path: string): string {
  const { value, key } = pick(raw, field);
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new DecodeError(`expected the id as a string, found ${describe(value)}`, join(path, key));
  return value;
}

function parentOf(raw: JsonRecord, path: string, warnings: DataWarning[]): string | null {
  const { value, key } = pick(raw, 'parentSpanId');
  if (value !== undefined && value !== null && typeof value !== 'string') {
    throw new DecodeError(`expected the id as a string, found ${describe(value)}`, join(path, key));
  }
  const parent = normalizeParentSpanId(value);
  if (parent.ok) return parent.id;
  const text = (value as string).trim().toLowerCase();
  warnings.push({ kind: 'invalid-id', message: `parent span id "${clip(text)}" is neither hex nor base64` });
  return text;
}

export function kindOf(raw: unknown, path: string): SpanKind {
  if (raw === undefined || raw === null) return 'unspecified';
  if (typeof raw === 'number') return KINDS[raw] ?? 'unspecified';
  if (typeof raw === 'string') {
    const name = raw.trim().toLowerCase().replace(/^span_kind_/, '');
    if (/^\d+$/.test(name)) return KINDS[Number(name)] ?? 'unspecified';
    return KINDS.find((k) => k === name) ?? 'unspecified';
  }
  throw new DecodeError(`expected the span kind as a number or a name, found ${describe(raw)}`, path);
}

export function statusOf(raw: unknown, path: string): SpanStatus {
  if (raw === undefined || raw === null) return { code: 'unset' };
  if (!isRecord(raw)) throw new DecodeError(`expected a status object, found ${describe(raw)}`, path);
  const codeRaw = get(raw, 'code');
  let code: StatusCode = 'unset';
  if (typeof codeRaw === 'number') code = CODES[codeRaw] ?? 'unset';
  else if (typeof codeRaw === 'string') {
    const name = codeRaw.trim().toLowerCase().replace(/^status_code_/, '');
    code = /^\d+$/.test(name) ? (CODES[Number(name)] ?? 'unset') : (CODES.find((c) => c === name) ?? 'unset');
  } else if (codeRaw !== undefined && codeRaw !== null) {
    throw new DecodeError(`expected the status code as a number or a name, found ${describe(codeRaw)}`, join(path, 'code'));
  }
  const message = get(raw, 'message');
  if (message !== undefined && message !== null && typeof message !== 'string') {
    throw new DecodeError(`expected the status message as a string, found ${describe(message)}`, join(path, 'message'));
  }
  return message ? { code, message } : { code };
}

function listAt(raw: JsonRecord, field: string, path: string): { list: readonly unknown[]; at: string } {
  const { value, key } = pick(raw, field);
  const at = join(path, key);
  if (value === undefined || value === null) return { list: [], at };
  if (!Array.isArray(value)) throw new DecodeError(`expected a list, found ${describe(value)}`, at);
  return { list: value, at };
}

function eventsOf(raw: JsonRecord, path: string, spanStart: Micros | null): SpanEvent[] {
  const { list, at } = listAt(raw, 'events', path);
  return list.map((e, i) => {
    const eventPath = join(at, i);
    if (!isRecord(e)) throw new DecodeError(`expected an event object, found ${describe(e)}`, eventPath);
    const name = get(e, 'name');
    if (name !== undefined && name !== null && typeof name !== 'string') {
      throw new DecodeError(`expected the event name as a string, found ${describe(name)}`, join(eventPath, 'name'));
    }
    // An event without a time is drawn at its span's start (the proto's zero value).
    const time = readNanos(get(e, 'timeUnixNano'), pathOf(eventPath, e, 'timeUnixNano'));
    return {
      timeUs: time ?? spanStart ?? micros(0),
      name: name ?? '',
      attributes: decodeAttributes(get(e, 'attributes'), join(eventPath, 'attributes')),
    };
  });
}

function linksOf(raw: JsonRecord, path: string, warnings: DataWarning[]): SpanLink[] {
  const { list, at } = listAt(raw, 'links', path);
  return list.map((l, i) => {
    const linkPath = join(at, i);
    if (!isRecord(l)) throw new DecodeError(`expected a link object, found ${describe(l)}`, linkPath);
    const linkWarnings: DataWarning[] = [];
    const link: SpanLink = {
      traceId: readId(idText(l, 'traceId', linkPath), 'trace', linkWarnings),
      spanId: readId(idText(l, 'spanId', linkPath), 'span', linkWarnings),
      kind: 'link',
      attributes: decodeAttributes(get(l, 'attributes'), join(linkPath, 'attributes')),
    };
    for (const w of linkWarnings) warnings.push({ kind: w.kind, message: `link ${i + 1}: ${w.message}` });
    return link;
  });
}

const EXTRA_FIELDS = ['traceState', 'flags', 'droppedAttributesCount', 'droppedEventsCount', 'droppedLinksCount'];

/**
 * Wire details kept for the detail panel; zero counts and empty strings are left out. Spans
 * without any share their scope's object (most spans, and there may be 100k of them).
 */
function extrasOf(
  raw: JsonRecord,
  inherited: Readonly<Record<string, string | number | boolean>>,
): Readonly<Record<string, string | number | boolean>> {
  let extras: Record<string, string | number | boolean> | undefined;
  for (const field of EXTRA_FIELDS) {
    const v = get(raw, field);
    if ((typeof v === 'string' && v !== '' && v !== '0') || (typeof v === 'number' && v !== 0 && Number.isFinite(v))) {
      extras ??= { ...inherited };
      extras[field] = v;
    }
  }
  return extras ?? inherited;
}
