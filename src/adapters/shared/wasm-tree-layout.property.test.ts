import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSpanInput } from '../../model/make-span-input';
import type { SpanInput } from '../../model/span-input';
import { layoutTrace, type TraceLayout } from '../../model/trace-layout';
import { previewFromColumns, previewFromPlaces } from '../../model/trace-preview';
import type { PlaceColumns } from '../../model/place-columns';
import type { MatchedIds } from '../../model/tree-links';
import { hasParentOf, idBytes } from './test-id-bytes';
import { wasmMatchedIds } from './wasm-id-links';
import { spanScanReady } from './wasm-span-scan';

// The tree laid out by WebAssembly (wasm/tree-layout.ts) must be the layout JavaScript makes
// (src/model/trace-layout.ts), warnings and all, for any spans: where it declines (duplicate
// ids, cycles), layoutTrace lays them out itself.

const hex = (k: number): string => k.toString(16).padStart(16, '0');

/** The ids WebAssembly matches, from the spans' ids as otlp-place.ts would have written them. */
function matchedByWasm(spans: readonly SpanInput[], batch = 5): MatchedIds {
  const ids = spans.map((s) => ({ id: s.spanId, parent: s.parentSpanId }));
  return wasmMatchedIds(idBytes(ids, batch), hasParentOf(ids))!;
}

function comparable(layout: TraceLayout, n: number) {
  const { uids, parent, tree, start, duration, order, position, depth, size, warnings } = layout;
  // The extent WebAssembly found on the way is the one the preview would compute.
  if (layout.extent !== undefined) {
    let startUs = Infinity;
    let endUs = -Infinity;
    for (let v = 0; v < n; v++) {
      startUs = Math.min(startUs, start[v]!);
      endUs = Math.max(endUs, start[v]! + duration[v]!);
    }
    expect(layout.extent).toEqual({ startUs, endUs, maxDepth: Math.max(0, ...depth) });
  }
  return {
    uids,
    arrays: [parent, tree.first, tree.children, order, position, depth, size].map((a) => Array.from(a)),
    start: Array.from(start),
    duration: Array.from(duration),
    warnings: Array.from({ length: n }, (_, v) => warnings.get(v)),
  };
}

const tenths = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((t) => t / 10);

/** Spans over a small pool of ids (duplicates, cycles, orphans), with ties, negatives and overlaps in time. */
const spansArb = fc.integer({ min: 1, max: 40 }).chain((pool) =>
  fc.array(
    fc
      .record({
        id: fc.integer({ min: 1, max: pool }),
        // Mostly a parent among the pool (pool + 1: an id no span has).
        parent: fc.option(fc.integer({ min: 1, max: pool + 1 }), { nil: null, freq: 6 }),
        // Tenths: children poke out of their parents by less and more than the 0.5 µs tolerance.
        startUs: fc.oneof(fc.integer({ min: 0, max: 30 }), tenths(0, 30), fc.double({ min: 0, max: 30, noNaN: true })),
        durationUs: fc.oneof(fc.integer({ min: -3, max: 30 }), tenths(-1, 30), fc.double({ min: -1, max: 30, noNaN: true })),
      })
      .map((r) =>
        makeSpanInput({ spanId: hex(r.id), parentSpanId: r.parent === null ? null : hex(r.parent), startUs: r.startUs, durationUs: r.durationUs, warnings: [] }),
      ),
    { minLength: 1, maxLength: 60 },
  ),
);

/** A tree without duplicates or cycles: every span's parent comes before it (or is absent). */
const treeArb = fc
  .array(
    fc.record({
      parent: fc.option(fc.nat(), { nil: null, freq: 12 }),
      orphan: fc.boolean(),
      startUs: tenths(0, 20),
      durationUs: tenths(-2, 25),
    }),
    { minLength: 1, maxLength: 120 },
  )
  .map((rows) =>
    rows.map((r, k) =>
      makeSpanInput({
        spanId: hex(k + 1),
        parentSpanId: k === 0 || r.parent === null ? null : r.orphan && r.parent % 9 === 0 ? hex(10_000) : hex((r.parent % k) + 1),
        startUs: r.startUs,
        durationUs: r.durationUs,
        warnings: [],
      }),
    ),
  );

