import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from './locate-json-error';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('locateJsonError', () => {
  it('finds nothing wrong in valid JSON', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, true, null, "x\\u00e9\\n"], "b": {}}')).toBeNull();
    expect(locateJsonError(' [] ')).toBeNull();
  });

  it('names line and column of the first problem', () => {
    expect(locateJsonError('{\n  "a": 1,\n  "b": }')).toMatchObject({ line: 3, column: 8 });
    expect(locateJsonError('{"a": 1,}')).toMatchObject({ line: 1, column: 9, reason: 'expected a property name in double quotes' });
    expect(locateJsonError('[1 2]')).toMatchObject({ line: 1, column: 4 });
    expect(locateJsonError('{"a": 1} x')).toMatchObject({ column: 10, reason: 'unexpected text after the JSON value' });
    expect(locateJsonError('[1,')).toMatchObject({ column: 4, reason: 'unexpected end of input' });
    expect(locateJsonError('"abc')).toMatchObject({ reason: 'bad string' });
  });

  it('handles very deep nesting without recursion', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(locateJsonError(deep)).toBeNull();
    expect(locateJsonError(`${deep.slice(0, -1)}}`)).toMatchObject({ reason: "expected ',' or ']'" });
  });

  it('agrees with JSON.parse on valid and damaged documents', () => {
    const damaged = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\\', '\n', '{', '[', '0', '-', 'e', ' '), fc.nat({ max: 2 }))
      .map(([text, at, insert, cut]) => {
        const i = text.length === 0 ? 0 : at % text.length;
        return text.slice(0, i) + insert + text.slice(i + cut);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), damaged, fc.string()), (text) => {
        expect(locateJsonError(text) === null).toBe(parses(text));
      }),
      { numRuns: 5_000 },
    );
  });
});
