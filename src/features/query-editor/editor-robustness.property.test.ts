import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySuggestion, completionContext } from './complete';
import { highlight } from './highlight';

// Whatever is typed (half a string, stray operators, unicode), the editor's pure parts
// neither throw nor lose characters.
const queryish = fc.stringMatching(/^[a-z0-9 .=!<>~()"'\\&|,_-]{0,40}$/);
const anything = fc.oneof(queryish, fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

describe('editor robustness', () => {
  it('highlight covers every character, in order, of any text', () => {
    fc.assert(
      fc.property(anything, (text) => {
        const segs = highlight(text);
        let at = 0;
        for (const s of segs) {
          expect(s.start).toBe(at);
          expect(s.end).toBeGreaterThan(s.start);
          at = s.end;
        }
        expect(at).toBe(text.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('completion never throws, and applying a suggestion keeps the text around it', () => {
    fc.assert(
      fc.property(anything, fc.nat(), (text, n) => {
        const cursor = n % (text.length + 1);
        const ctx = completionContext(text, cursor);
        if (!ctx) return;
        expect(ctx.range.start).toBeLessThanOrEqual(cursor);
        expect(ctx.range.end).toBeGreaterThanOrEqual(cursor);
        const r = applySuggestion(text, ctx, { label: 'x.y', kind: ctx.kind === 'value' ? 'value' : 'key', detail: '' });
        expect(r.text.startsWith(text.slice(0, ctx.range.start))).toBe(true);
        expect(r.text.endsWith(text.slice(ctx.range.end))).toBe(true);
        expect(r.cursor).toBeLessThanOrEqual(r.text.length);
      }),
      { numRuns: 1000 },
    );
  });
});
