import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isErrorSpan } from './attributes';
import { makeTrace } from './analyses/test-trace';
import { errorSpanIndices } from './error-spans';
import type { Trace } from './types';

const found = (t: Trace) => t.spans.filter((s) => isErrorSpan(s)).map((s) => s.index);

describe('errorSpanIndices', () => {
  it('gives what buildTrace noted: every error span, by status or error tag, ascending', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('ok', 'status', 'tag', 'tag-false'), { minLength: 1, maxLength: 40 }), (kinds) => {
        const t = makeTrace(
          kinds.map((kind, i) => ({
            ...(i > 0 ? { parent: (i * 7) % i } : {}),
            start: (i * 13) % 17,
            duration: 20,
            ...(kind === 'status' ? { status: 'error' as const } : {}),
            ...(kind === 'tag' ? { attributes: { error: true } } : {}),
            ...(kind === 'tag-false' ? { attributes: { error: 'false' } } : {}),
          })),
        );
        expect(Array.from(errorSpanIndices(t))).toEqual(found(t));
      }),
    );
  });

  it('reads a trace it was not told about (a copy) once, and keeps the answer', () => {
    const t = makeTrace([{ start: 0, duration: 10 }, { parent: 0, start: 1, duration: 2, status: 'error' }]);
    const copy: Trace = { ...t };
    const first = errorSpanIndices(copy);
    expect(Array.from(first)).toEqual([1]);
    expect(errorSpanIndices(copy)).toBe(first);
  });
});
