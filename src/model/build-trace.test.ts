import { describe, expect, it } from 'vitest';
import { buildTrace, buildTraces } from './build-trace';
import { makeSpanInput as span } from './make-span-input';
import type { SpanInput } from './span-input';
import type { Trace } from './types';

const id = (n: number) => n.toString(16).padStart(16, '0');
const TRACE = '0000000000000000000000000000000a';

/** A readable dump: uid@depth per span in order, with the parent uid. */
function shape(trace: Trace): string[] {
  return trace.spans.map((s) => `${'  '.repeat(s.depth)}${s.uid}<${s.parentIndex < 0 ? '-' : trace.spans[s.parentIndex]!.uid}`);
}

function kinds(trace: Trace, uid: string): string[] {
  return trace.spans[trace.byUid.get(uid)!]!.warnings.map((w) => w.kind);
}

describe('buildTrace: tree', () => {
  it('orders spans depth-first, children by start, ties by input order', () => {
    const trace = buildTrace(
      TRACE,
      [
        span({ spanId: id(3), parentSpanId: id(1), startUs: 20, durationUs: 10 }),
        span({ spanId: id(1), startUs: 0, durationUs: 100 }),
        span({ spanId: id(2), parentSpanId: id(1), startUs: 10, durationUs: 10 }),
        span({ spanId: id(4), parentSpanId: id(2), startUs: 12, durationUs: 1 }),
        span({ spanId: id(5), parentSpanId: id(1), startUs: 20, durationUs: 5 }),
      ],
      'otlp-json',
    );
    expect(shape(trace)).toEqual([
      `${id(1)}<-`,
      `  ${id(2)}<${id(1)}`,
      `    ${id(4)}<${id(2)}`,
      `  ${id(3)}<${id(1)}`,
      `  ${id(5)}<${id(1)}`,
    ]);
    expect(trace.spans.map((s) => s.subtreeEnd)).toEqual([5, 3, 3, 4, 5]);
    expect(trace.spans[0]!.children).toEqual([1, 3, 4]);
    expect(trace.roots).toEqual([0]);
    expect(trace.maxDepth).toBe(2);
    expect(trace.startUs).toBe(0);
    expect(trace.endUs).toBe(100);
    expect(trace.durationUs).toBe(100);
    expect(trace.warnings).toEqual([]);
    expect(trace.spans.every((s, i) => s.index === i && trace.byUid.get(s.uid) === i)).toBe(true);
  });

  it('computes self time from the merged, clamped children', () => {
    const trace = buildTrace(
      TRACE,
      [
        span({ spanId: id(1), startUs: 0, durationUs: 100 }),
        span({ spanId: id(2), parentSpanId: id(1), startUs: 10, durationUs: 20 }), // 10..30
        span({ spanId: id(3), parentSpanId: id(1), startUs: 20, durationUs: 20 }), // 20..40 overlaps
        span({ spanId: id(4), parentSpanId: id(1), startUs: 90, durationUs: 50 }), // clamped to 90..100
        span({ spanId: id(5), parentSpanId: id(1), startUs: -10, durationUs: 5 }), // wholly before
      ],
      'otlp-json',
    );
    expect(trace.spans[0]!.selfTimeUs).toBe(100 - 30 - 10);
    expect(trace.spans.find((s) => s.spanId === id(2))!.selfTimeUs).toBe(20);
    expect(kinds(trace, id(4))).toEqual(['child-outside-parent']);
    expect(kinds(trace, id(5))).toEqual(['child-outside-parent']);
    expect(trace.startUs).toBe(-10);
    expect(trace.endUs).toBe(140);
  });
});

