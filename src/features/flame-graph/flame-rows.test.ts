import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flameGraphLayout } from '../../model/analyses/flame-graph';
import { makeTrace, type TestSpan } from '../../model/analyses/test-trace';
import { fitLabel, flameHit, flameRows } from './flame-rows';

const trace = makeTrace([
  { start: 0, duration: 100, name: 'root' },
  { parent: 0, start: 0, duration: 60, name: 'a' },
  { parent: 0, start: 50, duration: 50, name: 'b' },
  { parent: 1, start: 10, duration: 10, name: 'a1' },
]);

describe('flameRows', () => {
  it('buckets every rectangle into its row', () => {
    const layout = flameGraphLayout(trace);
    const rows = flameRows(layout);
    expect(Array.from(rows.rowStart)).toEqual([0, 1, 3, 4]);
    const row1 = Array.from(rows.order.slice(1, 3)).map((k) => trace.spans[layout.spanIndex[k]!]!.name);
    expect(row1.sort()).toEqual(['a', 'b']);
  });

  it('is a permutation grouped by depth on random trees', () => {
    const tree = fc.array(fc.tuple(fc.nat(), fc.nat(100), fc.nat(100)), { minLength: 1, maxLength: 60 }).map((xs) =>
      xs.map(([p, s, d], i): TestSpan => (i === 0 ? { start: s, duration: d } : { parent: p % i, start: s, duration: d })),
    );
    fc.assert(
      fc.property(tree, (specs) => {
        const layout = flameGraphLayout(makeTrace(specs));
        const { rowStart, order } = flameRows(layout);
        expect([...order].sort((a, b) => a - b)).toEqual([...order.keys()]);
        for (let d = 0; d < layout.rows; d++) {
          for (let i = rowStart[d]!; i < rowStart[d + 1]!; i++) expect(layout.depth[order[i]!]).toBe(d);
        }
      }),
    );
  });
});

describe('flameHit', () => {
  const layout = flameGraphLayout(trace);
  const rows = flameRows(layout);
  const nameAt = (row: number, us: number) => {
    const k = flameHit(layout, rows, row, us);
    return k < 0 ? null : trace.spans[layout.spanIndex[k]!]!.name;
  };
  it('finds the rectangle under the point, the narrowest where siblings overlap', () => {
    expect(nameAt(0, 30)).toBe('root');
    expect(nameAt(1, 20)).toBe('a');
    expect(nameAt(1, 55)).toBe('b');
    expect(nameAt(1, 80)).toBe('b');
    expect(nameAt(2, 15)).toBe('a1');
    expect(nameAt(2, 50)).toBeNull();
    expect(nameAt(7, 50)).toBeNull();
  });
  it('works in a zoomed layout (ancestors above, times from the focused span)', () => {
    const zoomed = flameGraphLayout(trace, 1);
    const r = flameRows(zoomed);
    const k = flameHit(zoomed, r, 2, 15);
    expect(trace.spans[zoomed.spanIndex[k]!]!.name).toBe('a1');
    expect(trace.spans[zoomed.spanIndex[flameHit(zoomed, r, 0, 1)]!]!.name).toBe('root');
  });
});

describe('fitLabel', () => {
  it('cuts with an ellipsis', () => {
    expect(fitLabel('checkout', 20)).toBe('checkout');
    expect(fitLabel('checkout', 5)).toBe('chec…');
    expect(fitLabel('checkout', 1)).toBe('');
  });
});
