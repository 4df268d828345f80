import type { CompareOp, TextRange } from './ast';
import { QueryError } from './query-error';

export type Token =
  | { readonly type: 'word'; readonly text: string; readonly range: TextRange }
  | { readonly type: 'string'; readonly text: string; readonly range: TextRange }
  | { readonly type: 'op'; readonly op: CompareOp; readonly range: TextRange }
  | { readonly type: 'lparen' | 'rparen'; readonly range: TextRange }
  | { readonly type: 'and' | 'or'; readonly range: TextRange };

const OPS: readonly CompareOp[] = ['>=', '<=', '!=', '=~', '!~', '=', '>', '<'];
/** Characters that end a bare word. */
const STOP = new Set([' ', '\t', '\n', '\r', '(', ')', '"', "'", '=', '!', '<', '>', '~', '&', '|', ',']);

/**
 * Splits a query into tokens with their positions. `and`/`or` (any case) and `&&`/`||`
 * are connectives; a comma also joins terms, as in Jaeger's tag lists.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ',') {
      i++;
      continue;
    }
    if (c === '(' || c === ')') {
      tokens.push({ type: c === '(' ? 'lparen' : 'rparen', range: { start: i, end: i + 1 } });
      i++;
      continue;
    }
    if ((c === '&' && text[i + 1] === '&') || (c === '|' && text[i + 1] === '|')) {
      tokens.push({ type: c === '&' ? 'and' : 'or', range: { start: i, end: i + 2 } });
      i += 2;
      continue;
    }
    if (c === '"' || c === "'") {
      const { value, end } = readQuoted(text, i);
      tokens.push({ type: 'string', text: value, range: { start: i, end } });
      i = end;
      continue;
    }
    const op = OPS.find((o) => text.startsWith(o, i));
    if (op) {
      tokens.push({ type: 'op', op, range: { start: i, end: i + op.length } });
      i += op.length;
      continue;
    }
    if (STOP.has(c)) throw new QueryError(`Unexpected "${c}"`, { start: i, end: i + 1 });
    let j = i;
    while (j < text.length && !STOP.has(text[j] as string)) j++;
    const word = text.slice(i, j);
    const lower = word.toLowerCase();
    if (lower === 'and' || lower === 'or') tokens.push({ type: lower, range: { start: i, end: j } });
    else tokens.push({ type: 'word', text: word, range: { start: i, end: j } });
    i = j;
  }
  return tokens;
}

/** Reads a quoted string with backslash escapes (\" \' \\ \n \t). */
function readQuoted(text: string, start: number): { value: string; end: number } {
  const quote = text[start];
  let out = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\\') {
      const next = text[i + 1];
      if (next === undefined) break;
      out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      i += 2;
      continue;
    }
    if (c === quote) return { value: out, end: i + 1 };
    out += c;
    i++;
  }
  throw new QueryError('Unterminated string: add the closing quote', { start, end: text.length });
}