describe('buildTrace: problems become warnings', () => {
  it('gives duplicate ids distinct uids and warns on each', () => {
    const trace = buildTrace(
      TRACE,
      [
        span({ spanId: id(1), startUs: 0, durationUs: 10 }),
        span({ spanId: id(1), startUs: 1, durationUs: 10 }),
        span({ spanId: id(1), startUs: 2, durationUs: 10 }),
        span({ spanId: id(2), parentSpanId: id(1), startUs: 3, durationUs: 1 }),
      ],
      'otlp-json',
    );
    expect(trace.spans.map((s) => s.uid)).toEqual([id(1), id(2), `${id(1)}~2`, `${id(1)}~3`]);
    expect(kinds(trace, `${id(1)}~2`)).toEqual(['duplicate-span-id']);
    expect(trace.warnings).toEqual([
      expect.objectContaining({ kind: 'duplicate-span-id', spanIndices: [0, 2, 3] }),
    ]);
    // A child of a duplicated id hangs under the first one.
    expect(trace.spans[1]!.parentIndex).toBe(0);
  });

  it('makes spans with missing parents roots, with an orphan warning', () => {
    const trace = buildTrace(
      TRACE,
      [
        span({ spanId: id(2), parentSpanId: id(9), startUs: 5, durationUs: 1 }),
        span({ spanId: id(1), startUs: 0, durationUs: 10 }),
      ],
      'otlp-json',
    );
    expect(trace.roots).toEqual([0, 1]);
    expect(trace.spans[1]!.parentSpanId).toBe(id(9));
    expect(kinds(trace, id(2))).toEqual(['orphan']);
    expect(trace.warnings[0]).toMatchObject({ kind: 'orphan', spanIndices: [1] });
    expect(trace.warnings[0]!.message).toContain(id(9));
  });

  it('cuts a parent cycle at its earliest span', () => {
    const trace = buildTrace(
      TRACE,
      [
        span({ spanId: id(1), parentSpanId: id(3), startUs: 5, durationUs: 1 }),
        span({ spanId: id(2), parentSpanId: id(1), startUs: 3, durationUs: 1 }),
        span({ spanId: id(3), parentSpanId: id(2), startUs: 4, durationUs: 1 }),
        span({ spanId: id(4), parentSpanId: id(3), startUs: 1, durationUs: 1 }), // hangs below, not on, the cycle
        span({ spanId: id(5), parentSpanId: id(5), startUs: 0, durationUs: 1 }), // its own parent
      ],
      'otlp-json',
    );
    expect(shape(trace)).toEqual([
      `${id(5)}<-`,
      `${id(2)}<-`,
      `  ${id(3)}<${id(2)}`,
      `    ${id(4)}<${id(3)}`,
      `    ${id(1)}<${id(3)}`,
    ]);
    expect(kinds(trace, id(4))).toEqual(['child-outside-parent']);
    expect(kinds(trace, id(2))).toEqual(['parent-cycle']);
    expect(kinds(trace, id(1))).toEqual(['parent-cycle', 'child-outside-parent']);
    expect(trace.warnings.find((w) => w.kind === 'parent-cycle')!.spanIndices).toEqual([0, 1, 2, 4]);
  });

  it('places spans without times and says where', () => {
    const trace = buildTrace(
      TRACE,
      [
        span({ spanId: id(1), startUs: 100, durationUs: 50 }),
        span({ spanId: id(2), parentSpanId: id(1), startUs: null, durationUs: 5 }),
        span({ spanId: id(3), parentSpanId: id(2), startUs: null, durationUs: null }),
        span({ spanId: id(4), startUs: null, durationUs: -3 }),
      ],
      'zipkin-json',
    );
    const at = (uid: string) => trace.spans[trace.byUid.get(uid)!]!;
    expect(at(id(2)).startUs).toBe(100);
    expect(at(id(3)).startUs).toBe(100);
    expect(at(id(3)).durationUs).toBe(0);
    expect(at(id(4)).startUs).toBe(100);
    expect(at(id(4)).durationUs).toBe(0);
    expect(kinds(trace, id(3))).toEqual(['missing-duration', 'missing-timestamp']);
    expect(at(id(2)).warnings[0]!.message).toContain("parent's start");
    expect(at(id(4)).warnings.map((w) => w.message).join(' ')).toContain("trace's start");
    expect(kinds(trace, id(4))).toEqual(['negative-duration', 'missing-timestamp']);
  });

  it('keeps decoder warnings and trace warnings', () => {
    const trace = buildTrace(
      TRACE,
      [span({ spanId: id(1), warnings: [{ kind: 'invalid-id', message: 'bad parent id "xyz"' }] })],
      'otlp-json',
      [{ kind: 'truncated', message: 'cut' }],
    );
    expect(trace.warnings).toEqual([
      { kind: 'truncated', message: 'cut', spanIndices: [] },
      { kind: 'invalid-id', message: 'bad parent id "xyz"', spanIndices: [0] },
    ]);
  });
});

describe('buildTrace: Zipkin shared spans', () => {
  it('puts the server half under its client half, and the children under the server half', () => {
    const trace = buildTrace(
      TRACE,
      [
        span({ spanId: id(2), parentSpanId: id(1), kind: 'server', sharedServerHalf: true, startUs: 12, durationUs: 6, service: 'b' }),
        span({ spanId: id(1), startUs: 0, durationUs: 30, service: 'a' }),
        span({ spanId: id(2), parentSpanId: id(1), kind: 'client', startUs: 10, durationUs: 10, service: 'a' }),
        span({ spanId: id(3), parentSpanId: id(2), startUs: 13, durationUs: 2, service: 'b' }),
      ],
      'zipkin-json',
    );
    expect(shape(trace)).toEqual([`${id(1)}<-`, `  ${id(2)}<${id(1)}`, `    ${id(2)}~2<${id(2)}`, `      ${id(3)}<${id(2)}~2`]);
    expect(trace.warnings).toEqual([]);
    expect(trace.services).toEqual([
      { name: 'a', spanCount: 2, errorCount: 0 },
      { name: 'b', spanCount: 2, errorCount: 0 },
    ]);
  });

  it('treats a lone shared span as an ordinary span', () => {
    const trace = buildTrace(TRACE, [span({ spanId: id(7), sharedServerHalf: true, durationUs: 3 })], 'zipkin-json');
    expect(shape(trace)).toEqual([`${id(7)}<-`]);
    expect(trace.warnings).toEqual([]);
  });
});

