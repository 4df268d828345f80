import type { Expr, Query, Value } from './ast';
import { formatDurationLiteral } from './duration-literal';
import { fieldName } from './fields';
import { parseDurationLiteral } from './duration-literal';

const BARE_RE = /^[^\s()"'=!<>~&|,]+$/;
const NUMBER_RE = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** Prints a query in canonical form; `parseQuery(printQuery(q))` gives `q` back. */
export function printQuery(query: Query): string {
  return query === null ? '' : printExpr(query, false);
}

function printExpr(expr: Expr, insideAnd: boolean): string {
  switch (expr.type) {
    case 'or': {
      const text = expr.items.map((e) => printExpr(e, false)).join(' or ');
      return insideAnd ? `(${text})` : text;
    }
    case 'and':
      return expr.items.map((e) => printExpr(e, true)).join(' ');
    case 'exists':
      return expr.bare && !isReservedWord(fieldName(expr.field)) ? fieldName(expr.field) : `has(${fieldName(expr.field)})`;
    case 'text':
      return quote(expr.text);
    case 'compare':
      return `${fieldName(expr.field)}${expr.op}${printValue(expr.value, expr.op === '=~' || expr.op === '!~')}`;
  }
}

/** Words that would not read back as a bare existence test. */
function isReservedWord(word: string): boolean {
  const lower = word.toLowerCase();
  return lower === 'and' || lower === 'or' || lower === 'has' || lower === 'error';
}

export function printValue(value: Value, regex = false): string {
  switch (value.type) {
    case 'bool':
      return String(value.value);
    case 'number':
      return String(value.value);
    case 'duration':
      return parseDurationLiteral(value.text) === value.us ? value.text : formatDurationLiteral(value.us);
    case 'string':
      return regex ? printRegexText(value.value) : printString(value.value);
  }
}

/** A string prints bare only when it would read back as the same string. */
function printString(s: string): string {
  const readsAsOther = s === 'true' || s === 'false' || NUMBER_RE.test(s) || parseDurationLiteral(s) !== null;
  return BARE_RE.test(s) && !readsAsOther && !isConnective(s) ? s : quote(s);
}

function printRegexText(s: string): string {
  return BARE_RE.test(s) && !isConnective(s) ? s : quote(s);
}

/** In value position only the connectives would read differently. */
function isConnective(word: string): boolean {
  const lower = word.toLowerCase();
  return lower === 'and' || lower === 'or';
}

export function quote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}
