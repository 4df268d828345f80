import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SpanKind, Trace } from '../types';
import { computeCriticalPath, type CriticalSegment } from './critical-path';
import { makeChain, makeTrace, makeWideTrace, spanIdOf, type TestSpan } from './test-trace';

/**
 * Slow reference: a literal, recursive transcription of Jaeger UI's algorithm
 * (filterBlockingSpans + sanitizeOverFlowingChildren + computeCriticalPath with
 * findLastFinishingChildSpan scanning every child). Only for small test trees.
 */
function referenceCriticalPath(trace: Trace): CriticalSegment[] {
  interface Node {
    index: number;
    start: number;
    end: number;
    parent: Node | null;
    children: Node[];
  }
  const spans = trace.spans;
  const build = (i: number, parent: Node | null): Node | null => {
    const span = spans[i]!;
    let start: number = span.startUs;
    let end: number = span.endUs;
    if (parent) {
      const p = spans[parent.index]!;
      if (p.kind === 'producer' && span.kind === 'consumer') return null;
      if (start >= parent.start) {
        if (start >= parent.end) return null;
        if (end > parent.end) end = parent.end;
      } else if (end <= parent.start) {
        return null;
      } else if (end <= parent.end) {
        start = parent.start;
      } else {
        start = parent.start;
        end = parent.end;
      }
    }
    const node: Node = { index: i, start, end, parent, children: [] };
    for (const c of span.children) {
      const child = build(c, node);
      if (child) node.children.push(child);
    }
    return node;
  };
  const lastFinishing = (node: Node, returning?: number): Node | undefined => {
    let best: Node | undefined;
    let max = -Infinity;
    for (const c of node.children) {
      if (returning !== undefined && !(c.end < returning)) continue;
      if (c.end > max) {
        max = c.end;
        best = c;
      }
    }
    return best;
  };
  const walk = (node: Node, out: CriticalSegment[], returning?: number): void => {
    const sectionEnd = returning ?? node.end;
    const lfc = lastFinishing(node, returning);
    if (lfc) {
      if (lfc.end !== sectionEnd) out.push({ spanIndex: node.index, startUs: lfc.end, endUs: sectionEnd });
      walk(lfc, out);
    } else {
      if (node.start !== sectionEnd) out.push({ spanIndex: node.index, startUs: node.start, endUs: sectionEnd });
      if (node.parent) walk(node.parent, out, node.start);
    }
  };
  const all: CriticalSegment[] = [];
  for (const r of trace.roots) {
    const out: CriticalSegment[] = [];
    walk(build(r, null)!, out);
    all.push(...out.reverse());
  }
  return all.sort((a, b) => a.startUs - b.startUs);
}

const KINDS: SpanKind[] = ['internal', 'server', 'client', 'producer', 'consumer'];

const arbTree = fc
  .integer({ min: 1, max: 200 })
  .chain((n) =>
    fc.array(
      fc.record({
        parentPick: fc.double({ min: 0, max: 1, noNaN: true }),
        root: fc.integer({ min: 0, max: 30 }),
        start: fc.integer({ min: 0, max: 100 }),
        duration: fc.integer({ min: 0, max: 60 }),
        kind: fc.constantFrom(...KINDS),
      }),
      { minLength: n, maxLength: n },
    ),
  )
  .map((rows) =>
    rows.map(
      (r, i): TestSpan => ({
        parent: i === 0 || r.root === 0 ? -1 : Math.min(i - 1, Math.floor(r.parentPick * i)),
        start: r.start,
        duration: r.duration,
        kind: r.kind,
        service: `s${i % 3}`,
      }),
    ),
  );

const idx = (t: Trace, spec: number) => t.byUid.get(spanIdOf(spec))!;

