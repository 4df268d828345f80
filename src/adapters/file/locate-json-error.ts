/**
 * Finds where a JSON text stops being valid, for error messages that say where. JSON.parse
 * messages differ between engines (and some V8 ones give no position), so the text is
 * scanned once more, iteratively (no recursion: hostile files nest deeply).
 * Returns null when the text is valid JSON.
 */
export interface JsonErrorLocation {
  readonly offset: number;
  readonly line: number; // 1-based
  readonly column: number; // 1-based
  readonly reason: string;
}

export function locateJsonError(text: string): JsonErrorLocation | null {
  const fail = (offset: number, reason: string) => at(text, offset, reason);
  const stack: ('{' | '[')[] = [];
  let i = skipSpace(text, 0);
  // States: expecting a value; after a value (expect , or closer); after '{' or ',' in an object (expect key).
  let expect: 'value' | 'after' | 'key' | 'key-or-close' | 'value-or-close' = 'value';
  for (;;) {
    i = skipSpace(text, i);
    const c = text[i];
    if (expect === 'after') {
      const top = stack[stack.length - 1];
      if (top === undefined) return c === undefined ? null : fail(i, 'unexpected text after the JSON value');
      if (c === ',') {
        expect = top === '{' ? 'key' : 'value';
        i++;
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        stack.pop();
        i++;
      } else {
        return fail(i, c === undefined ? 'unexpected end of input' : `expected ',' or '${top === '{' ? '}' : ']'}'`);
      }
      continue;
    }
    if (c === undefined) return fail(i, 'unexpected end of input');
    if (expect === 'key' || expect === 'key-or-close') {
      if (c === '}' && expect === 'key-or-close') {
        stack.pop();
        i++;
        expect = 'after';
        continue;
      }
      if (c !== '"') return fail(i, 'expected a property name in double quotes');
      const end = scanString(text, i);
      if (end < 0) return fail(-end - 1, 'bad string');
      i = skipSpace(text, end);
      if (text[i] !== ':') return fail(i, "expected ':' after the property name");
      i++;
      expect = 'value';
      continue;
    }
    if (c === ']' && expect === 'value-or-close') {
      stack.pop();
      i++;
      expect = 'after';
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      expect = c === '{' ? 'key-or-close' : 'value-or-close';
      continue;
    }
    const end = c === '"' ? scanString(text, i) : scanLiteral(text, i);
    if (end < 0) return fail(-end - 1, c === '"' ? 'bad string' : `unexpected character ${JSON.stringify(text[-end - 1] ?? '')}`);
    i = end;
    expect = 'after';
  }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  return i;
}

/** Index after the closing quote, or -(offset of the problem) - 1. */
function scanString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c < 0x20) return -j - 1;
    if (c === 92) {
      const e = text[j + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -j - 1;
        j += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
        j++;
      } else {
        return -j - 1;
      }
    }
  }
  return -text.length - 1;
}

const LITERAL = /true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function scanLiteral(text: string, i: number): number {
  LITERAL.lastIndex = i;
  const m = LITERAL.exec(text);
  return m ? i + m[0].length : -i - 1;
}

function at(text: string, offset: number, reason: string): JsonErrorLocation {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1, reason };
}
