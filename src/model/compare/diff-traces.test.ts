import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeChain, makeTrace, makeWideTrace, type TestSpan } from '../analyses/test-trace';
import { changedRowsWithAncestors, diffTraces } from './diff-traces';

const base: TestSpan[] = [
  { start: 0, duration: 100, service: 'front', name: 'GET /' },
  { parent: 0, start: 5, duration: 60, service: 'api', name: 'checkout' },
  { parent: 1, start: 10, duration: 10, service: 'db', name: 'SELECT' },
  { parent: 1, start: 25, duration: 10, service: 'db', name: 'SELECT' },
  { parent: 0, start: 70, duration: 20, service: 'cache', name: 'get' },
];

const summary = (rows: ReturnType<typeof diffTraces>['rows']) =>
  rows.map((r) => `${'  '.repeat(r.depth)}${r.service}:${r.name} ${r.countA}→${r.countB} ${r.change}`);

describe('diffTraces', () => {
  it('aligns by service + operation path; same-key siblings pair up in order', () => {
    const b: TestSpan[] = [
      { start: 0, duration: 150, service: 'front', name: 'GET /' },
      { parent: 0, start: 5, duration: 120, service: 'api', name: 'checkout' },
      { parent: 1, start: 10, duration: 10, service: 'db', name: 'SELECT' },
      { parent: 1, start: 25, duration: 10, service: 'db', name: 'SELECT' },
      { parent: 1, start: 40, duration: 10, service: 'db', name: 'SELECT' },
      { parent: 1, start: 60, duration: 50, service: 'payments', name: 'charge' },
      { parent: 5, start: 61, duration: 40, service: 'bank', name: 'POST /pay' },
    ];
    const diff = diffTraces(makeTrace(base), makeTrace(b));
    expect(summary(diff.rows)).toEqual([
      'front:GET / 1→1 changed',
      '  api:checkout 1→1 changed',
      '    db:SELECT 2→3 changed',
      '    payments:charge 0→1 added',
      '      bank:POST /pay 0→1 added',
      '  cache:get 1→0 removed',
    ]);
    const root = diff.rows[0]!;
    expect(root.deltaUs).toBe(50);
    expect(root.deltaPct).toBe(50);
    expect(diff.rows[3]!.deltaPct).toBeNull();
    expect(diff.rows[2]!.durationA).toBe(20);
    expect(diff.rows[2]!.durationB).toBe(30);
    expect(diff.rows[1]!.subtreeEnd).toBe(5);
    expect(diff.rows[4]!.parentIndex).toBe(3);
    expect(diff.totals).toMatchObject({ added: 2, removed: 1, changed: 3, spansA: 5, spansB: 7 });
  });

  it('same operation under another service is another node', () => {
    const b = base.map((s, i) => (i === 4 ? { ...s, service: 'redis' } : s));
    const diff = diffTraces(makeTrace(base), makeTrace(b));
    expect(diff.rows.filter((r) => r.name === 'get').map((r) => r.change)).toEqual(['removed', 'added']);
  });

  it('reports the critical path share per service on both sides', () => {
    const b = base.map((s, i) => (i === 4 ? { ...s, duration: 29 } : i === 1 ? { ...s, duration: 30 } : s));
    const diff = diffTraces(makeTrace(base), makeTrace(b));
    const cache = diff.critical.find((c) => c.service === 'cache')!;
    expect(cache.usA).toBe(20);
    expect(cache.usB).toBe(29);
    const sumA = diff.critical.reduce((s, c) => s + c.shareA, 0);
    expect(sumA).toBeCloseTo(1);
  });

  it('changedRowsWithAncestors keeps changes and their context', () => {
    const b = base.map((s, i) => (i === 3 ? { ...s, duration: 11 } : s));
    const diff = diffTraces(makeTrace(base), makeTrace(b));
    expect(changedRowsWithAncestors(diff.rows)).toEqual([0, 1, 2]);
    expect(changedRowsWithAncestors(diffTraces(makeTrace(base), makeTrace(base)).rows)).toEqual([]);
  });

  it('handles a 10k-deep chain without recursion', () => {
    const chain = makeChain(10_000);
    const diff = diffTraces(chain, chain);
    expect(diff.rows).toHaveLength(10_000);
    expect(diff.rows[9_999]!.depth).toBe(9_999);
  });
});

const specsArb = fc
  .array(
    fc.record({
      parentPick: fc.nat(),
      start: fc.integer({ min: 0, max: 50 }),
      duration: fc.integer({ min: 0, max: 50 }),
      service: fc.constantFrom('a', 'b', 'c'),
      name: fc.constantFrom('x', 'y'),
    }),
    { minLength: 1, maxLength: 40 },
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

describe('diffTraces (properties)', () => {
  it('a trace against itself shows no change', () => {
    fc.assert(
      fc.property(specsArb, (specs) => {
        const t = makeTrace(specs);
        const diff = diffTraces(t, t);
        expect(diff.rows.every((r) => r.change === 'same' && r.deltaUs === 0)).toBe(true);
        expect(diff.totals).toMatchObject({ added: 0, removed: 0, changed: 0 });
        expect(diff.critical.every((c) => c.usA === c.usB)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('conserves span counts and durations on each side; the tree is well formed', () => {
    fc.assert(
      fc.property(specsArb, specsArb, (sa, sb) => {
        const a = makeTrace(sa);
        const b = makeTrace(sb);
        const diff = diffTraces(a, b);
        const sum = (f: (r: (typeof diff.rows)[number]) => number) => diff.rows.reduce((s, r) => s + f(r), 0);
        expect(sum((r) => r.countA)).toBe(a.spans.length);
        expect(sum((r) => r.countB)).toBe(b.spans.length);
        expect(sum((r) => r.durationA)).toBe(a.spans.reduce((s, x) => s + x.durationUs, 0));
        expect(sum((r) => r.durationB)).toBe(b.spans.reduce((s, x) => s + x.durationUs, 0));
        for (const r of diff.rows) {
          expect(r.countA + r.countB).toBeGreaterThan(0);
          if (r.parentIndex >= 0) {
            const p = diff.rows[r.parentIndex]!;
            expect(p.index).toBeLessThan(r.index);
            expect(p.subtreeEnd).toBeGreaterThanOrEqual(r.subtreeEnd);
            expect(r.depth).toBe(p.depth + 1);
            // A node exists on a side only under a parent that exists there.
            if (r.countA > 0) expect(p.countA).toBeGreaterThan(0);
            if (r.countB > 0) expect(p.countB).toBeGreaterThan(0);
          } else expect(r.depth).toBe(0);
        }
        // Swapping sides swaps added and removed.
        const back = diffTraces(b, a);
        expect(back.totals.added).toBe(diff.totals.removed);
        expect(back.totals.removed).toBe(diff.totals.added);
      }),
      { numRuns: 300 },
    );
  });

  it('counts are conserved on a large generated trace', () => {
    const t = makeWideTrace(5_000);
    const diff = diffTraces(t, makeWideTrace(4_000, 7));
    expect(diff.rows.reduce((s, r) => s + r.countA, 0)).toBe(5_000);
    expect(diff.rows.reduce((s, r) => s + r.countB, 0)).toBe(4_000);
  });
});
