import { DecodeError } from '../../model/span-input';
import { locateJsonError } from './locate-json-error';

/** A file's text as one JSON document, or as JSON Lines (one document per line). */
export type ParsedDocument = { readonly kind: 'json'; readonly value: unknown } | { readonly kind: 'jsonl'; readonly text: string };

/**
 * Parses a trace file. Text that is not one JSON document but whose first line is one, with
 * more lines following, is JSON Lines (the Collector's file exporter). Syntax errors become
 * a DecodeError naming the line and column.
 */
export function parseDocument(rawText: string): ParsedDocument {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  if (text.trim() === '') throw new DecodeError('the file is empty');
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch (error) {
    if (looksLikeJsonLines(text)) return { kind: 'jsonl', text };
    throw syntaxError(text, error);
  }
}

function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  try {
    const first = JSON.parse(lines[0]!) as unknown;
    return typeof first === 'object' && first !== null;
  } catch {
    return false;
  }
}

function syntaxError(text: string, error: unknown): DecodeError {
  const where = locateJsonError(text);
  if (where) return new DecodeError(`not valid JSON: ${where.reason}`, `line ${where.line}, column ${where.column}`);
  // Valid by our scan but refused by the engine: too deep or too large for it.
  const reason = error instanceof Error ? error.message : String(error);
  return new DecodeError(`the JSON could not be read: ${reason}`);
}
