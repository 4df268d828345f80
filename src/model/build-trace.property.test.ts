import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTrace } from './build-trace';
import { makeSpanInput } from './make-span-input';
import type { SpanInput } from './span-input';
import type { WarningKind } from './types';

// A slow, obviously-correct model of buildTrace, written from the rules rather than the
// algorithm: parent pointers followed step by step, pre-order as a sort of root paths,
// self time by counting integer instants.

const ids = ['1', '2', '3', '4', '5', '6', '7', '8'].map((c) => c.padStart(16, '0'));
const absent = 'f'.padStart(16, '0');

const spanArb = fc.record({
  spanId: fc.constantFrom(...ids),
  parentSpanId: fc.option(fc.constantFrom(...ids, absent), { nil: null, freq: 4 }),
  startUs: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 8 }),
  durationUs: fc.option(fc.integer({ min: -3, max: 30 }), { nil: null, freq: 8 }),
  sharedServerHalf: fc.boolean(),
});

const inputsArb = fc
  .array(fc.tuple(spanArb, fc.integer({ min: 0, max: 5 })), { maxLength: 24 })
  .map((rows) =>
    rows.map(([r, shared]) => makeSpanInput({ ...r, sharedServerHalf: r.sharedServerHalf && shared === 0 })),
  );

interface Expected {
  uid: string;
  parent: number; // input index or -1
  start: number;
  duration: number;
  kinds: Set<WarningKind>;
}

function reference(spans: readonly SpanInput[]): Expected[] {
  const n = spans.length;
  const sameId = (i: number) => spans.map((_, j) => j).filter((j) => spans[j]!.spanId === spans[i]!.spanId);
  const primaryOf = (id: string) => {
    const all = spans.map((_, j) => j).filter((j) => spans[j]!.spanId === id);
    return all.find((j) => !spans[j]!.sharedServerHalf) ?? all[0];
  };
  const serverOf = (id: string) => spans.findIndex((s) => s.spanId === id && s.sharedServerHalf === true);
  const out: Expected[] = spans.map((s, i) => {
    const group = sameId(i);
    const primary = primaryOf(s.spanId)!;
    const others = group.filter((j) => j !== primary);
    const uid = i === primary ? s.spanId : `${s.spanId}~${others.indexOf(i) + 2}`;
    const kinds = new Set<WarningKind>();
    const server = serverOf(s.spanId);
    const cleanPair = group.length === 2 && server >= 0 && server !== primary && !spans[primary]!.sharedServerHalf;
    if (group.length > 1 && !cleanPair) kinds.add('duplicate-span-id');
    let parent = -1;
    if (s.sharedServerHalf && primary !== i && !spans[primary]!.sharedServerHalf) {
      parent = primary;
    } else if (s.parentSpanId !== null) {
      const target = primaryOf(s.parentSpanId);
      if (target === undefined) kinds.add('orphan');
      else parent = serverOf(s.parentSpanId) >= 0 ? serverOf(s.parentSpanId) : target;
    }
    return { uid, parent, start: 0, duration: 0, kinds };
  });
  // Cycles: a span is on one when following parents for n steps comes back to it.
  const cycles: number[][] = [];
  for (let i = 0; i < n; i++) {
    const path: number[] = [];
    let v = i;
    for (let step = 0; step < n && v >= 0; step++) {
      path.push(v);
      v = out[v]!.parent;
      if (v === i) {
        if (!cycles.some((c) => c.includes(i))) cycles.push(path.slice());
        break;
      }
    }
  }
  const key = (i: number) => spans[i]!.startUs ?? Infinity;
  for (const cycle of cycles) {
    const cut = [...cycle].sort((a, b) => key(a) - key(b) || a - b)[0]!;
    out[cut]!.parent = -1;
    for (const m of cycle) out[m]!.kinds.add('parent-cycle');
  }
  const known = spans.map((s) => s.startUs).filter((s): s is NonNullable<typeof s> => s !== null);
  const traceStart = known.length ? Math.min(...known) : 0;
  for (let i = 0; i < n; i++) {
    const d = spans[i]!.durationUs;
    if (d === null) out[i]!.kinds.add('missing-duration');
    else if (d < 0) out[i]!.kinds.add('negative-duration');
    out[i]!.duration = d === null || d < 0 ? 0 : d;
    if (spans[i]!.startUs === null) out[i]!.kinds.add('missing-timestamp');
    let v = i;
    while (v >= 0 && spans[v]!.startUs === null) v = out[v]!.parent;
    out[i]!.start = v >= 0 ? spans[v]!.startUs! : traceStart;
  }
  for (let i = 0; i < n; i++) {
    const p = out[i]!.parent;
    if (p < 0) continue;
    const pd = spans[p]!.durationUs;
    if (pd === null || pd < 0) continue; // a parent of unknown length contains nothing we can check
    const c = out[i]!;
    const q = out[p]!;
    if (c.start < q.start || c.start + c.duration > q.start + q.duration) c.kinds.add('child-outside-parent');
  }
  return out;
}

