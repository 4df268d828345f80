import { micros } from '../../lib/units';
import type { Expr, Query } from '../../query-lang/ast';
import { conjuncts } from '../../query-lang/conjuncts';
import { printQuery } from '../../query-lang/print';
import type { CompiledSearch, SearchBase } from '../compiled-search';

/**
 * The filter language → Jaeger's search form: service, operation, equality attributes as
 * `tags`, min/max duration. Jaeger returns whole traces, so the browser re-checks the whole
 * query on them and evaluates the terms Jaeger cannot express (`or`, `!=`, ranges on
 * attributes, regexes, kind, free text).
 */
export function compileJaegerQuery(query: Query, base: SearchBase): CompiledSearch {
  const pushed = splitForm(query, { statusTag: 'error' });
  return {
    request: { ...base, ...pushed.form },
    resultLimit: base.limit,
    verify: query,
    browserTerms: pushed.rest.map((e) => printQuery(e)),
    caveats: pushed.usedTraceDuration
      ? ['Jaeger applies min/max duration to the matching spans; the trace duration is checked in the browser.']
      : [],
  };
}

export interface FormFields {
  service?: string;
  operation?: string;
  tags: [string, string][];
  minDurationUs?: ReturnType<typeof micros>;
  maxDurationUs?: ReturnType<typeof micros>;
}

/**
 * Splits the top-level `and` terms into what a Jaeger/Zipkin-style form holds and the rest.
 * A top-level `or` pushes nothing. Strict bounds (`>`) are pushed as inclusive ones; the
 * browser's re-check makes them exact. The backends apply min/max duration to spans: when
 * the query bounds `span.duration`, only those are pushed (a trace bound pushed beside them
 * could exclude matches, e.g. `duration>=5s span.duration<=1ms`); trace bounds stay in the
 * browser then. `acceptTag` keeps out tags the backend cannot express.
 */
export function splitForm(
  query: Query,
  options: { statusTag: string; existence?: boolean; acceptTag?: (key: string, value: string) => boolean },
): { form: FormFields; rest: Expr[]; usedTraceDuration: boolean } {
  const form: FormFields = { tags: [] };
  const rest: Expr[] = [];
  const terms = conjuncts(query);
  const hasSpanBound = terms.some(
    (t) => t.type === 'compare' && t.field.kind === 'span.duration' && t.value.type === 'duration' && isBound(t.op),
  );
  const accept = options.acceptTag ?? (() => true);
  const pushTag = (term: Expr, key: string, value: string) => {
    if (accept(key, value)) form.tags.push([key, value]);
    else rest.push(term);
  };
  let usedTraceDuration = false;
  for (const term of terms) {
    if (term.type === 'exists' && options.existence && term.field.kind === 'attr') {
      pushTag(term, term.field.key, '');
      continue;
    }
    if (term.type !== 'compare') {
      rest.push(term);
      continue;
    }
    const { field, op, value } = term;
    if (field.kind === 'service' && op === '=' && value.type === 'string' && form.service === undefined) {
      form.service = value.value;
    } else if (field.kind === 'operation' && op === '=' && value.type === 'string' && form.operation === undefined) {
      form.operation = value.value;
    } else if (field.kind === 'status' && op === '=' && value.type === 'string' && value.value === 'error') {
      pushTag(term, options.statusTag, options.existence ? '' : 'true');
    } else if (field.kind === 'attr' && op === '=' && value.type !== 'duration') {
      pushTag(term, field.key, String(value.value));
    } else if (
      (field.kind === 'span.duration' || (field.kind === 'duration' && !hasSpanBound)) &&
      value.type === 'duration' &&
      isBound(op)
    ) {
      const lower = op === '>' || op === '>=';
      if (lower && (form.minDurationUs === undefined || value.us > form.minDurationUs)) form.minDurationUs = micros(value.us);
      if (!lower && (form.maxDurationUs === undefined || value.us < form.maxDurationUs)) form.maxDurationUs = micros(value.us);
      if (field.kind === 'duration') usedTraceDuration = true;
    } else {
      rest.push(term);
    }
  }
  return { form, rest, usedTraceDuration };
}

const isBound = (op: string): boolean => op === '>' || op === '>=' || op === '<' || op === '<=';
