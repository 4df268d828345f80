import type { TextRange } from '../../query-lang/ast';
import { QueryError } from '../../query-lang/query-error';
import { tokenize, type Token } from '../../query-lang/tokenize';

/** Tokens of text that may not lex (mid-typing), plus the stretches that did not. */
export interface LenientTokens {
  readonly tokens: readonly Token[];
  /** Characters that do not lex; `unterminated` marks an open string running to the end. */
  readonly bad: readonly (TextRange & { readonly unterminated: boolean })[];
}

const shift = (t: Token, by: number): Token => ({ ...t, range: { start: t.range.start + by, end: t.range.end + by } });

/**
 * The tokenizer stops at the first character it cannot read; an editor must still color
 * everything after it. Lexes up to each error, records it, and carries on after it.
 */
export function lenientTokens(text: string): LenientTokens {
  const tokens: Token[] = [];
  const bad: (TextRange & { unterminated: boolean })[] = [];
  let at = 0;
  // Each round consumes at least one character, so this ends.
  while (at < text.length) {
    const rest = text.slice(at);
    try {
      for (const t of tokenize(rest)) tokens.push(shift(t, at));
      break;
    } catch (e) {
      if (!(e instanceof QueryError)) throw e;
      for (const t of tokenize(rest.slice(0, e.range.start))) tokens.push(shift(t, at));
      const unterminated = e.range.end === rest.length && e.range.end - e.range.start > 1;
      const start = at + e.range.start;
      const end = unterminated ? text.length : Math.max(start + 1, at + e.range.end);
      bad.push({ start, end, unterminated: unterminated || /^["']/.test(rest.slice(e.range.start)) });
      at = end;
    }
  }
  return { tokens, bad };
}
