import { parseDurationLiteral } from '../../query-lang/duration-literal';
import { resolveField } from '../../query-lang/fields';
import type { Token } from '../../query-lang/tokenize';
import { lenientTokens } from './lenient-tokens';

export type TokenClass = 'field' | 'key' | 'op' | 'value' | 'number' | 'string' | 'keyword' | 'paren' | 'fn' | 'bad';

export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Null for the spaces between tokens. */
  readonly cls: TokenClass | null;
}

const NUMBER_RE = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

function classify(tokens: readonly Token[], i: number): TokenClass {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  switch (t.type) {
    case 'op':
      return 'op';
    case 'and':
    case 'or':
      return 'keyword';
    case 'lparen':
    case 'rparen':
      return 'paren';
    case 'string':
      return 'string';
    case 'word': {
      if (prev?.type === 'op') {
        const w = t.text;
        return w === 'true' || w === 'false' || NUMBER_RE.test(w) || parseDurationLiteral(w) !== null ? 'number' : 'value';
      }
      if (t.text.toLowerCase() === 'has' && next?.type === 'lparen') return 'fn';
      if (t.text === 'error') return 'field';
      return resolveField(t.text).kind === 'attr' ? 'key' : 'field';
    }
  }
}

/** Colored stretches covering the whole text, for the editor's overlay. */
export function highlight(text: string): Segment[] {
  const { tokens, bad } = lenientTokens(text);
  const marks: Segment[] = [
    ...tokens.map((t, i) => ({ start: t.range.start, end: t.range.end, cls: classify(tokens, i) })),
    ...bad.map((b) => ({ start: b.start, end: b.end, cls: (b.unterminated ? 'string' : 'bad') as TokenClass })),
  ].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) out.push({ start: at, end: m.start, cls: null });
    out.push(m);
    at = m.end;
  }
  if (at < text.length) out.push({ start: at, end: text.length, cls: null });
  return out;
}
