// Skipping over JSON text without building values: where a string, a value or the spaces
// before the next token end. What the text-skeleton scanner walks the text with.

/** The text ends inside the token: wait for more. */
export const INCOMPLETE = -1;
/** Not JSON (or not what the scanner follows). */
export const MALFORMED = -2;

export const QUOTE = 34;
export const BACKSLASH = 92;
export const COLON = 58;
export const COMMA = 44;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;
export const OPEN_BRACKET = 91;
export const CLOSE_BRACKET = 93;

export function skipSpace(s: string, i: number): number {
  for (;;) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return i;
    i++;
  }
}

/**
 * The end of the string at `i` (just past its closing quote) when it has no escapes;
 * MALFORMED for a string with a backslash (the caller decides), INCOMPLETE at the text's end.
 */
export function skipPlainString(s: string, i: number): number {
  const n = s.length;
  for (let j = i + 1; j < n; j++) {
    const c = s.charCodeAt(j);
    if (c === QUOTE) return j + 1;
    if (c === BACKSLASH) return MALFORMED;
  }
  return INCOMPLETE;
}

/** The end of any JSON value starting at `i`, or INCOMPLETE when the text ends inside it. */
export function skipValue(s: string, i: number): number {
  const n = s.length;
  const first = s.charCodeAt(i);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET && first !== QUOTE) {
    // A number, true, false or null: up to the next delimiter (which must be here too).
    for (let j = i; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === 32 || c === 10 || c === 13 || c === 9) {
        return j === i ? MALFORMED : j;
      }
      if (c === QUOTE || c === OPEN_BRACE || c === OPEN_BRACKET || c === COLON) return MALFORMED;
    }
    return INCOMPLETE;
  }
  let depth = 0;
  for (let j = i; j < n; j++) {
    const c = s.charCodeAt(j);
    if (c === QUOTE) {
      j = closingQuote(s, j);
      if (j < 0) return INCOMPLETE;
      if (depth === 0) return j + 1;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth++;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (--depth === 0) return j + 1;
    }
  }
  return INCOMPLETE;
}

/** The quote that closes the string opening at `i`, or -1. (indexOf beats a loop over characters.) */
export function closingQuote(s: string, i: number): number {
  let q = s.indexOf('"', i + 1);
  while (q > 0 && s.charCodeAt(q - 1) === BACKSLASH) {
    // Escaped only after an odd number of backslashes.
    let b = q - 1;
    while (s.charCodeAt(b - 1) === BACKSLASH) b--;
    if ((q - b) % 2 === 0) break;
    q = s.indexOf('"', q + 1);
  }
  return q;
}
