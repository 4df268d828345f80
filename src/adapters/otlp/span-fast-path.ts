import { micros, type Micros } from '../../lib/units';
import { normalizeParentSpanId } from '../../model/ids';
import type { SpanInput } from '../../model/span-input';
import type { DataWarning, SpanEvent, SpanLink, SpanStatus, StatusCode } from '../../model/types';
import { clip, readId } from '../shared/payload-collector';
import { isPlainArray, isPlainRecord } from '../shared/plain-reads';
import { attributesFast } from './attributes-fast-path';
import { kindOf, statusOf, type SpanContext } from './decode-span';
import { isFallback, UNUSUAL } from './fast-path-guard';
import { nanosBetween, readNanos } from './nanos';

// decode-span.ts's decodeOtlpSpan, step for step, for spans of the usual shape: plain
// property reads instead of `pick`, and no error paths built (a 100k-span trace paid for
// ~20 path strings and ~30 small objects per span that only an error would have used).
// camelCase/snake_case pairs are read as `get` reads them: snake_case only when the
// camelCase field is absent (undefined), not when it is null. Where decodeOtlpSpan would
// throw, this throws too (UNUSUAL, or the general helpers' DecodeError with an empty path)
// and the caller decodes the span again with decodeOtlpSpan, which says exactly where the
// problem is. span-fast-path.property.test.ts holds the two equal.

/**
 * decodeOtlpSpan(raw, path, context), or undefined when only the general decoder will do.
 * `place`: spanPlaceFast(raw), when a preview has read it already.
 */
export function decodeOtlpSpanFast(raw: unknown, context: SpanContext, place?: SpanPlace): SpanInput | undefined {
  try {
    return spanFast(raw, context, place);
  } catch (error) {
    if (isFallback(error)) return undefined;
    throw error;
  }
}

const CODES: readonly StatusCode[] = ['unset', 'ok', 'error'];

// Most spans have no warnings, events or links and a status without a message: those share
// one frozen value each instead of 4 fresh objects per span (400k for a 100k-span trace,
// most of them garbage within a second).
const NO_WARNINGS: readonly DataWarning[] = Object.freeze([]);
const NO_EVENTS: readonly SpanEvent[] = Object.freeze([]);
const NO_LINKS: readonly SpanLink[] = Object.freeze([]);
const PLAIN_STATUS: Readonly<Record<StatusCode, SpanStatus>> = Object.freeze({
  unset: Object.freeze({ code: 'unset' }),
  ok: Object.freeze({ code: 'ok' }),
  error: Object.freeze({ code: 'error' }),
});
/** Filled while one span is read; copied out only when something was added. */
const scratchWarnings: DataWarning[] = [];

/** A span's ids and times, as decodeOtlpSpan reads them: what its place in the tree depends on. */
export interface SpanPlace {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId: string | null;
  readonly startUs: Micros | null;
  readonly durationUs: Micros | null;
}

/**
 * The ids and times of a span of the usual shape whose ids are all valid, without decoding
 * the rest of it; undefined otherwise (then only a full decode says what it holds).
 */
export function spanPlaceFast(raw: unknown): SpanPlace | undefined {
  try {
    if (!isPlainRecord(raw)) return undefined;
    scratchWarnings.length = 0;
    const place = placeOf(raw, scratchWarnings);
    return scratchWarnings.length === 0 ? place : undefined;
  } catch (error) {
    if (isFallback(error)) return undefined;
    throw error;
  }
}

function placeOf(raw: Record<string, unknown>, warnings: DataWarning[]): SpanPlace {
  const startRaw = raw.startTimeUnixNano !== undefined ? raw.startTimeUnixNano : raw.start_time_unix_nano;
  const endRaw = raw.endTimeUnixNano !== undefined ? raw.endTimeUnixNano : raw.end_time_unix_nano;
  const startUs = readNanos(startRaw, '');
  const endUs = readNanos(endRaw, '');
  return {
    traceId: readId(idText(raw.traceId !== undefined ? raw.traceId : raw.trace_id), 'trace', warnings),
    spanId: readId(idText(raw.spanId !== undefined ? raw.spanId : raw.span_id), 'span', warnings),
    parentSpanId: parentOf(raw.parentSpanId !== undefined ? raw.parentSpanId : raw.parent_span_id, warnings),
    startUs,
    durationUs: nanosBetween(startRaw, endRaw, startUs, endUs),
  };
}

function spanFast(raw: unknown, context: SpanContext, place: SpanPlace | undefined): SpanInput {
  if (!isPlainRecord(raw)) throw UNUSUAL;
  const warnings = scratchWarnings;
  warnings.length = 0;
  // A place from spanPlaceFast came with no warnings: the same as reading it again here.
  const { traceId, spanId, parentSpanId, startUs, durationUs } = place ?? placeOf(raw, warnings);

  const name = raw.name;
  if (name !== undefined && name !== null && typeof name !== 'string') throw UNUSUAL;
  return {
    traceId,
    spanId,
    parentSpanId,
    name: name ?? '',
    service: context.service,
    kind: kindOf(raw.kind, ''),
    startUs,
    durationUs,
    status: statusFast(raw.status),
    attributes: attributesFast(raw.attributes, 0, context.interner),
    resource: context.resource,
    scope: context.scope,
    events: eventsFast(raw.events, startUs),
    links: linksFast(raw.links, warnings),
    warnings: warnings.length === 0 ? NO_WARNINGS : warnings.slice(),
    extras: extrasFast(raw, context.extras),
  };
}