function rootPath(expected: readonly Expected[], i: number): number[] {
  const path: number[] = [];
  for (let v = i; v >= 0; v = expected[v]!.parent) path.unshift(v);
  return path;
}

function comparePaths(expected: readonly Expected[], a: number[], b: number[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const x = a[k]!;
    const y = b[k]!;
    if (x !== y) return expected[x]!.start - expected[y]!.start || x - y;
  }
  return a.length - b.length;
}

function selfTimeByCounting(expected: readonly Expected[], i: number): number {
  const me = expected[i]!;
  const kids = expected.filter((e) => e.parent === i);
  let free = 0;
  for (let t = me.start; t < me.start + me.duration; t++) {
    if (!kids.some((k) => k.start <= t && t < k.start + k.duration)) free++;
  }
  return free;
}

describe('buildTrace against a slow reference', () => {
  it('agrees on parents, order, depth, subtree ranges, self time and warnings', () => {
    fc.assert(
      fc.property(inputsArb, (spans) => {
        const trace = buildTrace('0'.repeat(32), spans, 'otlp-json');
        const expected = reference(spans);
        const paths = spans.map((_, i) => rootPath(expected, i));
        const order = spans.map((_, i) => i).sort((a, b) => comparePaths(expected, paths[a]!, paths[b]!));
        expect(trace.spans.map((s) => s.uid)).toEqual(order.map((i) => expected[i]!.uid));
        trace.spans.forEach((span, k) => {
          const i = order[k]!;
          const e = expected[i]!;
          const parentUid = e.parent < 0 ? null : expected[e.parent]!.uid;
          expect(span.parentIndex < 0 ? null : trace.spans[span.parentIndex]!.uid).toBe(parentUid);
          expect(span.depth).toBe(paths[i]!.length - 1);
          const descendants = paths.filter((p) => p.length > paths[i]!.length && p[paths[i]!.length - 1] === i).length;
          expect(span.subtreeEnd).toBe(k + 1 + descendants);
          expect(span.startUs).toBe(e.start);
          expect(span.durationUs).toBe(e.duration);
          expect(span.selfTimeUs).toBe(selfTimeByCounting(expected, i));
          expect(new Set(span.warnings.map((w) => w.kind))).toEqual(e.kinds);
          expect(span.children.map((c) => trace.spans[c]!.uid)).toEqual(
            order.filter((j) => expected[j]!.parent === i).map((j) => expected[j]!.uid),
          );
        });
        expect(trace.roots).toEqual(trace.spans.filter((s) => s.parentIndex < 0).map((s) => s.index));
        for (const w of trace.warnings) {
          expect(w.spanIndices).toEqual(
            trace.spans.filter((s) => s.warnings.some((x) => x.kind === w.kind)).map((s) => s.index),
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});
