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
      return `${attributeIdentifier(e.field.kind === 'attr' ? e.field.key : e.field.kind)} != nil`;
    case 'text':
      throw new QueryError('Tempo cannot search free text; use key=value, e.g. name=~"…"', e.range);
    case 'compare':
      return compare(e);
  }
}

const wrap = (s: string, nested: boolean) => (nested ? `(${s})` : s);

function compare(e: CompareExpr): string {
  const { field, op, value } = e;
  switch (field.kind) {
    case 'service':
      return `resource.service.name ${op} ${literal(value)}`;
    case 'operation':
      return `name ${op} ${literal(value)}`;
    case 'status':
    case 'kind':
      return op === '=~' || op === '!~' ? `${field.kind} ${op} ${literal(value)}` : `${field.kind} ${op} ${textOf(value)}`;
    case 'duration':
      return `traceDuration ${op} ${literal(value)}`;
    case 'span.duration':
      return `duration ${op} ${literal(value)}`;
    case 'attr':
      return `${attributeIdentifier(field.key)} ${op} ${literal(value)}`;
  }
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
