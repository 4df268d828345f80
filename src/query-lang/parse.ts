import type { CompareOp, Expr, Field, Query, TextRange, Value } from './ast';
import { parseDurationLiteral } from './duration-literal';
import { resolveField, SPAN_KINDS, STATUS_VALUES } from './fields';
import { QueryError } from './query-error';
import { tokenize, type Token } from './tokenize';

/** Parentheses nest at most this deep; a hostile query gets an error, not a stack overflow. */
const MAX_NESTING = 64;
const NUMBER_RE = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/**
 * Parses the filter language:
 *   query  := or?            (empty matches everything)
 *   or     := and ('or' and)*
 *   and    := unary ('and'? unary)*     (whitespace joins with and)
 *   unary  := '(' or ')' | 'has' '(' key ')' | key op value | key | "text"
 * Throws QueryError with the range of the offending text.
 */
export function parseQuery(text: string): Query {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  const p = new Parser(tokens, text.length);
  const expr = p.parseOr(0);
  const rest = p.peek();
  if (rest) {
    throw new QueryError(rest.type === 'rparen' ? 'Unmatched ")"' : `Unexpected ${describeToken(rest)}`, rest.range);
  }
  return expr;
}

class Parser {
  private i = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly length: number,
  ) {}

  peek(): Token | undefined {
    return this.tokens[this.i];
  }

  private next(): Token | undefined {
    return this.tokens[this.i++];
  }

  private endRange(): TextRange {
    return { start: this.length, end: this.length };
  }

  parseOr(depth: number): Expr {
    const items = [this.parseAnd(depth)];
    while (this.peek()?.type === 'or') {
      const orToken = this.next() as Token;
      if (!this.startsTerm()) throw new QueryError('Expected a condition after "or"', orToken.range);
      items.push(this.parseAnd(depth));
    }
    return items.length === 1 ? (items[0] as Expr) : { type: 'or', items };
  }

  private startsTerm(): boolean {
    const t = this.peek();
    return t !== undefined && (t.type === 'word' || t.type === 'string' || t.type === 'lparen');
  }

  private parseAnd(depth: number): Expr {
    const items = [this.parseUnary(depth)];
    for (;;) {
      const t = this.peek();
      if (t?.type === 'and') {
        this.next();
        if (!this.startsTerm()) throw new QueryError('Expected a condition after "and"', t.range);
        items.push(this.parseUnary(depth));
      } else if (this.startsTerm()) {
        items.push(this.parseUnary(depth));
      } else break;
    }
    return items.length === 1 ? (items[0] as Expr) : { type: 'and', items };
  }

  private parseUnary(depth: number): Expr {
    const t = this.next();
    if (!t) throw new QueryError('Expected a condition', this.endRange());
    if (t.type === 'lparen') {
      if (depth >= MAX_NESTING) throw new QueryError(`Parentheses nest deeper than ${MAX_NESTING}`, t.range);
      if (this.peek()?.type === 'rparen') throw new QueryError('Empty parentheses', t.range);
      const inner = this.parseOr(depth + 1);
      const close = this.next();
      if (close?.type !== 'rparen') throw new QueryError('Missing ")"', close?.range ?? t.range);
      return inner;
    }
    if (t.type === 'string') {
      if (this.peek()?.type === 'op') throw new QueryError('A key cannot be quoted; write it bare', t.range);
      return { type: 'text', text: t.text, range: t.range };
    }
    if (t.type !== 'word') throw new QueryError(`Unexpected ${describeToken(t)}`, t.range);
    if (t.text.toLowerCase() === 'has' && this.peek()?.type === 'lparen') return this.parseHas(t);
    const op = this.peek();
    if (op?.type !== 'op') return existsTerm(t.text, t.range, true);
    this.next();
    const v = this.next();
    if (!v || (v.type !== 'word' && v.type !== 'string')) {
      throw new QueryError(`Expected a value after "${op.op}"`, v?.range ?? op.range);
    }
    const range = { start: t.range.start, end: v.range.end };
    return compareTerm(t.text, t.range, op.op, v, range);
  }

  private parseHas(hasToken: Token): Expr {
    this.next(); // (
    const key = this.next();
    if (key?.type !== 'word') throw new QueryError('has() takes an attribute key', key?.range ?? hasToken.range);
    const close = this.next();
    if (close?.type !== 'rparen') throw new QueryError('Missing ")" after has(key', close?.range ?? key.range);
    return existsTerm(key.text, { start: hasToken.range.start, end: close.range.end }, false);
  }
}

