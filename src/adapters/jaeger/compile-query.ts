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
 * browser's re-check makes them exact.
 */
export function splitForm(
  query: Query,
  options: { statusTag: string; existence?: boolean },
): { form: FormFields; rest: Expr[]; usedTraceDuration: boolean } {
  const form: FormFields = { tags: [] };
  const rest: Expr[] = [];
  let usedTraceDuration = false;
  for (const term of conjuncts(query)) {
    if (term.type === 'exists' && options.existence && term.field.kind === 'attr') {
      form.tags.push([term.field.key, '']);
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
      form.tags.push([options.statusTag, options.existence ? '' : 'true']);
    } else if (field.kind === 'attr' && op === '=' && value.type !== 'duration') {
      form.tags.push([field.key, String(value.value)]);
    } else if ((field.kind === 'duration' || field.kind === 'span.duration') && value.type === 'duration') {
      const lower = op === '>' || op === '>=';
      const upper = op === '<' || op === '<=';
      if (lower && (form.minDurationUs === undefined || value.us > form.minDurationUs)) form.minDurationUs = micros(value.us);
      else if (upper && (form.maxDurationUs === undefined || value.us < form.maxDurationUs)) form.maxDurationUs = micros(value.us);
      else {
        rest.push(term);
        continue;
      }
      if (field.kind === 'duration') usedTraceDuration = true;
    } else {
      rest.push(term);
    }
  }
  return { form, rest, usedTraceDuration };
}
