import type { CompareOp, TextRange } from '../../query-lang/ast';
import { SPAN_KINDS, STATUS_VALUES, resolveField } from '../../query-lang/fields';
import { quote } from '../../query-lang/print';
import { lenientTokens } from './lenient-tokens';

/** Where the cursor is, in terms of what could be typed there. */
export type CompletionContext =
  | { readonly kind: 'key'; readonly prefix: string; readonly range: TextRange; readonly inHas: boolean }
  | {
      readonly kind: 'value';
      /** The key as typed before the operator. */
      readonly key: string;
      readonly op: CompareOp;
      readonly prefix: string;
      readonly range: TextRange;
    };

const STOP = /[\s()"'=!<>~&|,]/;

/** The end of the word the cursor is in (the replaced stretch runs to it). */
function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && !STOP.test(text[i] as string)) i++;
  return i;
}

/**
 * What the cursor is on: a key to complete (start of a term, or inside `has(`), a value
 * (after `key op`), or nothing (inside a finished string, after a value's end...). Pure.
 */
export function completionContext(text: string, cursor: number): CompletionContext | null {
  const before = text.slice(0, cursor);
  const { tokens, bad } = lenientTokens(before);
  const open = bad.find((b) => b.unterminated && b.end === cursor);
  const last = tokens[tokens.length - 1];
  // The word under the cursor, if the cursor touches one.
  const touching = last && last.range.end === cursor && last.type === 'word' ? last : undefined;
  const start = open ? open.start : touching ? touching.range.start : cursor;
  const prev = tokens.filter((t) => t.range.end <= start).pop();
  const prevPrev = prev ? tokens[tokens.indexOf(prev) - 1] : undefined;
  if (!open && last && last.range.end === cursor && last.type === 'string') return null;
  if (!open && bad.some((b) => b.end === cursor)) return null;

  if (prev?.type === 'op') {
    if (prevPrev?.type !== 'word') return null;
    const prefix = open ? before.slice(open.start + 1) : touching ? touching.text : '';
    const end = open ? text.length : wordEnd(text, cursor);
    return { kind: 'value', key: prevPrev.text, op: prev.op, prefix, range: { start, end } };
  }
  if (open) return null;
  // After a key without an operator the next thing is a new term (`service=a x| `).
  const inHas = prev?.type === 'lparen' && prevPrev?.type === 'word' && prevPrev.text.toLowerCase() === 'has';
  return { kind: 'key', prefix: touching?.text ?? '', range: { start, end: wordEnd(text, cursor) }, inHas };
}

export interface Suggestion {
  readonly label: string;
  readonly kind: 'field' | 'key' | 'value' | 'recent';
  /** A word on the right of the list: what the entry is. */
  readonly detail: string;
}

/** Candidates the editor has for keys and values (the caller fetches them). */
export interface CompletionSources {
  /** Attribute keys from the source and from loaded traces. */
  readonly keys: readonly string[];
  /** Values for a key as typed (services, operations, tag values…), when known. */
  readonly valuesFor: (key: string) => readonly string[];
}

export const FIELD_NAMES: readonly { name: string; detail: string }[] = [
  { name: 'service', detail: 'service name' },
  { name: 'operation', detail: 'span name' },
  { name: 'duration', detail: 'trace duration' },
  { name: 'span.duration', detail: 'span duration' },
  { name: 'status', detail: 'unset, ok, error' },
  { name: 'error', detail: 'failing spans' },
  { name: 'kind', detail: 'span kind' },
];

/** Values every source knows without asking. */
export function builtInValues(key: string): readonly string[] {
  if (key === 'error') return ['true', 'false'];
  const field = resolveField(key);
  if (field.kind === 'status') return STATUS_VALUES;
  if (field.kind === 'kind') return SPAN_KINDS;
  return [];
}

/** Prefix matches first, then anywhere (case-insensitive); the exact text alone is no help. */
function rank(candidates: readonly string[], prefix: string): string[] {
  const p = prefix.toLowerCase();
  const seen = new Set<string>();
  const starts: string[] = [];
  const contains: string[] = [];
  for (const c of candidates) {
    if (seen.has(c) || c === prefix) continue;
    seen.add(c);
    const lower = c.toLowerCase();
    if (lower.startsWith(p)) starts.push(c);
    else if (p && lower.includes(p)) contains.push(c);
  }
  return [...starts, ...contains];
}

export function suggest(ctx: CompletionContext, sources: CompletionSources, limit = 12): Suggestion[] {
  if (ctx.kind === 'value') {
    const values = [...builtInValues(ctx.key), ...sources.valuesFor(ctx.key)];
    return rank(values, ctx.prefix)
      .slice(0, limit)
      .map((v) => ({ label: v, kind: 'value', detail: 'value' }));
  }
  const fields = ctx.inHas ? [] : FIELD_NAMES;
  const fieldNames = new Set(fields.map((f) => f.name));
  const fieldHits = rank(fields.map((f) => f.name), ctx.prefix).map<Suggestion>((name) => ({
    label: name,
    kind: 'field',
    detail: fields.find((f) => f.name === name)?.detail ?? '',
  }));
  const keyHits = rank(sources.keys.filter((k) => !fieldNames.has(k)), ctx.prefix).map<Suggestion>((k) => ({
    label: k,
    kind: 'key',
    detail: 'attribute',
  }));
  return [...fieldHits, ...keyHits].slice(0, limit);
}

const OP_START = /^\s*(=|!=|>|<|=~|!~)/;
const BARE_VALUE = /^[^\s()"'=!<>~&|,]+$/;

/** A value as typed after `key=`: bare when it reads back as itself, quoted otherwise. */
export function valueText(value: string): string {
  const lower = value.toLowerCase();
  return BARE_VALUE.test(value) && lower !== 'and' && lower !== 'or' ? value : quote(value);
}

/**
 * The text after choosing a suggestion, and where the cursor goes. A key gets its operator
 * (`duration>=`, others `=`) unless one follows already; a value gets a space after it when
 * it ends the text, ready for the next term.
 */
export function applySuggestion(text: string, ctx: CompletionContext, s: Suggestion): { text: string; cursor: number } {
  const head = text.slice(0, ctx.range.start);
  const tail = text.slice(ctx.range.end);
  let insert: string;
  if (s.kind === 'recent') {
    return { text: s.label, cursor: s.label.length };
  } else if (ctx.kind === 'value') {
    insert = valueText(s.label) + (tail.trim() === '' ? ' ' : '');
  } else if (ctx.kind === 'key' && ctx.inHas) {
    insert = s.label + (tail.startsWith(')') ? '' : ')');
  } else if (OP_START.test(tail)) {
    insert = s.label;
  } else {
    insert = s.label + (s.label === 'duration' || s.label === 'span.duration' ? '>=' : '=');
  }
  const next = head + insert + tail;
  return { text: next, cursor: head.length + insert.length };
}