function describeToken(t: Token): string {
  switch (t.type) {
    case 'op':
      return `"${t.op}"`;
    case 'word':
    case 'string':
      return `"${t.text}"`;
    case 'lparen':
      return '"("';
    case 'rparen':
      return '")"';
    default:
      return `"${t.type}"`;
  }
}

function existsTerm(key: string, range: TextRange, bare: boolean): Expr {
  // A bare `error` asks for failing spans, as in `service=checkout error`.
  if (key === 'error') return { type: 'compare', field: { kind: 'status' }, op: '=', value: { type: 'string', value: 'error' }, range };
  const field = resolveField(key);
  if (field.kind !== 'attr') {
    throw new QueryError(`"${key}" needs a comparison, e.g. ${key}=…`, range);
  }
  return { type: 'exists', field, range, bare };
}

function compareTerm(key: string, keyRange: TextRange, op: CompareOp, v: Token & { text: string }, range: TextRange): Expr {
  // A regex is text whatever it looks like (`=~ 5..`, `=~ 500`).
  const value: Value = op === '=~' || op === '!~' ? { type: 'string', value: v.text } : literal(v);
  if (key === 'error') {
    if (value.type !== 'bool' || (op !== '=' && op !== '!=')) {
      throw new QueryError('error takes = or != with true or false', range);
    }
    const isError = value.value === (op === '=');
    return { type: 'compare', field: { kind: 'status' }, op: isError ? '=' : '!=', value: { type: 'string', value: 'error' }, range };
  }
  const field = resolveField(key);
  checkField(field, op, value, keyRange, v.range);
  return { type: 'compare', field, op, value: normalizeValue(field, value), range };
}

function literal(v: Token & { text: string }): Value {
  if (v.type === 'string') return { type: 'string', value: v.text };
  const text = v.text;
  if (text === 'true' || text === 'false') return { type: 'bool', value: text === 'true' };
  if (NUMBER_RE.test(text)) return { type: 'number', value: Number(text) };
  const us = parseDurationLiteral(text);
  if (us !== null) return { type: 'duration', us, text };
  return { type: 'string', value: text };
}

const ORDERING: ReadonlySet<CompareOp> = new Set(['>', '>=', '<', '<=']);

function checkField(field: Field, op: CompareOp, value: Value, keyRange: TextRange, valueRange: TextRange): void {
  const isDuration = field.kind === 'duration' || field.kind === 'span.duration';
  if (isDuration) {
    if (value.type === 'number') throw new QueryError(`Add a unit: ${value.value}ms, ${value.value}s…`, valueRange);
    if (value.type !== 'duration') throw new QueryError('Expected a duration such as 250ms or 1.5s', valueRange);
    if (op === '=~' || op === '!~') throw new QueryError('Durations compare with = != > >= < <=', keyRange);
    return;
  }
  if (value.type === 'duration' && field.kind !== 'attr') {
    throw new QueryError(`${field.kind} does not take a duration`, valueRange);
  }
  if (field.kind === 'service' || field.kind === 'operation' || field.kind === 'status' || field.kind === 'kind') {
    if (ORDERING.has(op)) throw new QueryError(`${field.kind} compares with = != =~ !~`, keyRange);
  }
  if (field.kind === 'status' && op !== '=~' && op !== '!~') {
    const text = value.type === 'string' ? value.value : String((value as { value: unknown }).value);
    if (!(STATUS_VALUES as readonly string[]).includes(text)) {
      throw new QueryError(`status is one of ${STATUS_VALUES.join(', ')}`, valueRange);
    }
  }
  if (field.kind === 'kind' && op !== '=~' && op !== '!~') {
    const text = value.type === 'string' ? value.value : String((value as { value: unknown }).value);
    if (!(SPAN_KINDS as readonly string[]).includes(text)) {
      throw new QueryError(`kind is one of ${SPAN_KINDS.join(', ')}`, valueRange);
    }
  }
  if ((op === '=~' || op === '!~') && value.type === 'string') {
    try {
      new RegExp(value.value);
    } catch {
      throw new QueryError('Not a valid regular expression', valueRange);
    }
  }
}

/** Names compare as text even when they look like numbers (`service=42`). */
function normalizeValue(field: Field, value: Value): Value {
  if (field.kind === 'attr' || field.kind === 'duration' || field.kind === 'span.duration') return value;
  if (value.type === 'string') return value;
  if (value.type === 'duration') return { type: 'string', value: value.text };
  return { type: 'string', value: String(value.value) };
}
