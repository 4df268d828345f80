import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSpanInput } from './make-span-input';
import type { SpanInput } from './span-input';
import { resolveTreeLinks, type MatchedIds } from './tree-links';

// Span ids matched elsewhere (wasm-id-links.ts) must give the very links the layout's own id
// table gives: same uids, parents, warnings, on traces with duplicates, orphans and cycles.

const ids = ['1', '2', '3', '4', '5', '6', '7', '8'].map((c) => c.padStart(16, 'a'));
const absent = 'f'.padStart(16, 'a');

const inputsArb = fc.array(
  fc
    .record({
      spanId: fc.constantFrom(...ids),
      parentSpanId: fc.option(fc.constantFrom(...ids, absent), { nil: null, freq: 4 }),
      startUs: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 8 }),
      durationUs: fc.integer({ min: 0, max: 30 }),
    })
    .map((r) => makeSpanInput(r)),
  { maxLength: 40 },
);

/** The simple way: the first span with each id, by a scan. */
function matchedByScan(spans: readonly SpanInput[]): MatchedIds {
  const firstOf = (id: string) => spans.findIndex((s) => s.spanId === id);
  return {
    firstWithId: Int32Array.from(spans, (s) => firstOf(s.spanId)),
    parentFirst: Int32Array.from(spans, (s) => (s.parentSpanId === null ? -1 : firstOf(s.parentSpanId))),
  };
}

function comparable(spans: readonly SpanInput[], matched?: MatchedIds) {
  const { uids, parent, warnings } = resolveTreeLinks(spans, matched);
  return { uids, parent: Array.from(parent), warnings: spans.map((_, i) => warnings.get(i)) };
}

describe('resolveTreeLinks with matched ids', () => {
  it('gives what matching the ids itself gives', () => {
    fc.assert(
      fc.property(inputsArb, (spans) => {
        expect(comparable(spans, matchedByScan(spans))).toEqual(comparable(spans));
      }),
      { numRuns: 500 },
    );
  });

  it('matches the ids itself when the matches are not for as many spans', () => {
    const spans = [makeSpanInput({ spanId: ids[0]!, startUs: 0, durationUs: 1 }), makeSpanInput({ spanId: ids[1]!, parentSpanId: ids[0]!, startUs: 0, durationUs: 1 })];
    const short = { firstWithId: Int32Array.of(0), parentFirst: Int32Array.of(-1) };
    expect(comparable(spans, short)).toEqual(comparable(spans));
  });

  it('reports a parent no span has as an orphan, with its id', () => {
    const spans = [makeSpanInput({ spanId: ids[0]!, parentSpanId: absent, startUs: 0, durationUs: 1 })];
    const { parent, warnings } = resolveTreeLinks(spans, matchedByScan(spans));
    expect(parent[0]).toBe(-1);
    expect(warnings.get(0).map((w) => w.message)).toEqual([`Parent span ${absent} is not in the trace; shown as a root.`]);
  });
});
