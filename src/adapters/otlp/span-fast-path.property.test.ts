// The fast span decoder must give exactly what the general one gives, or hand the span back
// (undefined). Spans here mix every dialect and oddity field by field: camelCase and
// snake_case, nulls, wrong types, several keys in one AnyValue, deep nesting, odd prototypes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AttributeInterner } from '../../model/attribute-interner';
import { DecodeError } from '../../model/span-input';
import { decodeOtlpSpan, type SpanContext } from './decode-span';
import { decodeOtlpSpanFast } from './span-fast-path';

const context: SpanContext = {
  service: 'svc',
  resource: [{ key: 'service.name', value: { type: 'string', value: 'svc' } }],
  scope: null,
  extras: { resourceSchemaUrl: 'u' },
};
/** One interner for all cases, as one payload shares it: later cases meet remembered attributes. */
const internedContext: SpanContext = { ...context, interner: new AttributeInterner() };

const junk = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -0, 1.5, NaN, Infinity, '', ' ', '0', 'true', '-', '__proto__', {}, [], [null]),
  fc.string({ maxLength: 6 }),
  fc.integer(),
);

/** A field under its camelCase name, its snake_case name, both, or neither. */
function field(camel: string, value: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  const snake = camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return fc.oneof(
    { arbitrary: value.map((v) => ({ [camel]: v })), weight: 24 },
    { arbitrary: value.map((v) => ({ [snake]: v })), weight: 3 },
    { arbitrary: fc.tuple(value, value).map(([a, b]) => ({ [camel]: a, [snake]: b })), weight: 2 },
    { arbitrary: value.map((v) => ({ [camel]: null, [snake]: v })), weight: 3 },
    { arbitrary: fc.constant({}), weight: 3 },
    { arbitrary: junk.map((v) => ({ [camel]: v })), weight: 1 },
  );
}

const hex = (bytes: number) => fc.uint8Array({ minLength: bytes, maxLength: bytes }).map((b) => Buffer.from(b).toString('hex'));
const id = (bytes: number) =>
  fc.oneof(
    { arbitrary: hex(bytes), weight: 6 },
    hex(bytes).map((h) => h.toUpperCase()),
    hex(bytes).map((h) => h.replace(/^0+/, '').slice(0, bytes * 2 - 1)),
    hex(bytes).map((h) => Buffer.from(h, 'hex').toString('base64')),
    hex(bytes).map((h) => ` ${h} `),
    hex(bytes).map((h) => '0'.repeat(bytes * 2) + h),
    hex(bytes).map((h) => `${h.slice(1)}g`),
    fc.constantFrom('', '0', 'AAAAAAAAAAA=', 'zz'),
  );

// Times near now (19 digits) and odd ones: short, padded, 20+ digits, numbers, negative.
const nanosBig = fc.oneof(
  fc.bigInt({ min: 1_500_000_000_000_000_000n, max: 1_800_000_000_000_000_000n }),
  fc.bigInt({ min: 0n, max: 99_999n }),
  fc.bigInt({ min: 0n, max: 10n ** 21n }),
);
const nanosText = (n: bigint) =>
  fc.oneof(
    { arbitrary: fc.constant(n.toString()), weight: 12 },
    fc.constant(`0${n.toString()}`),
    fc.constant(` ${n.toString()}`),
    fc.constant(Number(n)),
    { arbitrary: fc.constant(-Number(n)), weight: 1 },
  );
const times = fc
  .tuple(nanosBig, fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 10n }), fc.bigInt({ min: -(10n ** 16n), max: 10n ** 17n })))
  .chain(([start, delta]) => fc.tuple(nanosText(start), nanosText(start + delta < 0n ? 0n : start + delta)));

const anyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: field('stringValue', fc.string({ maxLength: 4 })), weight: 6 },
    field('boolValue', fc.oneof(fc.boolean(), fc.constantFrom('true', 'false'))),
    { arbitrary: field('intValue', fc.oneof(fc.integer().map(String), fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }).map(String), fc.integer(), fc.constantFrom(' 7', '007', '-0', '1e3', '-'))), weight: 6 },
    field('doubleValue', fc.oneof(fc.double(), fc.constantFrom('NaN', '-Infinity', '1.5', ' 2 ', 'x'))),
    field('bytesValue', fc.base64String({ maxLength: 8 })),
    field('arrayValue', fc.oneof({ arbitrary: fc.array(tie('value'), { maxLength: 3 }).map((values) => ({ values })), weight: 8 }, junk)),
    field('kvlistValue', fc.oneof({ arbitrary: fc.array(tie('kv'), { maxLength: 3 }).map((values) => ({ values })), weight: 8 }, junk)),
    fc.tuple(tie('value'), tie('value')).map(([a, b]) => ({ ...(a as object), ...(b as object) })),
    junk,
  ),
  kv: fc.oneof(
    { arbitrary: fc.record({ key: fc.string({ maxLength: 4 }), value: tie('value') }), weight: 30 },
    fc.record({ key: junk, value: tie('value') }),
  ),
})).value;

const kv = fc.oneof({ arbitrary: fc.record({ key: fc.string({ maxLength: 4 }), value: anyValue }), weight: 30 }, junk);
const attributes = fc.oneof({ arbitrary: fc.array(kv, { maxLength: 4 }), weight: 30 }, junk);

/** 40 levels of arrayValue: past the depth bound. */
const deep = fc.constant(null).map(() => {
  let v: unknown = { stringValue: 'x' };
  for (let i = 0; i < 40; i++) v = { arrayValue: { values: [v] } };
  return [{ key: 'deep', value: v }];
});

const merge = (parts: Record<string, unknown>[]) => Object.assign({}, ...parts) as Record<string, unknown>;

const event = fc.oneof(
  { arbitrary: fc.tuple(field('timeUnixNano', nanosBig.chain(nanosText)), field('name', fc.string({ maxLength: 4 })), field('attributes', attributes)).map(merge), weight: 30 },
  junk,
);
const link = fc.oneof(
  { arbitrary: fc.tuple(field('traceId', id(16)), field('spanId', id(8)), field('attributes', attributes)).map(merge), weight: 30 },
  junk,
);
const status = fc.oneof(
  { arbitrary: fc.constant({}), weight: 20 },
  { arbitrary: fc.record({ code: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.constantFrom('STATUS_CODE_ERROR', 'ok', ' 2 ', 'x', null)) }, { requiredKeys: [] }), weight: 10 },
  { arbitrary: fc.record({ code: fc.integer({ min: 0, max: 2 }), message: fc.oneof({ arbitrary: fc.string({ maxLength: 4 }), weight: 8 }, junk) }), weight: 10 },
  junk,
);

const span = fc
  .tuple(
    field('traceId', id(16)),
    field('spanId', id(8)),
    fc.oneof(fc.constant({}), field('parentSpanId', id(8))),
    field('name', fc.string({ maxLength: 6 })),
    field('kind', fc.oneof(fc.integer({ min: -1, max: 7 }), fc.constantFrom('SPAN_KIND_SERVER', 'client', '3', 'x'))),
    times.map(([startTimeUnixNano, endTimeUnixNano]) => ({ startTimeUnixNano, endTimeUnixNano })),
    times.chain(([s, e]) => fc.tuple(field('startTimeUnixNano', fc.constant(s)), field('endTimeUnixNano', fc.constant(e)))).map(merge),
    field('status', status),
    field('attributes', fc.oneof({ arbitrary: attributes, weight: 30 }, deep)),
    field('events', fc.oneof({ arbitrary: fc.array(event, { maxLength: 3 }), weight: 30 }, junk)),
    field('links', fc.oneof({ arbitrary: fc.array(link, { maxLength: 2 }), weight: 30 }, junk)),
    field('traceState', fc.string({ maxLength: 3 })),
    field('flags', fc.oneof(fc.integer(), fc.constantFrom('0', '1', 0))),
    field('droppedAttributesCount', fc.oneof(fc.nat(), fc.constantFrom('0', '2'))),
    field('droppedEventsCount', fc.oneof(fc.nat(), fc.constantFrom('0', '2'))),
    field('droppedLinksCount', fc.oneof(fc.nat(), fc.constantFrom('0', '2'))),
  )
  .map(([...parts]) => merge(parts))
  .chain((s) =>
    fc.oneof(
      { arbitrary: fc.constant<unknown>(s), weight: 40 },
      fc.constant<unknown>(Object.assign(Object.create(null) as object, s)),
      fc.constant<unknown>(Object.create(s) as object),
      fc.constant<unknown>([s]),
      junk,
    ),
  );

