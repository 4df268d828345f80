import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Trace } from '../types';
import {
  collapseAll,
  collapseBelowDuration,
  collapseToDepth,
  expandAll,
  revealSpan,
  subtreeOf,
  toggleCollapsed,
  visibleRows,
} from './rows';
import { makeChain, makeTrace, type TestSpan } from './test-trace';

//  0 root
//  1   a
//  2     a1
//  3     a2
//  4   b
//  5     b1
//  6       b1x
const tree = makeTrace([
  { start: 0, duration: 100 },
  { parent: 0, start: 1, duration: 40 },
  { parent: 1, start: 2, duration: 5, name: 'hit' },
  { parent: 1, start: 3, duration: 5 },
  { parent: 0, start: 50, duration: 40 },
  { parent: 4, start: 51, duration: 30 },
  { parent: 5, start: 52, duration: 2, name: 'hit' },
]);
const rows = (o: Parameters<typeof visibleRows>[1]) => Array.from(visibleRows(tree, o));

/** Obviously correct: a row shows when no proper ancestor is collapsed and, in matches-only
 * mode, it or a descendant matches. */
function naiveRows(t: Trace, collapsed: Set<number>, match: Set<number> | null, focus?: number): number[] {
  const out: number[] = [];
  for (const span of t.spans) {
    let inFocus = focus === undefined || span.index === focus;
    let hidden = false;
    for (let p = span.parentIndex; p >= 0; p = t.spans[p]!.parentIndex) {
      if (collapsed.has(p) && (focus === undefined || p >= focus)) hidden = true;
      if (p === focus) inFocus = true;
    }
    if (!inFocus || hidden) continue;
    if (match) {
      let any = false;
      for (let d = span.index; d < span.subtreeEnd; d++) if (match.has(d)) any = true;
      if (!any) continue;
    }
    out.push(span.index);
  }
  return out;
}

describe('visibleRows', () => {
  it('shows everything by default, in pre-order', () => {
    expect(rows({})).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('hides the descendants of collapsed spans', () => {
    expect(rows({ collapsed: new Set([1]) })).toEqual([0, 1, 4, 5, 6]);
    expect(rows({ collapsed: new Set([1, 5]) })).toEqual([0, 1, 4, 5]);
    expect(rows({ collapsed: collapseAll(tree) })).toEqual([0]);
  });

  it('keeps matches and their ancestors in matches-only mode', () => {
    const hit = (i: number) => tree.spans[i]!.name === 'hit';
    expect(rows({ matches: hit, matchesOnly: true })).toEqual([0, 1, 2, 4, 5, 6]);
    expect(rows({ matches: [6], matchesOnly: true })).toEqual([0, 4, 5, 6]);
    expect(rows({ matches: [6], matchesOnly: true, collapsed: new Set([4]) })).toEqual([0, 4]);
    expect(rows({ matches: [], matchesOnly: true })).toEqual([]);
    // without matchesOnly, matches only highlight
    expect(rows({ matches: [6] })).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('re-roots on a subtree', () => {
    expect(rows({ focus: 4 })).toEqual([4, 5, 6]);
    expect(rows({ focus: 4, collapsed: new Set([5]) })).toEqual([4, 5]);
    expect(subtreeOf(tree, 4)).toEqual({ start: 4, end: 7 });
    expect(subtreeOf(tree, 99)).toBeNull();
  });

  it('agrees with a naive filter on random trees', () => {
    const arb = fc
      .array(fc.record({ pick: fc.double({ min: 0, max: 1, noNaN: true }), start: fc.nat(50) }), {
        minLength: 1,
        maxLength: 120,
      })
      .chain((rowsSpec) => {
        const n = rowsSpec.length;
        return fc.record({
          specs: fc.constant(
            rowsSpec.map((r, i): TestSpan => ({
              parent: i === 0 || r.pick < 0.05 ? -1 : Math.floor(r.pick * i),
              start: r.start,
              duration: 10,
            })),
          ),
          collapsed: fc.uniqueArray(fc.nat(n - 1)),
          matches: fc.option(fc.uniqueArray(fc.nat(n - 1))),
          focus: fc.option(fc.nat(n - 1)),
        });
      });
    fc.assert(
      fc.property(arb, ({ specs, collapsed, matches, focus }) => {
        const t = makeTrace(specs);
        const c = new Set(collapsed);
        const got = visibleRows(t, {
          collapsed: c,
          matches: matches ?? undefined,
          matchesOnly: matches !== null,
          focus: focus ?? undefined,
        });
        expect(Array.from(got)).toEqual(naiveRows(t, c, matches ? new Set(matches) : null, focus ?? undefined));
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 10,000-level chain', () => {
    const t = makeChain(10_000);
    expect(visibleRows(t).length).toBe(10_000);
    expect(visibleRows(t, { matches: [9_999], matchesOnly: true }).length).toBe(10_000);
    expect(visibleRows(t, { collapsed: new Set([5]) }).length).toBe(6);
  });
});

describe('collapse helpers', () => {
  it('collapses to a depth', () => {
    expect([...collapseToDepth(tree, 1)]).toEqual([1, 4]);
    expect(rows({ collapsed: collapseToDepth(tree, 1) })).toEqual([0, 1, 4]);
    expect(rows({ collapsed: collapseToDepth(tree, 0) })).toEqual([0]);
  });

  it('collapses the topmost short spans', () => {
    expect([...collapseBelowDuration(tree, 35)]).toEqual([5]);
    expect([...collapseBelowDuration(tree, 41)]).toEqual([1, 4]);
    expect(collapseBelowDuration(tree, 1).size).toBe(0);
  });

  it('toggles, expands all and reveals a span', () => {
    expect([...toggleCollapsed(new Set([1]), 1)]).toEqual([]);
    expect([...toggleCollapsed(new Set([1]), 4)]).toEqual([1, 4]);
    expect(expandAll().size).toBe(0);
    expect([...revealSpan(tree, new Set([0, 4, 5, 1]), 6)]).toEqual([1]);
  });
});
