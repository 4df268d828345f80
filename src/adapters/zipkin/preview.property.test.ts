// A Zipkin trace's preview must show exactly the full model's first rows, with Zipkin's own
// ways of moving them: client and server halves sharing one id, duplicate ids, orphans,
// cycles, spans without timestamps, annotations without timestamps (decoder warnings).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTraces } from '../../model/build-trace';
import { layoutFor } from '../../model/trace-layout';
import { hostilePayloads } from '../conformance/arbitraries';
import { ZIPKIN_SEEDS } from '../conformance/seed-payloads';
import { decodeZipkin } from './decode';
import { previewZipkin } from './preview';
import { cuts, scanInPieces } from '../shared/json-text-arbitraries';
import { ZIPKIN_TEXT } from './text-format';

const TRACE = '00000000000000004d1e00c0db9010db';
const id = fc.integer({ min: 1, max: 30 }).map((n) => n.toString(16).padStart(16, '0'));
const span = fc.record(
  {
    parentId: fc.oneof(id, fc.constant('00000000000000ff')),
    kind: fc.constantFrom('CLIENT', 'SERVER', 'PRODUCER', 'odd'),
    shared: fc.boolean(),
    name: fc.constantFrom('get', 'query', ''),
    timestamp: fc.integer({ min: 1_700_000_000_000_000, max: 1_700_000_000_000_050 }),
    duration: fc.integer({ min: 0, max: 60 }),
    localEndpoint: fc.constantFrom({ serviceName: 'front' }, { serviceName: 'back' }),
    tags: fc.constantFrom({}, { error: '' }, { 'http.method': 'GET' }),
    annotations: fc.array(fc.oneof(fc.record({ timestamp: fc.constant(1_700_000_000_000_010), value: fc.constant('ws') }), fc.constant({ value: 'no time' })), { maxLength: 2 }),
  },
  { requiredKeys: ['name'] },
);
const trace = fc.array(fc.tuple(id, span), { minLength: 1, maxLength: 40 }).map((spans) => spans.map(([spanId, s]) => ({ traceId: TRACE.slice(16), id: spanId, ...s })));

describe('previewZipkin', () => {
  it('shows exactly the full model’s first rows, and the build that takes over its layout is a build from scratch', () => {
    fc.assert(
      fc.property(trace, fc.integer({ min: 1, max: 50 }), (json, rowCount) => {
        const decoded = decodeZipkin(json);
        const full = buildTraces(decoded)[0]!;
        const found = previewZipkin(json, TRACE, rowCount, 0);
        expect(found).toBeDefined();
        const { preview, laidOut } = found!;
        expect(preview.rows).toEqual(full.spans.slice(0, rowCount));
        expect([preview.spanCount, preview.startUs, preview.endUs]).toEqual([full.spans.length, full.startUs, full.endUs]);
        expect(layoutFor(TRACE, decoded.traces.get(TRACE)!, laidOut)).toBe(laidOut.layout);
        expect(buildTraces(decoded, laidOut)[0]).toEqual(full);
      }),
      { numRuns: 300 },
    );
  });

  it('from the answer’s text (read in pieces, before JSON.parse) is the preview of the parsed answer', () => {
    fc.assert(
      fc.property(trace, fc.integer({ min: 1, max: 50 }), cuts, (json, rowCount, cutAt) => {
        const skeleton = scanInPieces(ZIPKIN_TEXT.shape, JSON.stringify(json), cutAt)!;
        const fromText = previewZipkin(skeleton.json, TRACE, rowCount, 0, skeleton.fullSpan)!;
        const fromParsed = previewZipkin(json, TRACE, rowCount, 0)!;
        expect(fromText.preview).toEqual(fromParsed.preview);
        expect(fromText.laidOut.places).toEqual(fromParsed.laidOut.places);
        // The full decode reads the skeleton span by span: the parsed answer's decode.
        const decoded = decodeZipkin(skeleton.json, skeleton.fullSpan);
        expect(decoded).toEqual(decodeZipkin(json));
        expect(buildTraces(decoded, fromText.laidOut)[0]).toEqual(buildTraces(decodeZipkin(json))[0]);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on damaged payloads, and what it shows is the full model’s when that opens', () => {
    fc.assert(
      fc.property(hostilePayloads(ZIPKIN_SEEDS), (json) => {
        let full;
        try {
          full = buildTraces(decodeZipkin(json))[0];
        } catch {
          full = undefined;
        }
        const found = previewZipkin(json, full?.traceId ?? TRACE, 10, 0);
        if (found && full) expect(found.preview.rows).toEqual(full.spans.slice(0, 10));
      }),
      { numRuns: 3_000 },
    );
  });

  it('gives up on small traces, another trace and invalid ids', () => {
    const one = [{ traceId: TRACE, id: '0000000000000001', name: 'a', timestamp: 1, duration: 1 }];
    expect(previewZipkin(one, TRACE, 10)).toBeUndefined();
    expect(previewZipkin(one, TRACE, 10, 1)).toBeDefined();
    expect(previewZipkin(one, 'ab'.repeat(16), 10, 0)).toBeUndefined();
    expect(previewZipkin([{ ...one[0], id: 'not an id' }], TRACE, 10, 0)).toBeUndefined();
    expect(previewZipkin([one], TRACE, 10, 0)).toBeUndefined(); // an array of traces (search answers)
  });
});
