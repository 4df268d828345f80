import { parseQuery } from '../../query-lang/parse';
import { quote } from '../../query-lang/print';

/**
 * Jaeger UI's `uiFind` (free text, or one or more span ids separated by spaces) as a query
 * of the filter language. Text that already reads as a query is kept as typed; anything else
 * becomes one quoted free-text term per word, joined with `or` (Jaeger matches any word).
 */
export function uiFindToQuery(uiFind: string | null): string {
  const text = uiFind?.trim() ?? '';
  if (text === '') return '';
  const words = text.split(/\s+/);
  if (words.length > 1 && words.every((w) => /^[0-9a-f]{1,32}$/i.test(w))) {
    return words.map((w) => quote(w.toLowerCase())).join(' or ');
  }
  try {
    parseQuery(text);
    return text;
  } catch {
    return words.map(quote).join(' or ');
  }
}
