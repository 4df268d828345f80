// The search form → one TraceQL spanset filter, e.g.
//   {resource.service.name="api" && name="GET /users" && (.http.status_code=500 || .http.status_code="500")}
// Pure; no I/O. Choices (see the tests for every case):
// - Attributes typed by people are unscoped (`.key`) so resource and span attributes both
//   match, as in Jaeger; keys already naming a scope (`span.x`, `resource.x`, ...) or an
//   intrinsic (`name`, `status`, ...) are kept as they are.
// - TraceQL compares typed values: a string attribute "500" never equals the number 500.
//   Form values carry no type, so a value that looks like an integer, a float or a boolean
//   matches either type: `(.k=500 || .k="500")`. Anything else is a quoted string.
// - A bare key (`key` with an empty value) asks for existence: `.key != nil`.
// - Durations filter the trace duration (`traceDuration>=1s`), what the result list shows,
//   in µs-exact units rather than the ms-resolution minDuration/maxDuration parameters.
// - All conditions sit in one `{...}`: one span must match them all, as in Jaeger.
import type { Micros } from '../../lib/units';
import type { SearchQuery } from '../../model/search-types';
import { goDuration } from '../shared/time-format';

const SCOPES = ['resource', 'span', 'event', 'link', 'instrumentation', 'trace'];
const STRING_INTRINSICS = new Set(['name', 'statusMessage', 'rootName', 'rootServiceName', 'span:name', 'span:statusMessage', 'trace:rootName', 'trace:rootService', 'event:name', 'instrumentation:name', 'instrumentation:version']);
const STATUSES = ['error', 'ok', 'unset'];
const KINDS = ['unspecified', 'internal', 'server', 'client', 'producer', 'consumer'];
// A Map, not an object literal: keys come from users (`toString=x` must not hit the prototype).
const ENUM_INTRINSICS: ReadonlyMap<string, readonly string[]> = new Map([
  ['status', STATUSES],
  ['span:status', STATUSES],
  ['kind', KINDS],
  ['span:kind', KINDS],
]);
const DURATION_INTRINSICS = new Set(['duration', 'traceDuration', 'span:duration', 'trace:duration']);

/** A TraceQL string literal: double quotes, Go escapes. */
export function quoteString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out + '"';
}

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/** `name` as an attribute path after a scope or a dot, quoted when it has other characters. */
const attributeName = (name: string): string => (PLAIN_NAME.test(name) ? name : quoteString(name));

/** The TraceQL identifier for a key typed in the form. */
export function attributeIdentifier(key: string): string {
  const k = key.trim();
  if (STRING_INTRINSICS.has(k) || ENUM_INTRINSICS.has(k) || DURATION_INTRINSICS.has(k)) return k;
  const dot = k.indexOf('.');
  if (dot > 0 && SCOPES.includes(k.slice(0, dot)) && dot < k.length - 1) {
    return `${k.slice(0, dot)}.${attributeName(k.slice(dot + 1))}`;
  }
  if (k.startsWith('.') && k.length > 1) return `.${attributeName(k.slice(1))}`;
  return `.${attributeName(k)}`;
}

const INTEGER = /^-?\d{1,15}$/;
const FLOAT = /^-?\d+\.\d+$/;
const DURATION_LITERAL = /^\d+(\.\d+)?(ns|us|µs|ms|s|m|h)$/;

/** One `key=value` condition. */
export function compileCondition(key: string, value: string): string {
  const id = attributeIdentifier(key);
  const v = value.trim();
  if (v === '') return `${id} != nil`;
  if (STRING_INTRINSICS.has(id)) return `${id}=${quoteString(value)}`;
  const enumValues = ENUM_INTRINSICS.get(id);
  if (enumValues) return enumValues.includes(v) ? `${id}=${v}` : `${id}=${quoteString(value)}`;
  if (DURATION_INTRINSICS.has(id)) return DURATION_LITERAL.test(v) ? `${id}=${v}` : `${id}=${quoteString(value)}`;
  if (INTEGER.test(v) || FLOAT.test(v) || v === 'true' || v === 'false') {
    return `(${id}=${v} || ${id}=${quoteString(v)})`;
  }
  return `${id}=${quoteString(value)}`;
}

const positive = (us: Micros | undefined): Micros | undefined => (us !== undefined && us > 0 ? us : undefined);

/** The whole form as one TraceQL query; `{}` matches every trace. A raw query wins. */
export function compileTraceQL(query: SearchQuery): string {
  if (query.raw !== undefined && query.raw.trim() !== '') return query.raw.trim();
  const parts: string[] = [];
  if (query.service) parts.push(`resource.service.name=${quoteString(query.service)}`);
  if (query.operation) parts.push(`name=${quoteString(query.operation)}`);
  for (const [key, value] of query.tags) {
    if (key.trim() !== '') parts.push(compileCondition(key, value));
  }
  const min = positive(query.minDurationUs);
  const max = positive(query.maxDurationUs);
  if (min !== undefined) parts.push(`traceDuration>=${goDuration(min)}`);
  if (max !== undefined) parts.push(`traceDuration<=${goDuration(max)}`);
  return parts.length ? `{${parts.join(' && ')}}` : '{}';
}
