import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Span } from '../../model/types';
import { micros } from '../../lib/units';
import { collapseAll, revealSpan, visibleRows as modelVisibleRows } from '../../model/analyses/rows';
import type { Trace } from '../../model/types';
import { rowPositions } from './row-positions';
import { treeGuides } from './tree-guides';
import { guideSegments } from './guide-segments';
import { guidePath } from './guide-path';
import { niceStep, timeTicks } from './time-ticks';

/** Builds pre-ordered spans from a parent array (parent[i] < i), as buildTrace lays them out. */
function spansFromParents(parents: readonly number[]): Span[] {
  const n = parents.length;
  const children: number[][] = parents.map(() => []);
  parents.forEach((p, i) => {
    if (p >= 0) children[p]!.push(i);
  });
  // Pre-order via explicit stack, then remap indices.
  const order: number[] = [];
  const stack: number[] = [];
  for (let i = n - 1; i >= 0; i--) if (parents[i]! < 0) stack.push(i);
  while (stack.length) {
    const v = stack.pop()!;
    order.push(v);
    const c = children[v]!;
    for (let k = c.length - 1; k >= 0; k--) stack.push(c[k]!);
  }
  const newIndex = new Array<number>(n);
  order.forEach((old, i) => (newIndex[old] = i));
  const depth = new Array<number>(n).fill(0);
  const spans: Span[] = [];
  for (let i = 0; i < n; i++) {
    const old = order[i]!;
    const p = parents[old]!;
    const parentIndex = p < 0 ? -1 : newIndex[p]!;
    depth[i] = parentIndex < 0 ? 0 : depth[parentIndex]! + 1;
    spans.push({
      index: i,
      uid: `s${i}`,
      parentIndex,
      children: children[old]!.map((c) => newIndex[c]!),
      subtreeEnd: i + 1,
      depth: depth[i]!,
    } as unknown as Span);
  }
  // subtreeEnd: walk backwards, extending each parent to cover its children.
  const ends = spans.map((s) => s.subtreeEnd);
  for (let i = n - 1; i >= 0; i--) {
    const p = spans[i]!.parentIndex;
    if (p >= 0) ends[p] = Math.max(ends[p]!, ends[i]!);
  }
  return spans.map((s, i) => ({ ...s, subtreeEnd: ends[i]! }));
}

const asTrace = (spans: readonly Span[]) => ({ spans }) as unknown as Trace;
const visibleRows = (spans: readonly Span[], collapsed: ReadonlySet<number>) =>
  modelVisibleRows(asTrace(spans), { collapsed });
const parentsOf = (spans: readonly Span[]) => collapseAll(asTrace(spans));

/** Slow reference: a span is visible iff no ancestor is collapsed. */
function slowVisible(spans: readonly Span[], collapsed: ReadonlySet<number>): number[] {
  return spans
    .filter((s) => {
      for (let p = s.parentIndex; p >= 0; p = spans[p]!.parentIndex) if (collapsed.has(p)) return false;
      return true;
    })
    .map((s) => s.index);
}

const parentArray = fc
  .array(fc.nat(), { minLength: 1, maxLength: 60 })
  .map((xs) => xs.map((x, i) => (i === 0 || x % 7 === 0 ? -1 : x % i)));

// The model's rows.ts has its own tests; these check the waterfall's use of it.
describe('visible rows as the waterfall uses them', () => {
  //   0
  //   ├ 1
  //   │ └ 2
  //   └ 3
  //  4 (second root)
  const spans = spansFromParents([-1, 0, 1, 0, -1]);

  it('lists every span in tree order when nothing is collapsed', () => {
    expect([...visibleRows(spans, new Set())]).toEqual([0, 1, 2, 3, 4]);
  });

  it('hides the subtree of a collapsed span but keeps the span', () => {
    expect([...visibleRows(spans, new Set([1]))]).toEqual([0, 1, 3, 4]);
    expect([...visibleRows(spans, new Set([0]))]).toEqual([0, 4]);
    expect([...visibleRows(spans, parentsOf(spans))]).toEqual([0, 4]);
  });

  it('agrees with a slow reference on random trees', () => {
    fc.assert(
      fc.property(parentArray, fc.array(fc.nat()), (parents, picks) => {
        const s = spansFromParents(parents);
        const collapsed = new Set(picks.map((p) => p % s.length));
        expect([...visibleRows(s, collapsed)]).toEqual(slowVisible(s, collapsed));
      }),
    );
  });

  it('handles a 100,000-level chain without recursion', () => {
    const chain = spansFromParents(Array.from({ length: 100_000 }, (_, i) => i - 1));
    expect(visibleRows(chain, new Set()).length).toBe(100_000);
    expect(visibleRows(chain, new Set([10])).length).toBe(11);
    expect(treeGuides(chain, 99_999, 24)).toMatchObject({ indent: 24, clipped: true, elbow: 'last' });
    expect(revealSpan(asTrace(chain), new Set([5, 50_000]), 99_999).size).toBe(0);
  });

  it('maps spans to row positions', () => {
    const rows = visibleRows(spans, new Set([1]));
    expect([...rowPositions(spans.length, rows)]).toEqual([0, 1, -1, 2, 3]);
  });
});