describe('buildTrace: summary fields', () => {
  it('counts errors per service and sorts services by name', () => {
    const trace = buildTrace(
      TRACE,
      [
        span({ spanId: id(1), service: 'zeta', status: { code: 'error', message: 'boom' } }),
        span({ spanId: id(2), parentSpanId: id(1), service: 'alpha' }),
        span({ spanId: id(3), parentSpanId: id(1), service: 'zeta', attributes: [{ key: 'error', value: { type: 'bool', value: true } }] }),
      ],
      'jaeger-json',
    );
    expect(trace.errorCount).toBe(2);
    expect(trace.services).toEqual([
      { name: 'alpha', spanCount: 1, errorCount: 0 },
      { name: 'zeta', spanCount: 2, errorCount: 2 },
    ]);
    expect(trace.format).toBe('jaeger-json');
  });

  it('builds an empty trace', () => {
    const trace = buildTrace(TRACE, [], 'otlp-json');
    expect(trace).toMatchObject({ spans: [], roots: [], startUs: 0, endUs: 0, durationUs: 0, maxDepth: 0, errorCount: 0 });
  });
});

describe('buildTraces', () => {
  it('sorts by trace id and notes several traces', () => {
    const traces = buildTraces({
      format: 'otlp-json',
      traces: new Map<string, SpanInput[]>([
        ['b'.padStart(32, '0'), [span({ spanId: id(1) })]],
        ['a'.padStart(32, '0'), [span({ spanId: id(2) })]],
      ]),
      warnings: [],
      traceWarnings: new Map([['b'.padStart(32, '0'), [{ kind: 'truncated', message: 'partial' }]]]),
    });
    expect(traces.map((t) => t.traceId)).toEqual(['a'.padStart(32, '0'), 'b'.padStart(32, '0')]);
    expect(traces[0]!.warnings.map((w) => w.kind)).toEqual(['multiple-traces']);
    expect(traces[1]!.warnings.map((w) => w.kind)).toEqual(['multiple-traces', 'truncated']);
  });

  it('adds no note for one trace', () => {
    const traces = buildTraces({ format: 'otlp-json', traces: new Map([[TRACE, [span({})]]]), warnings: [] });
    expect(traces[0]!.warnings).toEqual([]);
  });
});

describe('buildTrace: scale, without recursion', () => {
  it('builds a 10,000-level chain', () => {
    const n = 10_000;
    const spans = Array.from({ length: n }, (_, i) =>
      span({ spanId: id(i + 1), parentSpanId: i === 0 ? null : id(i), startUs: i, durationUs: 2 * n - 2 * i }),
    );
    const trace = buildTrace(TRACE, spans.reverse(), 'otlp-json');
    expect(trace.maxDepth).toBe(n - 1);
    expect(trace.spans[n - 1]!.depth).toBe(n - 1);
    expect(trace.spans[0]!.subtreeEnd).toBe(n);
    expect(trace.spans[0]!.selfTimeUs).toBe(1 + 1);
    expect(trace.warnings).toEqual([]);
  });

  it('builds 100,000 spans', () => {
    const n = 100_000;
    const spans = Array.from({ length: n }, (_, i) =>
      span({ spanId: id(i + 1), parentSpanId: i === 0 ? null : id(Math.floor(i / 3) + 1), startUs: i % 1000, durationUs: 5000 }),
    );
    const trace = buildTrace(TRACE, spans, 'otlp-json');
    expect(trace.spans).toHaveLength(n);
    expect(trace.roots).toEqual([0]);
    expect(trace.spans.every((s) => s.parentIndex < s.index)).toBe(true);
    expect(trace.spans[0]!.subtreeEnd).toBe(n);
  });

  it('survives a 10,000-span cycle', () => {
    const n = 10_000;
    const spans = Array.from({ length: n }, (_, i) => span({ spanId: id(i + 1), parentSpanId: id(((i + 1) % n) + 1), startUs: n - i }));
    const trace = buildTrace(TRACE, spans, 'otlp-json');
    expect(trace.roots).toHaveLength(1);
    expect(trace.spans[0]!.spanId).toBe(id(n));
    expect(trace.maxDepth).toBe(n - 1);
  });
});

describe('buildTraces: payload warnings', () => {
  it('leaves payload-level warnings to the caller', () => {
    const traces = buildTraces({
      format: 'jaeger-json',
      traces: new Map([[TRACE, [span({})]]]),
      warnings: [{ kind: 'source-warning', message: 'trace 0b: not found' }],
    });
    expect(traces[0]!.warnings).toEqual([]);
  });
});
