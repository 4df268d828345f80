import { attrText } from '../model/attributes';
import type { AttributeValue, Span, Trace } from '../model/types';
import type { CompareExpr, CompareOp, Expr, Query } from './ast';
import { traceTextOf } from './span-text';

/**
 * Where a query runs. In `search`, `duration` is the trace's duration; `in-trace` (the trace
 * page's filter) reads it as the span's own, and a bare word also matches as free text.
 */
export type QueryContext = 'search' | 'in-trace';

export interface QueryMatcher {
  /** Does this span satisfy the query (trace-level terms read from its trace)? */
  spanMatches(trace: Trace, index: number): boolean;
  /** A trace matches when one span satisfies the whole query (conditions joined by `and` hold on one span, as in TraceQL `{a && b}`). */
  traceMatches(trace: Trace): boolean;
  /** Indices of matching spans, in tree order. */
  matchingSpans(trace: Trace): number[];
}

type SpanTest = (trace: Trace, span: Span) => boolean;

export function compileQuery(query: Query, context: QueryContext = 'search'): QueryMatcher {
  const test = query === null ? () => true : compileExpr(query, context);
  return {
    spanMatches: (trace, index) => {
      const span = trace.spans[index];
      return span !== undefined && test(trace, span);
    },
    traceMatches: (trace) => trace.spans.some((s) => test(trace, s)),
    matchingSpans: (trace) => {
      const out: number[] = [];
      for (const s of trace.spans) if (test(trace, s)) out.push(s.index);
      return out;
    },
  };
}

/** Compiles to closures once, so a 50k-span filter does no parsing or dispatch per span. */
function compileExpr(expr: Expr, context: QueryContext): SpanTest {
  switch (expr.type) {
    case 'and': {
      const parts = expr.items.map((e) => compileExpr(e, context));
      return (t, s) => {
        for (const p of parts) if (!p(t, s)) return false;
        return true;
      };
    }
    case 'or': {
      const parts = expr.items.map((e) => compileExpr(e, context));
      return (t, s) => parts.some((p) => p(t, s));
    }
    case 'text':
      return freeTextTest(expr.text.toLowerCase());
    case 'exists': {
      const key = expr.field.kind === 'attr' ? expr.field.key : '';
      if (context === 'in-trace' && expr.bare) {
        // Free text covers every attribute and resource key, so an existing key always
        // matches as text too: the text test alone decides.
        return freeTextTest(key.toLowerCase());
      }
      return (_t, s) => lookup(s, key) !== undefined;
    }
    case 'compare':
      return compileCompare(expr, context);
  }
}

function compileCompare(expr: CompareExpr, context: QueryContext): SpanTest {
  const { field, op, value } = expr;
  switch (field.kind) {
    case 'service':
      return textTest(op, value, (_t, s) => s.service);
    case 'operation':
      return textTest(op, value, (_t, s) => s.name);
    case 'status':
      return textTest(op, value, (_t, s) => s.status.code);
    case 'kind':
      return textTest(op, value, (_t, s) => s.kind);
    case 'duration':
    case 'span.duration': {
      const us = value.type === 'duration' ? value.us : Number.NaN;
      const ofTrace = field.kind === 'duration' && context === 'search';
      return (t, s) => compareNumbers(ofTrace ? t.durationUs : s.durationUs, op, us);
    }
    case 'attr': {
      const key = field.key;
      if (op === '=~' || op === '!~') {
        // One RegExp per query, not per span.
        const re = safeRegExp(value.type === 'string' ? value.value : value.type === 'duration' ? value.text : String(value.value));
        const want = op === '=~';
        return (_t, s) => {
          const v = lookup(s, key);
          return v !== undefined && re.test(scalarText(v)) === want;
        };
      }
      return (_t, s) => {
        const v = lookup(s, key);
        return v !== undefined && compareAttribute(v, op, value);
      };
    }
  }
}

function textTest(op: CompareOp, value: CompareExpr['value'], read: (t: Trace, s: Span) => string): SpanTest {
  const wanted = value.type === 'string' ? value.value : String('value' in value ? value.value : value.text);
  if (op === '=~' || op === '!~') {
    const re = safeRegExp(wanted);
    return (t, s) => re.test(read(t, s)) === (op === '=~');
  }
  if (op === '!=') return (t, s) => read(t, s) !== wanted;
  return (t, s) => read(t, s) === wanted;
}

function safeRegExp(source: string): RegExp {
  try {
    return new RegExp(source);
  } catch {
    return /(?!)/; // the parser rejects bad patterns; this only guards hand-built trees
  }
}

/** Span attributes first, then the resource's (service.version, host.name...). */
function lookup(span: Span, key: string): AttributeValue | undefined {
  for (const a of span.attributes) if (a.key === key) return a.value;
  for (const a of span.resource) if (a.key === key) return a.value;
  return undefined;
}

/** attrText with a fast path for scalars (nearly every value); attrText builds with a stack. */
function scalarText(v: AttributeValue): string {
  switch (v.type) {
    case 'string':
      return v.value;
    case 'int':
    case 'double':
    case 'bool':
      return String(v.value);
    default:
      return attrText(v);
  }
}

function numeric(v: AttributeValue): number | null {
  if (v.type === 'int' || v.type === 'double') return Number(v.value);
  if (v.type === 'string' && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v.value.trim())) return Number(v.value);
  return null;
}

/**
 * Typed comparison: numbers compare as numbers when the attribute holds (or spells) one,
 * booleans as booleans, everything else as text. A missing attribute never matches,
 * not even `!=` (as in TraceQL).
 */
export function compareAttribute(v: AttributeValue, op: CompareOp, value: CompareExpr['value']): boolean {
  if (op === '=~' || op === '!~') {
    const pattern = value.type === 'string' ? value.value : value.type === 'duration' ? value.text : String(value.value);
    return safeRegExp(pattern).test(scalarText(v)) === (op === '=~');
  }
  if (value.type === 'number' || value.type === 'duration') {
    const n = numeric(v);
    if (n === null) return op === '!=';
    return compareNumbers(n, op, value.type === 'number' ? value.value : value.us);
  }
  if (value.type === 'bool') {
    const b = v.type === 'bool' ? v.value : v.type === 'string' ? v.value.toLowerCase() === 'true' ? true : v.value.toLowerCase() === 'false' ? false : null : null;
    if (b === null) return op === '!=';
    if (op === '=') return b === value.value;
    if (op === '!=') return b !== value.value;
    return false;
  }
  const text = scalarText(v);
  switch (op) {
    case '=':
      return text === value.value;
    case '!=':
      return text !== value.value;
    case '>':
      return text > value.value;
    case '>=':
      return text >= value.value;
    case '<':
      return text < value.value;
    case '<=':
      return text <= value.value;
  }
}

function compareNumbers(a: number, op: CompareOp, b: number): boolean {
  switch (op) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    default:
      return false;
  }
}

/**
 * Case-insensitive free text (`needle` is lower-case): span-text.ts searches the whole trace
 * at once; the closure keeps the last trace's answer for the calls span by span.
 */
function freeTextTest(needle: string): SpanTest {
  let lastTrace: Trace | null = null;
  let hits: Uint8Array = new Uint8Array(0);
  return (t, s) => {
    if (t !== lastTrace) {
      lastTrace = t;
      hits = traceTextOf(t).matching(needle);
    }
    return hits[s.index] === 1;
  };
}