describe('treeGuides', () => {
  const spans = spansFromParents([-1, 0, 1, 0, -1]);
  it('draws elbows and through-lines like a file tree', () => {
    expect(treeGuides(spans, 0, 24)).toMatchObject({ indent: 0, elbow: null });
    expect(treeGuides(spans, 1, 24)).toMatchObject({ indent: 1, elbow: 'mid', through: [] });
    // span 2 sits under span 1, which has a later sibling (3): line at level 0 continues
    expect(treeGuides(spans, 2, 24)).toMatchObject({ indent: 2, elbow: 'last', through: [0] });
    expect(treeGuides(spans, 3, 24)).toMatchObject({ indent: 1, elbow: 'last', through: [] });
  });
});

describe('guideSegments', () => {
  const geometry = { rowHeight: 24, maxLevels: 20 };
  it('merges a line across the rows it passes through and stops └ past the middle', () => {
    // 0 ─ 1 ─ 2, 1 has a later sibling 3: level 0 runs from row 1 to the middle of row 3.
    const spans = spansFromParents([-1, 0, 1, 0, -1]);
    expect(guideSegments(spans, [0, 1, 2, 3, 4], 0, geometry)).toEqual([
      { level: 1, top: 48, height: 13 },
      { level: 0, top: 24, height: 61 },
    ]);
    // A window starting mid-tree: the line enters from above.
    expect(guideSegments(spans, [2, 3], 48, geometry)).toEqual([
      { level: 1, top: 48, height: 13 },
      { level: 0, top: 48, height: 37 },
    ]);
  });

  it('covers exactly the pixels the per-row guides cover', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 60 }), fc.nat(), fc.nat(), (raw, a, b) => {
        const spans = spansFromParents(raw.map((r, i) => (i === 0 ? -1 : (r % (i + 1)) - 1)));
        const from = a % spans.length;
        const to = from + (b % (spans.length - from));
        const window = Array.from({ length: to - from + 1 }, (_, k) => from + k);
        const { maxLevels, rowHeight } = { maxLevels: 4, rowHeight: 24 };
        const expected = new Set<string>();
        window.forEach((index, r) => {
          const g = treeGuides(spans, index, maxLevels);
          const top = (from + r) * rowHeight;
          const mark = (level: number, h: number) => {
            for (let y = top; y < top + h; y++) expected.add(`${level}:${y}`);
          };
          for (const level of g.through) mark(level, rowHeight);
          if (g.elbow) mark(g.indent - 1, g.elbow === 'mid' ? rowHeight : rowHeight / 2 + 1);
        });
        const got = new Set<string>();
        for (const s of guideSegments(spans, window, from * rowHeight, { maxLevels, rowHeight })) {
          for (let y = s.top; y < s.top + s.height; y++) {
            expect(got.has(`${s.level}:${y}`)).toBe(false);
            got.add(`${s.level}:${y}`);
          }
        }
        expect([...got].sort()).toEqual([...expected].sort());
      }),
    );
  });
});

describe('guidePath', () => {
  const geometry = { rowHeight: 24, maxLevels: 20, indentPx: 14, padPx: 6 };
  it('draws the merged lines at pixel centres and an arm from the parent line to each name', () => {
    // 0 ─ 1 ─ 2, 1 has a later sibling 3. Lines: level 1 in row 2 (└), level 0 from row 1 to
    // the middle of row 3. Arms: rows 1 and 3 from x 13 (level 0's column), row 2 from x 27,
    // each 7 px long, ending where the name's indentation ends (6 + indent × 14).
    const spans = spansFromParents([-1, 0, 1, 0, -1]);
    expect(guidePath(spans, [0, 1, 2, 3, 4], geometry)).toBe('M27.5 48v13M13.5 24v61M13 36.5h7M27 60.5h7M13 84.5h7');
  });

  it('is relative to its first row', () => {
    const spans = spansFromParents([-1, 0, 1, 0, -1]);
    expect(guidePath(spans, [2, 3], geometry)).toBe('M27.5 0v13M13.5 0v37M27 12.5h7M13 36.5h7');
  });

  it('draws the arm of a row deeper than the indentation cap at the cap', () => {
    const chain = spansFromParents(Array.from({ length: 30 }, (_, i) => i - 1));
    const path = guidePath(chain, [25], { ...geometry, maxLevels: 4 });
    expect(path).toContain('M55 12.5h7');
  });
});

describe('timeTicks', () => {
  it('picks 1-2-5 steps', () => {
    expect(niceStep(1000, 5)).toBe(200);
    expect(niceStep(7, 6)).toBe(2);
    expect(niceStep(0, 6)).toBe(1);
  });

  it('spans the window with evenly spaced ticks', () => {
    const ticks = timeTicks(0, 1000, 5);
    expect(ticks.map((t) => t.us)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(ticks.at(-1)!.fraction).toBe(1);
  });

  it('stays bounded and inside the window for any window', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.double({ min: 1e-3, max: 1e12, noNaN: true }), (start, width) => {
        const ticks = timeTicks(start, start + width, 6);
        expect(ticks.length).toBeGreaterThan(0);
        expect(ticks.length).toBeLessThanOrEqual(19);
        for (const t of ticks) {
          expect(t.fraction).toBeGreaterThanOrEqual(-1e-9);
          expect(t.fraction).toBeLessThanOrEqual(1 + 1e-6);
        }
      }),
    );
  });

  it('degrades gracefully on an empty window', () => {
    expect(timeTicks(micros(5), micros(5))).toEqual([{ us: 5, fraction: 0 }]);
  });
});