function general(raw: unknown): { span: unknown } | { error: string; path: string } {
  try {
    return { span: decodeOtlpSpan(raw, 'resourceSpans[0].scopeSpans[0].spans[3]', context) };
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    return { error: error.message, path: error.path };
  }
}

describe('decodeOtlpSpanFast', () => {
  it('equals decodeOtlpSpan, or hands the span back; always hands back what would throw (10,000 cases)', () => {
    let fast = 0;
    let runs = 0;
    fc.assert(
      fc.property(span, (raw) => {
        const expected = general(raw);
        // Every other case with the interner: equal attributes shared must still be equal.
        const got = decodeOtlpSpanFast(raw, runs++ % 2 === 0 ? context : internedContext);
        if (got === undefined) return;
        fast++;
        expect({ span: got }).toStrictEqual(expected);
        // Same key order as well (what JSON.stringify and the detail panel show).
        expect(JSON.stringify(got)).toBe(JSON.stringify((expected as { span: unknown }).span));
      }),
      { numRuns: 10_000 },
    );
    // Not vacuous: a good share of the cases takes the fast path.
    expect(fast).toBeGreaterThan(1000);
  });

  it('keeps an intValue "-0" and a "0" apart when they share an interner (found by the property above)', () => {
    const shared: SpanContext = { ...context, interner: new AttributeInterner() };
    const spanWith = (intValue: string) => ({ traceId: '5b8efff798038103d269b633813fc60c', spanId: 'eee19b7ec3c1b174', attributes: [{ key: '', value: { intValue } }] });
    for (const intValue of ['-0', '0', '-0']) {
      const raw = spanWith(intValue);
      expect(decodeOtlpSpanFast(raw, shared)).toStrictEqual(decodeOtlpSpan(raw, 'x', context));
    }
  });

  it('takes the fast path for the usual camelCase span', () => {
    const raw = {
      traceId: '5b8efff798038103d269b633813fc60c',
      spanId: 'eee19b7ec3c1b174',
      parentSpanId: 'eee19b7ec3c1b173',
      name: 'GET /',
      kind: 2,
      startTimeUnixNano: '1700000000000000000',
      endTimeUnixNano: '1700000000000001001',
      status: {},
      attributes: [{ key: 'http.response.status_code', value: { intValue: '200' } }],
      events: [{ timeUnixNano: '1700000000000000500', name: 'e', attributes: [] }],
    };
    const got = decodeOtlpSpanFast(raw, context);
    expect(got).toBeDefined();
    expect(got).toStrictEqual(decodeOtlpSpan(raw, 'x', context));
    expect(got?.durationUs).toBe(1.001);
  });

  it('hands back what JSON never makes: holes, subclassed arrays, inherited fields', () => {
    const base = { traceId: '5b8efff798038103d269b633813fc60c', spanId: 'eee19b7ec3c1b174' };
    class Events extends Array<unknown> {}
    const odd: unknown[] = [
      // A hole (JSON never has one) would be skipped by the general decoder's map.
      { ...base, events: [, { name: 'e' }] },
      { ...base, links: Events.from([{ ...base }]) },
      Object.create({ ...base, name: 'inherited' }) as object,
      { ...base, attributes: [Object.create({ key: 'k', value: { stringValue: 'v' } }) as object] },
    ];
    for (const raw of odd) expect(decodeOtlpSpanFast(raw, context)).toBeUndefined();
  });
});
