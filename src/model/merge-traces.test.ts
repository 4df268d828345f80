import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeTrace, type TestSpan } from './analyses/test-trace';
import { buildTrace } from './build-trace';
import { mergeTraces, SOURCE_EXTRA, spanToInput } from './merge-traces';
import type { Trace } from './types';

const shape = (t: Trace) =>
  t.spans.map((s) => ({
    uid: s.uid,
    parent: t.spans[s.parentIndex]?.uid ?? null,
    name: s.name,
    service: s.service,
    start: s.startUs,
    duration: s.durationUs,
  }));

const specs: TestSpan[] = [
  { start: 0, duration: 100, service: 'front', name: 'GET /' },
  { parent: 0, start: 10, duration: 50, service: 'api', name: 'call' },
  { parent: 1, start: 20, duration: 20, service: 'db', name: 'SELECT' },
  { parent: 0, start: 70, duration: 20, service: 'cache', name: 'get' },
];

/** The trace of `specs` keeping only the spans at `keep` (ids stay those of the full trace). */
function part(keep: readonly number[]): Trace {
  const full = makeTrace(specs);
  const inputs = keep.map((i) => spanToInput(full.spans.find((s) => s.uid === full.spans[i]!.uid)!, full, null));
  return buildTrace(full.traceId, inputs, full.format);
}

describe('mergeTraces', () => {
  it('merging a trace with its copy gives the trace, spans tagged with the first source', () => {
    const t = makeTrace(specs);
    const merged = mergeTraces([
      { sourceId: 'tempo', trace: t },
      { sourceId: 'zipkin', trace: t },
    ]);
    expect(shape(merged)).toEqual(shape(t));
    expect(merged.spans.every((s) => s.extras[SOURCE_EXTRA] === 'tempo')).toBe(true);
    expect(merged.warnings).toEqual([]);
  });

  it('joins the parts of a trace split between sources; the orphan finds its parent', () => {
    const a = part([0, 1]);
    const b = part([2, 3]);
    expect(b.warnings.some((w) => w.kind === 'orphan')).toBe(true);
    const merged = mergeTraces([
      { sourceId: 'jaeger', trace: a },
      { sourceId: 'tempo', trace: b },
    ]);
    expect(shape(merged)).toEqual(shape(makeTrace(specs)));
    expect(merged.warnings.some((w) => w.kind === 'orphan')).toBe(false);
    const sources = merged.spans.map((s) => s.extras[SOURCE_EXTRA]);
    expect(sources).toEqual(['jaeger', 'jaeger', 'tempo', 'tempo']);
  });

  it('keeps both copies when the same id has another duration, and says so', () => {
    const t = makeTrace(specs);
    const longer = makeTrace(specs.map((s, i) => (i === 3 ? { ...s, duration: 25 } : s)));
    const merged = mergeTraces([
      { sourceId: 'a', trace: t },
      { sourceId: 'b', trace: longer },
    ]);
    expect(merged.spans).toHaveLength(5);
    expect(merged.warnings.some((w) => w.kind === 'duplicate-span-id')).toBe(true);
  });

  it("keeps a part's trace-level warnings once", () => {
    const base = makeTrace(specs);
    const inputs = base.spans.map((s) => spanToInput(s, base, null));
    const t = buildTrace(base.traceId, inputs, 'demo', [{ kind: 'truncated', message: 'cut' }]);
    const merged = mergeTraces([
      { sourceId: 'a', trace: t },
      { sourceId: 'b', trace: t },
    ]);
    expect(merged.warnings.filter((w) => w.kind === 'truncated')).toHaveLength(1);
  });

  it('needs at least one trace', () => {
    expect(() => mergeTraces([])).toThrow(/at least one/);
  });
});

// Random trees: parent index < own index, so every spec list is a valid tree.
const specsArb = fc
  .array(
    fc.record({
      parentPick: fc.nat(),
      start: fc.integer({ min: 0, max: 50 }),
      duration: fc.integer({ min: 0, max: 50 }),
      service: fc.constantFrom('a', 'b', 'c'),
      name: fc.constantFrom('x', 'y'),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((rows) =>
    rows.map((r, i): TestSpan => ({
      parent: i === 0 ? -1 : r.parentPick % i,
      start: r.start,
      duration: r.duration,
      service: r.service,
      name: r.name,
    })),
  );

describe('mergeTraces (properties)', () => {
  it('a trace merged with any overlapping split of itself is the trace', () => {
    fc.assert(
      fc.property(specsArb, fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 30, maxLength: 30 }), (list, where) => {
        const full = makeTrace(list);
        // Each span goes to part A (0), part B (1) or both (2).
        const inA = full.spans.filter((_, i) => where[i]! !== 1);
        const inB = full.spans.filter((_, i) => where[i]! !== 0);
        const a = buildTrace(full.traceId, inA.map((s) => spanToInput(s, full, null)), 'demo');
        const b = buildTrace(full.traceId, inB.map((s) => spanToInput(s, full, null)), 'demo');
        const parts = [a, b].filter((t) => t.spans.length > 0).map((trace, k) => ({ sourceId: `s${k}`, trace }));
        const merged = mergeTraces(parts);
        // Siblings starting together keep input order, which merging changes: compare by uid.
        const byUid = (t: Trace) => shape(t).sort((x, y) => (x.uid < y.uid ? -1 : 1));
        expect(byUid(merged)).toEqual(byUid(full));
        expect(merged.spans.every((s) => typeof s.extras[SOURCE_EXTRA] === 'string')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
