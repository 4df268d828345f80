// The preview of a big trace shows its first rows before the full decode: they must be exactly
// the full model's first rows, and the full build that takes over the preview's layout must
// equal a build from scratch. Random small traces (the size threshold set to 0) with the
// shapes that move rows: duplicate ids, orphans, cycles, equal starts, missing times, several
// services, and spans whose own decoding warns (bad link ids).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTraces } from '../../model/build-trace';
import { layoutFor } from '../../model/trace-layout';
import { decodeOtlp } from './decode';
import { previewOtlp } from './preview';
import { cuts, scanInPieces } from '../shared/json-text-arbitraries';
import { OTLP_TEXT } from './text-format';

const TRACE = 'ab'.repeat(16);
const T0 = 1_700_000_000_000_000_000n;

const spanId = fc.integer({ min: 1, max: 40 }).map((n) => n.toString(16).padStart(16, '0'));
const nanos = fc.oneof(
  fc.integer({ min: 0, max: 50 }).map((k) => (T0 + BigInt(k) * 1000n).toString()),
  fc.integer({ min: 0, max: 5_000_000 }).map((k) => (T0 + BigInt(k) * 7n).toString()),
  fc.constant(undefined),
);
const attribute = fc.record({
  key: fc.constantFrom('http.method', 'http.status_code', 'db.system', 'k'),
  // Characters of two to four bytes move the text's offsets away from the bytes'.
  value: fc.oneof(fc.constantFrom('GET', 'POST', 'pg', 'café', '東京', '🙂 ok').map((s) => ({ stringValue: s })), fc.integer({ min: 100, max: 599 }).map((n) => ({ intValue: String(n) }))),
});
const rawSpan = fc.record(
  {
    spanId,
    parentSpanId: fc.oneof(spanId, fc.constant(''), fc.constant('00000000000000ff')),
    name: fc.constantFrom('GET /', 'query', 'render', '', 'größe', '🙂'),
    kind: fc.integer({ min: 0, max: 5 }),
    startTimeUnixNano: nanos,
    endTimeUnixNano: nanos,
    attributes: fc.array(attribute, { maxLength: 3 }),
    events: fc.array(fc.record({ name: fc.constantFrom('log', 'retry'), timeUnixNano: nanos }), { maxLength: 2 }),
    links: fc.array(fc.record({ traceId: fc.constantFrom(TRACE, 'zz'), spanId }), { maxLength: 1 }),
    status: fc.oneof(fc.constant({}), fc.constant({ code: 2, message: 'boom' }), fc.constant({ code: 1 })),
  },
  { requiredKeys: ['spanId', 'name'] },
).map((s) => ({ traceId: TRACE, ...s }));

/** Spans spread over up to three services, in a Jaeger /api/v3 envelope. */
const payload = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 2 }), rawSpan), { minLength: 1, maxLength: 40 })
  .map((spans) => ({
    result: {
      resourceSpans: [0, 1, 2].map((s) => ({
        resource: { attributes: [{ key: 'service.name', value: { stringValue: `svc-${s}` } }] },
        scopeSpans: [{ scope: { name: 'test' }, spans: spans.filter(([k]) => k === s).map(([, span]) => span) }],
      })),
    },
  }));

describe('previewOtlp', () => {
  it('shows exactly the full model’s first rows, and the build that takes over its layout is a build from scratch', () => {
    fc.assert(
      fc.property(payload, fc.integer({ min: 1, max: 50 }), (json, rowCount) => {
        const full = buildTraces(decodeOtlp(json, 'otlp-json'))[0]!;
        const found = previewOtlp(json, TRACE, rowCount, 0);
        // Every span here has the usual shape and valid ids: there is always a preview.
        expect(found).toBeDefined();
        const { preview, laidOut } = found!;
        expect(preview.rows).toEqual(full.spans.slice(0, rowCount));
        expect([preview.spanCount, preview.startUs, preview.endUs]).toEqual([full.spans.length, full.startUs, full.endUs]);
        const decoded = decodeOtlp(json, 'otlp-json', laidOut.places);
        // The build does take the preview's layout over (not lay the tree out again)...
        expect(layoutFor(TRACE, decoded.traces.get(TRACE)!, laidOut)).toBe(laidOut.layout);
        // ...and comes out as a build from scratch.
        expect(buildTraces(decoded, laidOut)[0]).toEqual(full);
      }),
      { numRuns: 300 },
    );
  });

  it('from the answer’s text (read in pieces, before JSON.parse) is the preview of the parsed answer', () => {
    fc.assert(
      fc.property(payload, fc.integer({ min: 1, max: 50 }), cuts, (json, rowCount, cutAt) => {
        const text = JSON.stringify(json);
        const skeleton = scanInPieces(OTLP_TEXT.shape, text, cutAt)!;
        const places = OTLP_TEXT.placeReader!(TRACE);
        const fromText = previewOtlp(skeleton.json, TRACE, rowCount, 0, skeleton.fullSpan, (item) => places.placeOf(item, skeleton.spanFields))!;
        const fromParsed = previewOtlp(json, TRACE, rowCount, 0)!;
        expect(fromText.preview).toEqual(fromParsed.preview);
        expect(fromText.laidOut.places).toEqual(fromParsed.laidOut.places);
        // The full decode reads the skeleton span by span, takes over what the text gave, and
        // builds what a decode and build of the parsed answer from scratch gives.
        const decoded = decodeOtlp(skeleton.json, 'otlp-json', fromText.laidOut.places, skeleton.fullSpan);
        expect(decoded).toEqual(decodeOtlp(json, 'otlp-json'));
        expect(layoutFor(TRACE, decoded.traces.get(TRACE)!, fromText.laidOut)).toBe(fromText.laidOut.layout);
        expect(buildTraces(decoded, fromText.laidOut)[0]).toEqual(buildTraces(decodeOtlp(json, 'otlp-json'))[0]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('previewOtlp gives up', () => {
  const span = (id: string, extra: Record<string, unknown> = {}) => ({
    traceId: TRACE,
    spanId: id,
    name: 'op',
    startTimeUnixNano: T0.toString(),
    endTimeUnixNano: (T0 + 1000n).toString(),
    ...extra,
  });
  const wrap = (spans: unknown[]) => ({ resourceSpans: [{ scopeSpans: [{ spans }] }] });

  it('on traces smaller than the threshold', () => {
    expect(previewOtlp(wrap([span('0000000000000001')]), TRACE, 10)).toBeUndefined();
    expect(previewOtlp(wrap([span('0000000000000001')]), TRACE, 10, 1)).toBeDefined();
  });

  it('on another trace, several traces, an invalid id or an unusual span', () => {
    expect(previewOtlp(wrap([span('0000000000000001')]), 'cd'.repeat(16), 10, 0)).toBeUndefined();
    expect(previewOtlp(wrap([span('0000000000000001'), span('0000000000000002', { traceId: 'cd'.repeat(16) })]), TRACE, 10, 0)).toBeUndefined();
    expect(previewOtlp(wrap([span('not hex')]), TRACE, 10, 0)).toBeUndefined();
    expect(previewOtlp(wrap([span('0000000000000001', { name: 7 })]), TRACE, 10, 0)).toBeUndefined();
  });

  it('on payloads the full decode refuses, leaving the error to it', () => {
    expect(previewOtlp({ resourceSpans: 'nope' }, TRACE, 10, 0)).toBeUndefined();
    expect(previewOtlp([], TRACE, 10, 0)).toBeUndefined();
    expect(() => decodeOtlp({ resourceSpans: 'nope' })).toThrow(/expected a list/);
  });
});
