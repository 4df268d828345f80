import type { CompareExpr, Expr, Query, Value } from '../../query-lang/ast';
import { QueryError } from '../../query-lang/query-error';
import type { CompiledSearch, SearchBase } from '../compiled-search';
import { attributeIdentifier, quoteString } from './compile-traceql';

/**
 * The filter language → one TraceQL spanset filter, which expresses all of it: conditions
 * joined by `and` hold on one span (`{a && b}`, as our evaluation does), `or` and parentheses
 * map over, `duration` is `traceDuration`, `span.duration` is `duration`, attributes are
 * unscoped (`.key`) so span and resource attributes both match. Tempo answers exactly, so
 * nothing is left to the browser. Free text has no TraceQL form: a QueryError says so.
 */
export function compileTempoQuery(query: Query, base: SearchBase): CompiledSearch {
  return {
    request: { ...base, tags: [], raw: toTraceQL(query) },
    resultLimit: base.limit,
    verify: null,
    browserTerms: [],
    caveats: [],
  };
}

export function toTraceQL(query: Query): string {
  return query === null ? '{}' : `{${expr(query, false)}}`;
}

function expr(e: Expr, nested: boolean): string {
  switch (e.type) {
    case 'and':
      return wrap(e.items.map((i) => expr(i, true)).join(' && '), nested);
    case 'or':
      return wrap(e.items.map((i) => expr(i, true)).join(' || '), nested);
    case 'exists':
      return `${attrIdentifier(e.field.kind === 'attr' ? e.field.key : e.field.kind)} != nil`;
    case 'text':
      throw new QueryError('Tempo cannot search free text; use key=value, e.g. name=~"…"', e.range);
    case 'compare':
      return compare(e);
  }
}

const wrap = (s: string, nested: boolean) => (nested ? `(${s})` : s);

const regexOr = (op: CompareExpr['op'], v: Value): string => (op === '=~' || op === '!~' ? unanchored(v) : literal(v));

function compare(e: CompareExpr): string {
  const { field, op, value } = e;
  switch (field.kind) {
    case 'service':
      return `resource.service.name ${op} ${regexOr(op, value)}`;
    case 'operation':
      return `name ${op} ${regexOr(op, value)}`;
    case 'status':
    case 'kind':
      return op === '=~' || op === '!~' ? `${field.kind} ${op} ${unanchored(value)}` : `${field.kind} ${op} ${textOf(value)}`;
    case 'duration':
      return `traceDuration ${op} ${literal(value)}`;
    case 'span.duration':
      return `duration ${op} ${literal(value)}`;
    case 'attr': {
      const id = attrIdentifier(field.key);
      // TraceQL compares typed values: the string "500" never equals 500, while our
      // evaluation (and Jaeger/Zipkin, whose tags are text) matches both. Ask for both.
      if (op === '=' && (value.type === 'number' || value.type === 'bool')) {
        return `(${id} = ${literal(value)} || ${id} = ${quoteString(String(value.value))})`;
      }
      return `${id} ${op} ${op === '=~' || op === '!~' ? unanchored(value) : literal(value)}`;
    }
  }
}

/**
 * An attribute key as a TraceQL identifier. A key that names an intrinsic (`attr.name`,
 * `attr.status`: attributes called so) must stay an attribute: `.name`, not `name`.
 */
function attrIdentifier(key: string): string {
  const id = attributeIdentifier(key);
  return id.startsWith('.') || id.includes('.') ? id : attributeIdentifier(`.${key}`);
}

/**
 * Recent Tempo releases anchor regexes fully (Go RE2, `^…$`), older ones did not; ours
 * (and the browser's) find a match anywhere. `.*(?:re).*` means the same on every version.
 */
function unanchored(v: Value): string {
  return quoteString(`.*(?:${textOf(v)}).*`);
}

function textOf(v: Value): string {
  return v.type === 'string' ? v.value : v.type === 'duration' ? v.text : String(v.value);
}

function literal(v: Value): string {
  switch (v.type) {
    case 'string':
      return quoteString(v.value);
    case 'number':
    case 'bool':
      return String(v.value);
    case 'duration':
      return goDurationLiteral(v.us);
  }
}

/** TraceQL durations: a number and one unit (ns, us, ms, s, m, h). */
function goDurationLiteral(us: number): string {
  if (Number.isInteger(us / 1000) && us >= 1000) {
    const ms = us / 1000;
    if (Number.isInteger(ms / 1000)) return `${ms / 1000}s`;
    return `${ms}ms`;
  }
  if (Number.isInteger(us)) return `${us}us`;
  return `${Math.round(us * 1000)}ns`;
}