function idText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw UNUSUAL;
  return value;
}

function parentOf(value: unknown, warnings: DataWarning[]): string | null {
  if (value !== undefined && value !== null && typeof value !== 'string') throw UNUSUAL;
  const parent = normalizeParentSpanId(value);
  if (parent.ok) return parent.id;
  const text = (value as string).trim().toLowerCase();
  warnings.push({ kind: 'invalid-id', message: `parent span id "${clip(text)}" is neither hex nor base64` });
  return text;
}

/** statusOf for `{}` and numeric codes; names go to statusOf itself. */
function statusFast(raw: unknown): SpanStatus {
  if (raw === undefined || raw === null) return PLAIN_STATUS.unset;
  if (!isPlainRecord(raw)) throw UNUSUAL;
  const codeRaw = raw.code;
  let code: StatusCode = 'unset';
  if (typeof codeRaw === 'number') code = CODES[codeRaw] ?? 'unset';
  else if (codeRaw !== undefined && codeRaw !== null) return statusOf(raw, '');
  const message = raw.message;
  if (message !== undefined && message !== null && typeof message !== 'string') throw UNUSUAL;
  return message ? { code, message } : PLAIN_STATUS[code];
}

function eventsFast(value: unknown, spanStart: Micros | null): readonly SpanEvent[] {
  if (value === undefined || value === null) return NO_EVENTS;
  if (!isPlainArray(value)) throw UNUSUAL;
  if (value.length === 0) return NO_EVENTS;
  const out = new Array<SpanEvent>(value.length);
  for (let i = 0; i < value.length; i++) {
    // A hole would be skipped by the general decoder's `map`: leave that to it.
    if (!(i in value)) throw UNUSUAL;
    const e: unknown = value[i];
    if (!isPlainRecord(e)) throw UNUSUAL;
    const name = e.name;
    if (name !== undefined && name !== null && typeof name !== 'string') throw UNUSUAL;
    const time = readNanos(e.timeUnixNano !== undefined ? e.timeUnixNano : e.time_unix_nano, '');
    out[i] = { timeUs: time ?? spanStart ?? micros(0), name: name ?? '', attributes: attributesFast(e.attributes, 0) };
  }
  return out;
}

function linksFast(value: unknown, warnings: DataWarning[]): readonly SpanLink[] {
  if (value === undefined || value === null) return NO_LINKS;
  if (!isPlainArray(value)) throw UNUSUAL;
  if (value.length === 0) return NO_LINKS;
  const out = new Array<SpanLink>(value.length);
  for (let i = 0; i < value.length; i++) {
    if (!(i in value)) throw UNUSUAL;
    const l: unknown = value[i];
    if (!isPlainRecord(l)) throw UNUSUAL;
    const linkWarnings: DataWarning[] = [];
    out[i] = {
      traceId: readId(idText(l.traceId !== undefined ? l.traceId : l.trace_id), 'trace', linkWarnings),
      spanId: readId(idText(l.spanId !== undefined ? l.spanId : l.span_id), 'span', linkWarnings),
      kind: 'link',
      attributes: attributesFast(l.attributes, 0),
    };
    for (const w of linkWarnings) warnings.push({ kind: w.kind, message: `link ${i + 1}: ${w.message}` });
  }
  return out;
}

type Extras = Readonly<Record<string, string | number | boolean>>;

/** extrasOf: the same fields in the same order, each read as `get` reads it. */
function extrasFast(raw: Record<string, unknown>, inherited: Extras): Extras {
  const traceState = raw.traceState !== undefined ? raw.traceState : raw.trace_state;
  const flags = raw.flags;
  const droppedAttributes = raw.droppedAttributesCount !== undefined ? raw.droppedAttributesCount : raw.dropped_attributes_count;
  const droppedEvents = raw.droppedEventsCount !== undefined ? raw.droppedEventsCount : raw.dropped_events_count;
  const droppedLinks = raw.droppedLinksCount !== undefined ? raw.droppedLinksCount : raw.dropped_links_count;
  if (!isExtra(traceState) && !isExtra(flags) && !isExtra(droppedAttributes) && !isExtra(droppedEvents) && !isExtra(droppedLinks)) {
    return inherited;
  }
  const extras: Record<string, string | number | boolean> = { ...inherited };
  if (isExtra(traceState)) extras.traceState = traceState;
  if (isExtra(flags)) extras.flags = flags;
  if (isExtra(droppedAttributes)) extras.droppedAttributesCount = droppedAttributes;
  if (isExtra(droppedEvents)) extras.droppedEventsCount = droppedEvents;
  if (isExtra(droppedLinks)) extras.droppedLinksCount = droppedLinks;
  return extras;
}

function isExtra(v: unknown): v is string | number {
  return (typeof v === 'string' && v !== '' && v !== '0') || (typeof v === 'number' && v !== 0 && Number.isFinite(v));
}
