import { parseDuration } from '../../lib/duration-text';
import type { Expr, Field, Query, TextRange, Value } from '../../query-lang/ast';
import { conjoin, conjuncts } from '../../query-lang/conjuncts';
import { formatDurationLiteral } from '../../query-lang/duration-literal';
import { printQuery } from '../../query-lang/print';
import { formatLogfmt, parseLogfmt } from './logfmt';

/**
 * The search form's fields (Jaeger UI's) and the filter language, both ways:
 *   service=…  operation=…  each tag as key=value  duration>=min  duration<=max
 * A query fills the form only when the form says exactly the same thing (checked by
 * printing both back), so the form never shows a different search than the box.
 */
export interface QueryFormFields {
  readonly service: string | null;
  readonly operation: string | null;
  /** logfmt, as in Jaeger UI's Tags box. */
  readonly tags: string;
  readonly minDuration: string;
  readonly maxDuration: string;
}

export const EMPTY_FORM: QueryFormFields = { service: null, operation: null, tags: '', minDuration: '', maxDuration: '' };

export type FormField = keyof QueryFormFields;

export type FormToQueryResult =
  | { readonly ok: true; readonly query: Query }
  | { readonly ok: false; readonly field: FormField; readonly error: string };

const NO_RANGE: TextRange = { start: 0, end: 0 };
const NUMBER_RE = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
/** What the printer can write as a bare key (see print.ts). */
const KEY_RE = /^[^\s()"'=!<>~&|,]+$/;

const compare = (field: Field, op: '=' | '!=' | '>=' | '<=', value: Value): Expr => ({
  type: 'compare',
  field,
  op,
  value,
  range: NO_RANGE,
});

/** A tag value as the parser would read it after `key=`, so `500` is a number and `true` a boolean. */
function tagValue(text: string): Value {
  if (text === 'true' || text === 'false') return { type: 'bool', value: text === 'true' };
  if (NUMBER_RE.test(text) && String(Number(text)) === text) return { type: 'number', value: Number(text) };
  return { type: 'string', value: text };
}

function durationBound(text: string, field: 'minDuration' | 'maxDuration'): Value | { error: string } | null {
  const t = text.trim();
  if (t === '') return null;
  const us = parseDuration(t);
  const label = field === 'minDuration' ? 'Min duration' : 'Max duration';
  if (us === null) return { error: `${label} "${t}" is not a duration (e.g. 100ms, 1.5s)` };
  return { type: 'duration', us, text: formatDurationLiteral(us) };
}

/** The query the form's fields mean, or which field is wrong. */
export function formToQuery(form: QueryFormFields): FormToQueryResult {
  const terms: Expr[] = [];
  if (form.service) terms.push(compare({ kind: 'service' }, '=', { type: 'string', value: form.service }));
  if (form.operation) terms.push(compare({ kind: 'operation' }, '=', { type: 'string', value: form.operation }));
  const tags = parseLogfmt(form.tags);
  if (!tags.ok) return { ok: false, field: 'tags', error: `Attributes: ${tags.error}` };
  for (const [key, value] of tags.pairs) {
    if (!KEY_RE.test(key)) return { ok: false, field: 'tags', error: `Attributes: the key "${key}" cannot be written in a query` };
    // Jaeger's `error=true` tag is how its form asks for failing spans.
    if (key === 'error' && (value === 'true' || value === 'false')) {
      terms.push(compare({ kind: 'status' }, value === 'true' ? '=' : '!=', { type: 'string', value: 'error' }));
    } else {
      terms.push(compare({ kind: 'attr', key }, '=', tagValue(value)));
    }
  }
  const min = durationBound(form.minDuration, 'minDuration');
  if (min && 'error' in min) return { ok: false, field: 'minDuration', error: min.error };
  const max = durationBound(form.maxDuration, 'maxDuration');
  if (max && 'error' in max) return { ok: false, field: 'maxDuration', error: max.error };
  if (min?.type === 'duration' && max?.type === 'duration' && max.us < min.us) {
    return { ok: false, field: 'maxDuration', error: 'Max duration is below min duration' };
  }
  if (min) terms.push(compare({ kind: 'duration' }, '>=', min));
  if (max) terms.push(compare({ kind: 'duration' }, '<=', max));
  return { ok: true, query: conjoin(terms) };
}

/** The form's fields for a query, or null when the form cannot say exactly the same ("too complex"). */
export function queryToForm(query: Query): QueryFormFields | null {
  let service: string | null = null;
  let operation: string | null = null;
  let minDuration = '';
  let maxDuration = '';
  const tags: [string, string][] = [];
  for (const term of conjuncts(query)) {
    if (term.type !== 'compare') return null;
    const { field, op, value } = term;
    if (field.kind === 'service' && op === '=' && value.type === 'string' && service === null) {
      service = value.value;
    } else if (field.kind === 'operation' && op === '=' && value.type === 'string' && operation === null) {
      operation = value.value;
    } else if (field.kind === 'status' && (op === '=' || op === '!=') && value.type === 'string' && value.value === 'error') {
      tags.push(['error', String(op === '=')]);
    } else if (field.kind === 'attr' && op === '=' && value.type !== 'duration') {
      tags.push([field.key, String(value.value)]);
    } else if (field.kind === 'duration' && value.type === 'duration' && op === '>=' && minDuration === '') {
      minDuration = formatDurationLiteral(value.us);
    } else if (field.kind === 'duration' && value.type === 'duration' && op === '<=' && maxDuration === '') {
      maxDuration = formatDurationLiteral(value.us);
    } else {
      return null;
    }
  }
  const form: QueryFormFields = { service, operation, tags: formatLogfmt(tags), minDuration, maxDuration };
  const back = formToQuery(form);
  return back.ok && sameTerms(back.query, query) ? form : null;
}

/** The same conditions, in any order (the form has a fixed order, the box does not). */
function sameTerms(a: Query, b: Query): boolean {
  const printed = (q: Query) => conjuncts(q).map((t) => printQuery(t)).sort().join('\n');
  return printed(a) === printed(b);
}
