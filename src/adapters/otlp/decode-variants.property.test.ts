// The same trace written in each OTLP JSON dialect decodes to the same spans: camelCase with
// hex ids and enum numbers (the spec), snake_case with base64 ids and enum names (Go structs,
// Tempo), and the envelopes around them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeOtlp } from './decode';

const KIND_NAMES = ['SPAN_KIND_UNSPECIFIED', 'SPAN_KIND_INTERNAL', 'SPAN_KIND_SERVER', 'SPAN_KIND_CLIENT', 'SPAN_KIND_PRODUCER', 'SPAN_KIND_CONSUMER'];
const CODE_NAMES = ['STATUS_CODE_UNSET', 'STATUS_CODE_OK', 'STATUS_CODE_ERROR'];

const hexBytes = (n: number) => fc.uint8Array({ minLength: n, maxLength: n }).map((b) => Buffer.from(b).toString('hex'));
const nanos = fc.bigInt({ min: 1_000_000_000_000_000_000n, max: 1_999_999_999_999_999_999n });

const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 8 }).map((stringValue) => ({ stringValue })),
    fc.boolean().map((boolValue) => ({ boolValue })),
    fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map((i) => ({ intValue: i.toString() })),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((doubleValue) => ({ doubleValue })),
    fc.array(tie('value'), { maxLength: 3 }).map((values) => ({ arrayValue: { values } })),
    fc.array(fc.record({ key: fc.string({ maxLength: 5 }), value: tie('value') }), { maxLength: 3 }).map((values) => ({ kvlistValue: { values } })),
  ),
})).value;

const attributes = fc.array(fc.record({ key: fc.string({ maxLength: 8 }), value: anyValue }), { maxLength: 4 });

const span = fc
  .record({
    traceId: hexBytes(16),
    spanId: hexBytes(8),
    parentSpanId: fc.option(hexBytes(8), { nil: undefined }),
    name: fc.string({ maxLength: 10 }),
    kind: fc.integer({ min: 0, max: 5 }),
    start: nanos,
    length: fc.bigInt({ min: 0n, max: 10_000_000_000n }),
    code: fc.integer({ min: 0, max: 2 }),
    attributes,
    events: fc.array(fc.record({ time: nanos, name: fc.string({ maxLength: 5 }), attributes }), { maxLength: 2 }),
    links: fc.array(fc.record({ traceId: hexBytes(16), spanId: hexBytes(8), attributes }), { maxLength: 2 }),
  })
  .map((s) => ({
    traceId: s.traceId,
    spanId: s.spanId,
    ...(s.parentSpanId ? { parentSpanId: s.parentSpanId } : {}),
    name: s.name,
    kind: s.kind,
    startTimeUnixNano: s.start.toString(),
    endTimeUnixNano: (s.start + s.length).toString(),
    status: { code: s.code },
    attributes: s.attributes,
    events: s.events.map((e) => ({ timeUnixNano: e.time.toString(), name: e.name, attributes: e.attributes })),
    links: s.links,
  }));

const request = fc
  .array(
    fc.record({
      service: fc.string({ minLength: 1, maxLength: 6 }),
      scopes: fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 5 }), spans: fc.array(span, { maxLength: 4 }) }), { maxLength: 2 }),
    }),
    { maxLength: 3 },
  )
  .map((resources) => ({
    resourceSpans: resources.map((r) => ({
      resource: { attributes: [{ key: 'service.name', value: { stringValue: r.service } }] },
      scopeSpans: r.scopes.map((s) => ({ scope: { name: s.name }, spans: s.spans })),
    })),
  }));

const ID_FIELDS = new Set(['traceId', 'spanId', 'parentSpanId']);
const snakeKey = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** camelCase → snake_case keys, hex ids → base64, enum numbers → names, by explicit stack. */
function toGoDialect(json: unknown): unknown {
  const root = structuredClone(json);
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    const obj = node as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      let value = obj[key];
      if (ID_FIELDS.has(key) && typeof value === 'string') value = Buffer.from(value, 'hex').toString('base64');
      if (key === 'kind' && typeof value === 'number') value = KIND_NAMES[value];
      if (key === 'code' && typeof value === 'number') value = CODE_NAMES[value];
      delete obj[key];
      obj[snakeKey(key)] = value;
      stack.push(value);
    }
  }
  return root;
}

describe('decodeOtlp dialects', () => {
  it('decodes camelCase/hex/numbers and snake_case/base64/names, bare or wrapped, to the same spans', () => {
    fc.assert(
      fc.property(request, (json) => {
        const expected = decodeOtlp(json);
        const spanCount = [...expected.traces.values()].reduce((n, s) => n + s.length, 0);
        expect(spanCount).toBe(json.resourceSpans.reduce((n, r) => n + r.scopeSpans.reduce((m, s) => m + s.spans.length, 0), 0));
        for (const variant of [toGoDialect(json), { result: json }, { trace: json }, { batches: json.resourceSpans }]) {
          const got = decodeOtlp(variant, 'otlp-json');
          expect([...got.traces]).toEqual([...expected.traces]);
        }
        for (const spans of expected.traces.values()) {
          for (const s of spans) expect(s.warnings).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
