import { DecodeError } from '../../model/span-input';
import { noneInherited } from '../shared/plain-reads';

/**
 * The fast span decoder (span-fast-path.ts) reads fields as plain properties and builds no
 * error paths. Whenever the input is not the usual shape, or would be an error, it throws
 * UNUSUAL (or a DecodeError with a meaningless path) and the span is decoded again by the
 * general decoder, which gives the exact value or error. So the fast path can only ever be
 * as right as the general one, never differently right.
 */
export const UNUSUAL: unique symbol = Symbol('unusual OTLP input');

/** True for what the fast path throws to hand a span back to the general decoder. */
export function isFallback(error: unknown): boolean {
  return error === UNUSUAL || error instanceof DecodeError;
}

// Every field name the fast path reads as a plain property (see shared/plain-reads.ts).
const FIELDS_READ = [
  'traceId', 'trace_id', 'spanId', 'span_id', 'parentSpanId', 'parent_span_id', 'name', 'kind',
  'startTimeUnixNano', 'start_time_unix_nano', 'endTimeUnixNano', 'end_time_unix_nano',
  'status', 'code', 'message', 'attributes', 'events', 'links', 'timeUnixNano', 'time_unix_nano',
  'key', 'value', 'values', 'stringValue', 'string_value', 'boolValue', 'bool_value',
  'intValue', 'int_value', 'doubleValue', 'double_value', 'bytesValue', 'bytes_value',
  'arrayValue', 'array_value', 'kvlistValue', 'kvlist_value', 'traceState', 'trace_state',
  'flags', 'droppedAttributesCount', 'dropped_attributes_count', 'droppedEventsCount',
  'dropped_events_count', 'droppedLinksCount', 'dropped_links_count',
];

/** False only if some code has put one of those names on Object.prototype: then no fast path. */
export function plainReadsAreOwnReads(): boolean {
  return noneInherited(FIELDS_READ);
}
