import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { minimapDensity, OTHER_SERVICES, spanColumns } from './minimap-density';
import { makeTrace, type TestSpan } from './test-trace';

/** Slow reference: every span adds one to every cell it covers, per service. */
function reference(trace: ReturnType<typeof makeTrace>, columns: number, maxBands: number) {
  const per = Math.max(1, Math.ceil((trace.maxDepth + 1) / maxBands));
  const bands = Math.ceil((trace.maxDepth + 1) / per);
  const counts = new Array<number>(bands * columns).fill(0);
  for (const s of trace.spans) {
    const { first, last } = spanColumns(s.startUs, s.endUs, trace.startUs, trace.durationUs, columns);
    const band = Math.min(bands - 1, Math.floor(s.depth / per));
    for (let c = first; c <= last; c++) counts[band * columns + c]!++;
  }
  return { bands, counts };
}

const treeArb = fc.array(
  fc.record({
    parentPick: fc.nat(),
    start: fc.integer({ min: 0, max: 10_000 }),
    duration: fc.integer({ min: 0, max: 5_000 }),
    service: fc.constantFrom('a', 'b', 'c', 'd'),
  }),
  { minLength: 1, maxLength: 60 },
);

describe('minimapDensity', () => {
  it('counts the spans covering each cell, like the slow reference', () => {
    fc.assert(
      fc.property(treeArb, fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 6 }), (raw, columns, maxBands) => {
        const specs: TestSpan[] = raw.map((r, i) => ({
          parent: i === 0 ? -1 : r.parentPick % i,
          start: r.start,
          duration: r.duration,
          service: r.service,
        }));
        const trace = makeTrace(specs);
        const d = minimapDensity(trace, { columns, maxBands });
        const ref = reference(trace, columns, maxBands);
        expect(d.bands).toBe(ref.bands);
        expect(Array.from(d.counts)).toEqual(ref.counts);
        expect(d.maxCount).toBe(Math.max(...ref.counts));
        for (let k = 0; k < d.counts.length; k++) expect(d.dominant[k]! >= 0).toBe(d.counts[k]! > 0);
      }),
    );
  });

  it('colors a cell by the service covering it most', () => {
    const trace = makeTrace([
      { start: 0, duration: 100, service: 'gateway' },
      { parent: 0, start: 0, duration: 50, service: 'db' },
      { parent: 0, start: 0, duration: 50, service: 'db' },
      { parent: 0, start: 50, duration: 50, service: 'cache' },
    ]);
    const d = minimapDensity(trace, { columns: 2 });
    expect(d.bands).toBe(2);
    expect(d.services[d.dominant[0]!]).toBe('gateway');
    expect(d.services[d.dominant[2]!]).toBe('db');
    expect(d.services[d.dominant[3]!]).toBe('cache');
    expect(Array.from(d.counts)).toEqual([1, 1, 2, 1]);
  });

  it('groups depths into bands on deep traces and caps the services', () => {
    const specs: TestSpan[] = Array.from({ length: 500 }, (_, i) => ({
      parent: i - 1,
      start: i,
      duration: 1000 - i,
      service: `svc${i % 30}`,
    }));
    const d = minimapDensity(makeTrace(specs), { columns: 10, maxBands: 40, maxServices: 8 });
    expect(d.bands).toBeLessThanOrEqual(40);
    expect(d.depthsPerBand).toBe(13);
    expect(d.services).toHaveLength(8);
    expect(d.services[7]).toBe(OTHER_SERVICES);
    let total = 0;
    for (const c of d.counts) total += c;
    expect(total).toBeGreaterThanOrEqual(500);
  });

  it('handles a zero-length trace', () => {
    const d = minimapDensity(makeTrace([{ start: 5, duration: 0 }]), { columns: 4 });
    expect(Array.from(d.counts)).toEqual([1, 0, 0, 0]);
  });
});
