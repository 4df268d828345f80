import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { micros } from '../../lib/units';
import { compileTraceQL, quoteString } from './compile-traceql';

// Every ASCII character (controls, quotes, backslash) plus some beyond; fast-check's own
// 'binary' unit is slow to generate.
const anyChar = fc.oneof(
  fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('é', '✓', '\u2028', '😀'),
);

// Removes every TraceQL string literal, so what is left is the query's structure.
const withoutStrings = (q: string): string => q.replace(/"(?:[^"\\]|\\.)*"/g, '""');

describe('compileTraceQL (properties)', () => {
  it('quoted strings read back exactly (Go/JSON escapes)', () => {
    fc.assert(
      fc.property(fc.string({ unit: anyChar, maxLength: 30 }), (s) => {
        expect(JSON.parse(quoteString(s))).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('no form value can change the query structure: one spanset, && between conditions', () => {
    const text = fc.string({ unit: 'grapheme-ascii', maxLength: 12 });
    fc.assert(
      fc.property(
        fc.option(text, { nil: undefined }),
        fc.option(text, { nil: undefined }),
        fc.array(fc.tuple(text, text), { maxLength: 4 }),
        (service, operation, tags) => {
          const q = compileTraceQL({ service, operation, tags, startUs: micros(0), endUs: micros(1), limit: 20 });
          const skeleton = withoutStrings(q);
          expect(skeleton.startsWith('{') && skeleton.endsWith('}')).toBe(true);
          const inner = skeleton.slice(1, -1);
          expect(inner).not.toMatch(/[{}]/);
          // Every `||` sits inside a typed-value group `(x=1 || x="1")`.
          expect(inner.replace(/\([^()]*\|\|[^()]*\)/g, '')).not.toContain('||');
        },
      ),
      { numRuns: 2000 },
    );
  });
});