describe('computeCriticalPath', () => {
  it('walks the last-finishing child and steps back (Jaeger example)', () => {
    //  A |0--------------------100|
    //  B    |10--30|
    //  C              |50----80|
    const t = makeTrace([
      { start: 0, duration: 100 },
      { parent: 0, start: 10, duration: 20 },
      { parent: 0, start: 50, duration: 30 },
    ]);
    expect(computeCriticalPath(t)).toEqual([
      { spanIndex: 0, startUs: 0, endUs: 10 },
      { spanIndex: 1, startUs: 10, endUs: 30 },
      { spanIndex: 0, startUs: 30, endUs: 50 },
      { spanIndex: 2, startUs: 50, endUs: 80 },
      { spanIndex: 0, startUs: 80, endUs: 100 },
    ]);
  });

  it('skips a child that overlaps the one just visited (it ended after its start)', () => {
    const t = makeTrace([
      { start: 0, duration: 100 },
      { parent: 0, start: 10, duration: 50 }, // ends 60, after C starts
      { parent: 0, start: 40, duration: 50 }, // ends 90: the LFC
    ]);
    expect(computeCriticalPath(t)).toEqual([
      { spanIndex: 0, startUs: 0, endUs: 40 },
      { spanIndex: 2, startUs: 40, endUs: 90 },
      { spanIndex: 0, startUs: 90, endUs: 100 },
    ]);
  });

  it('does not let a consumer under a producer block', () => {
    const t = makeTrace([
      { start: 0, duration: 100, kind: 'server' },
      { parent: 0, start: 10, duration: 10, kind: 'producer' },
      { parent: 1, start: 15, duration: 5, kind: 'consumer' },
    ]);
    const path = computeCriticalPath(t);
    expect(path.some((s) => s.spanIndex === 2)).toBe(false);
    expect(path.map((s) => s.spanIndex)).toEqual([0, 1, 0]);
  });

  it('clamps overflowing children and drops those outside the parent', () => {
    const t = makeTrace([
      { start: 100, duration: 100 },
      { parent: 0, start: 50, duration: 100 }, // starts before: clamped to [100,150)
      { parent: 0, start: 180, duration: 100 }, // ends after: clamped to [180,200)
      { parent: 0, start: 250, duration: 10 }, // after the end: dropped
      { parent: 3, start: 250, duration: 5 }, // under a dropped span: dropped
    ]);
    expect(computeCriticalPath(t)).toEqual([
      { spanIndex: 1, startUs: 100, endUs: 150 },
      { spanIndex: 0, startUs: 150, endUs: 180 },
      { spanIndex: 2, startUs: 180, endUs: 200 },
    ]);
  });

  it('computes one path per root and merges them in time order', () => {
    const t = makeTrace([
      { start: 0, duration: 10, service: 'a' },
      { start: 5, duration: 10, service: 'b' },
    ]);
    expect(computeCriticalPath(t)).toEqual([
      { spanIndex: 0, startUs: 0, endUs: 10 },
      { spanIndex: 1, startUs: 5, endUs: 15 },
    ]);
  });

  it('matches the recursive reference on random trees', () => {
    fc.assert(
      fc.property(arbTree, (specs) => {
        const t = makeTrace(specs);
        expect(computeCriticalPath(t)).toEqual(referenceCriticalPath(t));
      }),
      { numRuns: 400 },
    );
  });

  it('tiles each root window exactly (segments are contiguous)', () => {
    fc.assert(
      fc.property(arbTree, (specs) => {
        const single = specs.map((s, i) => (i > 0 && (s.parent ?? -1) < 0 ? { ...s, parent: 0 } : s));
        const t = makeTrace(single);
        const path = computeCriticalPath(t);
        const root = t.spans[t.roots[0]!]!;
        let at: number = root.startUs;
        for (const seg of path) {
          expect(seg.startUs).toBe(at);
          expect(seg.endUs).toBeGreaterThan(seg.startUs);
          at = seg.endUs;
        }
        expect(at).toBe(root.durationUs > 0 ? root.endUs : root.startUs);
      }),
      { numRuns: 200 },
    );
  });

  it('finishes on a 10,000-level chain', () => {
    const t = makeChain(10_000);
    const path = computeCriticalPath(t);
    // Down the chain (each parent's tail), then the deepest span whole, then back up (heads).
    expect(path.length).toBe(2 * 10_000 - 1);
    expect(path[0]).toEqual({ spanIndex: 0, startUs: 0, endUs: 1 });
    expect(idx(t, 9_999)).toBe(9_999);
  });

  it('finishes on a 100k-span trace', () => {
    const t = makeWideTrace(100_000);
    const path = computeCriticalPath(t);
    expect(path.length).toBeGreaterThan(0);
    expect(path[0]!.startUs).toBe(t.spans[0]!.startUs);
    expect(path[path.length - 1]!.endUs).toBe(t.spans[0]!.endUs);
  });

  it('finishes on one span with 50k children', () => {
    const specs: TestSpan[] = [{ start: 0, duration: 1_000_000 }];
    for (let i = 1; i <= 50_000; i++) specs.push({ parent: 0, start: i * 10, duration: 5 + (i % 7) });
    const path = computeCriticalPath(makeTrace(specs));
    expect(path.length).toBeGreaterThan(50_000);
  });
});