describe('layoutTrace with ids matched by WebAssembly', () => {
  it('gives the layout JavaScript makes, for any spans', async () => {
    expect(await spanScanReady).toBe(true);
    fc.assert(
      fc.property(spansArb, (spans) => {
        expect(comparable(layoutTrace(spans, matchedByWasm(spans)), spans.length)).toEqual(comparable(layoutTrace(spans), spans.length));
      }),
      { numRuns: 400 },
    );
  });

  it('lays out trees without duplicates or cycles itself, the same as JavaScript', async () => {
    expect(await spanScanReady).toBe(true);
    let laidOut = 0;
    fc.assert(
      fc.property(treeArb, (spans) => {
        const matched = matchedByWasm(spans);
        const start = Float64Array.from(spans, (s) => s.startUs!);
        const duration = Float64Array.from(spans, (s) => s.durationUs!);
        if (matched.layOut!(start, duration)?.extent !== undefined) laidOut++;
        expect(comparable(layoutTrace(spans, matchedByWasm(spans)), spans.length)).toEqual(comparable(layoutTrace(spans), spans.length));
      }),
      { numRuns: 300 },
    );
    expect(laidOut).toBe(300);
  });

  it('sorts long child lists (merge sort) by start, ties by input order', async () => {
    expect(await spanScanReady).toBe(true);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 17, maxLength: 300 }), (starts) => {
        const spans = [makeSpanInput({ spanId: hex(1), startUs: 0, durationUs: 20, warnings: [] })];
        starts.forEach((s, k) => spans.push(makeSpanInput({ spanId: hex(k + 2), parentSpanId: hex(1), startUs: s, durationUs: 1, warnings: [] })));
        const layout = layoutTrace(spans, matchedByWasm(spans, 64));
        expect(comparable(layout, spans.length)).toEqual(comparable(layoutTrace(spans), spans.length));
      }),
      { numRuns: 200 },
    );
  });

  it('declines duplicate ids and cycles, which JavaScript lays out with its warnings', async () => {
    expect(await spanScanReady).toBe(true);
    const twice = [
      makeSpanInput({ spanId: hex(1), startUs: 0, durationUs: 5, warnings: [] }),
      makeSpanInput({ spanId: hex(1), startUs: 1, durationUs: 1, warnings: [] }),
    ];
    const cycle = [
      makeSpanInput({ spanId: hex(1), parentSpanId: hex(2), startUs: 0, durationUs: 5, warnings: [] }),
      makeSpanInput({ spanId: hex(2), parentSpanId: hex(1), startUs: 1, durationUs: 1, warnings: [] }),
    ];
    for (const spans of [twice, cycle]) {
      const times = [Float64Array.from(spans, (s) => s.startUs!), Float64Array.from(spans, (s) => s.durationUs!)] as const;
      expect(matchedByWasm(spans).layOut!(...times)).toBeUndefined();
      const layout = layoutTrace(spans, matchedByWasm(spans));
      expect(comparable(layout, 2)).toEqual(comparable(layoutTrace(spans), 2));
      expect(layout.warnings.get(1).length).toBeGreaterThan(0);
    }
  });

  it('lays out a 10,000-level chain and 100k spans', async () => {
    expect(await spanScanReady).toBe(true);
    const chain = Array.from({ length: 10_000 }, (_, k) =>
      makeSpanInput({ spanId: hex(k + 1), parentSpanId: k === 0 ? null : hex(k), startUs: k, durationUs: 20_000 - 2 * k, warnings: [] }),
    );
    const wide = Array.from({ length: 100_000 }, (_, k) =>
      makeSpanInput({ spanId: hex(k + 1), parentSpanId: k === 0 ? null : hex(Math.floor((k - 1) / 7) + 1), startUs: (k * 37) % 1000, durationUs: 500, warnings: [] }),
    );
    for (const spans of [chain, wide]) {
      const layout = layoutTrace(spans, matchedByWasm(spans, 9_999));
      expect(comparable(layout, spans.length)).toEqual(comparable(layoutTrace(spans), spans.length));
    }
    expect(layoutTrace(chain, matchedByWasm(chain)).depth[9_999]).toBe(9_999);
  });
});

describe('previewFromColumns', () => {
  /** The inputs as a reader's columns; counts the calls that make every place. */
  function columnsOf(spans: readonly SpanInput[]) {
    const calls = { all: 0 };
    const columns: PlaceColumns<SpanInput> = {
      length: spans.length,
      start: Float64Array.from(spans, (s) => s.startUs!),
      duration: Float64Array.from(spans, (s) => s.durationUs!),
      matched: matchedByWasm(spans),
      place: (v) => spans[v]!,
      all: () => {
        calls.all++;
        return spans;
      },
    };
    return { columns, calls };
  }

  it('previews as previewFromPlaces does, making every place only where WebAssembly declined', async () => {
    expect(await spanScanReady).toBe(true);
    fc.assert(
      fc.property(fc.oneof(spansArb, treeArb), fc.integer({ min: 1, max: 30 }), (spans, rows) => {
        const { columns, calls } = columnsOf(spans);
        const declined = columns.matched.layOut!(columns.start, columns.duration) === undefined;
        const inputAt = (v: number) => spans[v];
        const got = previewFromColumns('a'.repeat(32), columns, rows, inputAt)!;
        const want = previewFromPlaces('a'.repeat(32), spans, rows, inputAt)!;
        expect(calls.all).toBe(declined ? 1 : 0);
        expect(got.preview).toEqual(want.preview);
        expect(got.laidOut.places).toEqual(spans);
        const { uids, ...layout } = comparable(got.laidOut.layout, spans.length);
        expect(uids ?? spans.map((s) => s.spanId)).toEqual(comparable(want.laidOut.layout, spans.length).uids);
        expect(layout).toEqual({ ...comparable(want.laidOut.layout, spans.length), uids: undefined });
      }),
      { numRuns: 300 },
    );
  });
});
