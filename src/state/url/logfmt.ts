/**
 * logfmt as Jaeger UI's "Tags" box takes it: `key=value key2="a b" error=true`.
 * Values may be double-quoted (with `\"` and `\\` escapes) to hold spaces. Pure.
 */
export type LogfmtResult =
  | { readonly ok: true; readonly pairs: readonly (readonly [string, string])[] }
  | { readonly ok: false; readonly error: string };

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

export function parseLogfmt(text: string): LogfmtResult {
  const pairs: (readonly [string, string])[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    while (i < n && isSpace(text[i])) i++;
    if (i >= n) break;
    const keyStart = i;
    while (i < n && text[i] !== '=' && !isSpace(text[i]) && text[i] !== '"') i++;
    const key = text.slice(keyStart, i);
    if (!key) {
      return { ok: false, error: `expected a key at character ${keyStart + 1}` };
    }
    if (text[i] !== '=') {
      return { ok: false, error: `"${key}" needs a value: write ${key}=value` };
    }
    i++; // '='
    let value = '';
    if (text[i] === '"') {
      i++;
      let closed = false;
      while (i < n) {
        const c = text[i];
        if (c === '\\' && i + 1 < n) {
          value += text[i + 1];
          i += 2;
        } else if (c === '"') {
          closed = true;
          i++;
          break;
        } else {
          value += c;
          i++;
        }
      }
      if (!closed) return { ok: false, error: `the quoted value of "${key}" is not closed` };
      if (i < n && !isSpace(text[i])) {
        return { ok: false, error: `expected a space after the quoted value of "${key}"` };
      }
    } else {
      const valueStart = i;
      while (i < n && !isSpace(text[i])) i++;
      value = text.slice(valueStart, i);
      if (value.includes('"')) {
        return { ok: false, error: `stray quote in the value of "${key}": quote the whole value` };
      }
    }
    pairs.push([key, value]);
  }
  return { ok: true, pairs };
}

const NEEDS_QUOTES = /[\s"=\\]/;

export function formatLogfmt(pairs: readonly (readonly [string, string])[]): string {
  return pairs
    .map(([k, v]) =>
      v === '' || NEEDS_QUOTES.test(v) ? `${k}="${v.replace(/[\\"]/g, (c) => '\\' + c)}"` : `${k}=${v}`,
    )
    .join(' ');
}
