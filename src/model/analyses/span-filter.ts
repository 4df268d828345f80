import { attr, attrText, isErrorSpan } from '../attributes';
import type { Attribute, AttributeValue, Span, Trace } from '../types';
import { parseSpanFilter, type FilterTerm, type SpanFilter } from './span-filter-parse';

export { parseSpanFilter, parseDurationUs } from './span-filter-parse';
export type { SpanFilter, FilterTerm, FilterField, ParseResult } from './span-filter-parse';

type SpanTest = (span: Span, index: number) => boolean;

// Lower-cased search text per span, built once per trace (a trace is immutable), so typing in
// the search box costs one `includes` per span and term.
const haystacks = new WeakMap<Trace, string[]>();

/** attrText with a fast path for scalars (nearly every value), which dominate the cost. */
function valueText(v: AttributeValue): string {
  switch (v.type) {
    case 'string':
    case 'bytes':
      return v.value;
    case 'int':
    case 'double':
    case 'bool':
      return String(v.value);
    default:
      return attrText(v);
  }
}

function appendAttributes(text: string, list: readonly Attribute[]): string {
  for (const a of list) text += '\n' + a.key + '\n' + valueText(a.value);
  return text;
}

export function searchText(trace: Trace): readonly string[] {
  let cached = haystacks.get(trace);
  if (!cached) {
    cached = trace.spans.map((span) => {
      // '\n' between parts: a term never matches across two fields.
      let text = span.name + '\n' + span.service + '\n' + span.spanId;
      text = appendAttributes(text, span.attributes);
      text = appendAttributes(text, span.resource);
      for (const e of span.events) text += '\n' + e.name;
      return text.toLowerCase();
    });
    haystacks.set(trace, cached);
  }
  return cached;
}

function numberOf(v: AttributeValue | undefined): number | null {
  if (v === undefined) return null;
  if (v.type === 'int' || v.type === 'double') return Number(v.value);
  if (v.type === 'string' && v.value.trim() !== '') {
    const n = Number(v.value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function fieldText(span: Span, term: Extract<FilterTerm, { type: 'compare' }>): string | undefined {
  const f = term.field;
  switch (f.kind) {
    case 'service':
      return span.service;
    case 'operation':
      return span.name;
    case 'duration':
      return String(span.durationUs);
    case 'status':
      return isErrorSpan(span) ? 'error' : span.status.code;
    case 'span-kind':
      return span.kind;
    case 'span-id':
      return span.spanId;
    case 'attribute': {
      const v = attr(span, f.key) ?? attr(span.resource, f.key);
      return v === undefined ? undefined : attrText(v);
    }
  }
}

function fieldNumber(span: Span, term: Extract<FilterTerm, { type: 'compare' }>): number | null {
  const f = term.field;
  if (f.kind === 'duration') return span.durationUs;
  if (f.kind === 'attribute') return numberOf(attr(span, f.key) ?? attr(span.resource, f.key));
  return null;
}

function compileTerm(term: FilterTerm, text: readonly string[]): SpanTest {
  if (term.type === 'text') {
    const needle = term.lower;
    return term.negate ? (_s, i) => !text[i]!.includes(needle) : (_s, i) => text[i]!.includes(needle);
  }
  const base = compileCompare(term);
  return term.negate ? (s, i) => !base(s, i) : base;
}

function compileCompare(term: Extract<FilterTerm, { type: 'compare' }>): SpanTest {
  const target = term.number;
  // Names, kinds and statuses compare without case; attribute values exactly (as Jaeger does).
  const foldCase = term.field.kind !== 'attribute';
  const wanted = foldCase ? term.value.toLowerCase() : term.value;
  const equals = (span: Span): boolean => {
    if (target !== null) {
      const n = fieldNumber(span, term);
      if (n !== null) return n === target;
      if (term.field.kind === 'duration') return false;
    }
    const t = fieldText(span, term);
    return t !== undefined && (foldCase ? t.toLowerCase() : t) === wanted;
  };
  switch (term.op) {
    case '=':
      return equals;
    case '!=':
      return (s) => !equals(s);
    case ':':
      return (s) => (fieldText(s, term) ?? '').toLowerCase().includes(wanted);
    case '=~':
    case '!~': {
      const re = term.regex!;
      const positive = term.op === '=~';
      return (s) => {
        const t = fieldText(s, term);
        if (t === undefined) return !positive;
        re.lastIndex = 0;
        return re.test(t) === positive;
      };
    }
    case '>':
    case '>=':
    case '<':
    case '<=': {
      const x = target!;
      const op = term.op;
      return (s) => {
        const n = fieldNumber(s, term);
        if (n === null) return false;
        return op === '>' ? n > x : op === '>=' ? n >= x : op === '<' ? n < x : n <= x;
      };
    }
  }
}

/** Indices (ascending) of the spans matching every term; an empty filter matches nothing. */
export function filterSpans(trace: Trace, filter: SpanFilter): Int32Array {
  if (filter.terms.length === 0) return new Int32Array(0);
  const needsText = filter.terms.some((t) => t.type === 'text');
  const text = needsText ? searchText(trace) : [];
  const tests = filter.terms.map((t) => compileTerm(t, text));
  const spans = trace.spans;
  const out = new Int32Array(spans.length);
  let count = 0;
  outer: for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    for (const test of tests) if (!test(span, i)) continue outer;
    out[count++] = i;
  }
  return out.slice(0, count);
}

/** Parse and run in one step, for the search box. */
export function searchSpans(trace: Trace, query: string): { matches: Int32Array; error: string | null } {
  const parsed = parseSpanFilter(query);
  if (!parsed.ok) return { matches: new Int32Array(0), error: parsed.error };
  return { matches: filterSpans(trace, parsed.filter), error: null };
}
