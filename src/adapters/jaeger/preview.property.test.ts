// The preview of a trace from Jaeger's older /api must show exactly the full model's first
// rows, with Jaeger's own ways of moving them: parents from CHILD_OF or FOLLOWS_FROM
// references (and references to other traces, which are links), duplicate ids, orphans,
// cycles, spans without times, logs without timestamps and missing processes (decoder
// warnings).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTraces } from '../../model/build-trace';
import { layoutFor } from '../../model/trace-layout';
import { hostilePayloads } from '../conformance/arbitraries';
import { JAEGER_SEEDS } from '../conformance/seed-payloads';
import { decodeJaegerJson } from './decode';
import { previewJaeger } from './preview';

const TRACE = '00000000000000004d1e00c0db9010db';
const id = fc.integer({ min: 1, max: 30 }).map((n) => n.toString(16).padStart(16, '0'));
const reference = fc.record(
  {
    refType: fc.constantFrom('CHILD_OF', 'FOLLOWS_FROM', 'child_of'),
    traceID: fc.constantFrom(TRACE.slice(16), TRACE, 'ab'.repeat(16)),
    spanID: id,
  },
  { requiredKeys: ['spanID'] },
);
const span = fc.record(
  {
    references: fc.array(reference, { maxLength: 3 }),
    operationName: fc.constantFrom('get', 'query', ''),
    startTime: fc.integer({ min: 1_700_000_000_000_000, max: 1_700_000_000_000_050 }),
    duration: fc.integer({ min: 0, max: 60 }),
    processID: fc.constantFrom('p1', 'p2', 'missing'),
    tags: fc.constantFrom([], [{ key: 'error', type: 'bool', value: true }], [{ key: 'span.kind', type: 'string', value: 'server' }]),
    logs: fc.array(fc.oneof(fc.record({ timestamp: fc.constant(1_700_000_000_000_010), fields: fc.constant([{ key: 'event', type: 'string', value: 'retry' }]) }), fc.constant({ fields: [] })), { maxLength: 2 }),
    warnings: fc.constantFrom(undefined, ['clock skew adjusted']),
  },
  { requiredKeys: ['operationName'] },
);
const answer = fc
  .record({
    spans: fc.array(fc.tuple(id, span, fc.boolean()), { minLength: 1, maxLength: 40 }),
    // The trace's id on the trace, on each span, or both.
    traceIdOnTrace: fc.boolean(),
  })
  .map(({ spans, traceIdOnTrace }) => ({
    data: [
      {
        ...(traceIdOnTrace ? { traceID: TRACE } : {}),
        spans: spans.map(([spanID, s, ownTraceId]) => ({ ...(ownTraceId || !traceIdOnTrace ? { traceID: TRACE.slice(16) } : {}), spanID, ...s })),
        processes: { p1: { serviceName: 'front', tags: [{ key: 'host.name', type: 'string', value: 'box-1' }] }, p2: { serviceName: 'back', tags: [] } },
      },
    ],
  }));

describe('previewJaeger', () => {
  it('shows exactly the full model’s first rows, and the build that takes over its layout is a build from scratch', () => {
    fc.assert(
      fc.property(answer, fc.integer({ min: 1, max: 50 }), (json, rowCount) => {
        const decoded = decodeJaegerJson(json);
        const full = buildTraces(decoded)[0]!;
        const found = previewJaeger(json, TRACE, rowCount, 0);
        expect(found).toBeDefined();
        const { preview, laidOut } = found!;
        expect(preview.rows).toEqual(full.spans.slice(0, rowCount));
        expect([preview.spanCount, preview.startUs, preview.endUs, preview.maxDepth]).toEqual([full.spans.length, full.startUs, full.endUs, full.maxDepth]);
        expect(layoutFor(TRACE, decoded.traces.get(TRACE)!, laidOut)).toBe(laidOut.layout);
        expect(buildTraces(decoded, laidOut)[0]).toEqual(full);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on damaged payloads, and what it shows is the full model’s when that opens', () => {
    fc.assert(
      fc.property(hostilePayloads(JAEGER_SEEDS), (json) => {
        let full;
        try {
          full = buildTraces(decodeJaegerJson(json))[0];
        } catch {
          full = undefined;
        }
        const found = previewJaeger(json, full?.traceId ?? TRACE, 10, 0);
        if (found && full) expect(found.preview.rows).toEqual(full.spans.slice(0, 10));
      }),
      { numRuns: 3_000 },
    );
  });

  it('gives up on small traces, another trace, several traces and invalid ids', () => {
    const one = { traceID: TRACE, spanID: '0000000000000001', operationName: 'a', startTime: 1, duration: 1 };
    const wrap = (...spans: unknown[]) => ({ data: [{ traceID: TRACE, spans, processes: {} }] });
    expect(previewJaeger(wrap(one), TRACE, 10)).toBeUndefined();
    expect(previewJaeger(wrap(one), TRACE, 10, 1)).toBeDefined();
    expect(previewJaeger(wrap(one), 'ab'.repeat(16), 10, 0)).toBeUndefined();
    expect(previewJaeger(wrap({ ...one, spanID: 'not an id' }), TRACE, 10, 0)).toBeUndefined();
    expect(previewJaeger(wrap({ ...one, startTime: 'yesterday' }), TRACE, 10, 0)).toBeUndefined();
    expect(previewJaeger({ data: [wrap(one).data[0], wrap(one).data[0]] }, TRACE, 10, 0)).toBeUndefined();
    expect(previewJaeger({ data: [{ ...wrap(one).data[0], processes: 'none' }] }, TRACE, 10, 0)).toBeUndefined();
  });
});
