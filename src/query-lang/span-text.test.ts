import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { micros } from '../lib/units';
import { buildTrace } from '../model/build-trace';
import { makeSpanInput } from '../model/make-span-input';
import type { Attribute, AttributeValue, Span } from '../model/types';
import { compileQuery } from './evaluate';
import { parseQuery } from './parse';
import { spanSearchText, TraceText } from './span-text';

const T = '0000000000000000000000000000beef';
const id = (n: number) => n.toString(16).padStart(16, '0');
const trace = buildTrace(
  T,
  [
    makeSpanInput({ traceId: T, spanId: id(1), name: 'GET /Orders', service: 'Gateway', startUs: 0, durationUs: 10, attributes: [{ key: 'http.route', value: { type: 'string', value: '/orders/{id}' } }] }),
    makeSpanInput({ traceId: T, spanId: id(2), parentSpanId: id(1), name: 'select', service: 'db', startUs: 1, durationUs: 5, resource: [{ key: 'host.name', value: { type: 'string', value: 'DB-7' } }], events: [{ name: 'Retry', timeUs: micros(2), attributes: [] }] }),
  ],
  'demo',
);

describe('spanSearchText', () => {
  it('lower-cases the name, service, id, attributes, resource and event names, one field a line', () => {
    expect(spanSearchText(trace.spans[0]!)).toBe(`get /orders\ngateway\n${id(1)}\nhttp.route\n/orders/{id}`);
    expect(spanSearchText(trace.spans[1]!)).toBe(`select\ndb\n${id(2)}\nhost.name\ndb-7\nretry`);
  });
});

describe('TraceText', () => {
  const matching = (needle: string) => {
    const hits = new TraceText(trace.spans).matching(needle);
    return trace.spans.filter((s) => hits[s.index] === 1).map((s) => s.name);
  };

  it('finds a needle in any one field', () => {
    expect(matching('db-7')).toEqual(['select']);
    expect(matching('retry')).toEqual(['select']);
    expect(matching(id(1))).toEqual(['GET /Orders']);
    expect(matching('{id}')).toEqual(['GET /Orders']);
    expect(matching('e')).toEqual(['GET /Orders', 'select']);
  });

  it('never across two fields, unless the needle itself holds a line break', () => {
    expect(matching('/orders gateway')).toEqual([]);
    expect(matching('orders\ngate')).toEqual(['GET /Orders']);
  });

  it('is built chunk by chunk while there is time, and answers the same however far it came', () => {
    const spans = Array.from({ length: 7 }, (_, i) => spanOf(i, { name: `Op ${i}`, service: 'svc', resource: [], attributes: [], events: [], spanId: id(i) }));
    const text = new TraceText(spans, 3);
    let slices = 0;
    expect(text.warm(() => slices++ < 1)).toBe(false);
    expect(Array.from(text.matching('op 6'))).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(text.warm(() => false)).toBe(true);
    expect(Array.from(new TraceText(spans, 3).matching('op '))).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });

  it('feeds free text in the filter language', () => {
    const names = (q: string) => compileQuery(parseQuery(q), 'in-trace').matchingSpans(trace).map((i) => trace.spans[i]!.name);
    expect(names('"db-7"')).toEqual(['select']);
    expect(names('retry')).toEqual(['select']);
    expect(names(`"${id(1)}"`)).toEqual(['GET /Orders']);
    expect(names('"/orders gateway"')).toEqual([]);
  });

  it("answers as each span's own text does, for any spans, needles and chunk sizes (property)", () => {
    // Few distinct letters, upper case, final sigma, dotted İ and line breaks: needles hit,
    // miss, straddle fields and depend on how a field lower-cases.
    const text = fc.string({ unit: fc.constantFrom('a', 'B', 'Σ', 'σ', 'ς', 'İ', 'i', '\n', ' ', '-', '7'), maxLength: 8 });
    const value: fc.Arbitrary<AttributeValue> = fc.oneof(
      text.map((v) => ({ type: 'string' as const, value: v })),
      fc.integer({ min: -80, max: 80 }).map((v) => ({ type: 'int' as const, value: v })),
      fc.boolean().map((v) => ({ type: 'bool' as const, value: v })),
      fc.array(text, { maxLength: 2 }).map((vs) => ({ type: 'array' as const, value: vs.map((v) => ({ type: 'string' as const, value: v })) })),
    );
    const attributes = fc.array(fc.record({ key: text, value }), { maxLength: 3 });
    const world = fc.record({
      // Shared the way decoders share them: names, services and resource lists.
      names: fc.array(text, { minLength: 1, maxLength: 3 }),
      resources: fc.array(attributes, { minLength: 1, maxLength: 2 }),
      spans: fc.array(
        fc.record({ name: fc.nat(), service: fc.nat(), resource: fc.nat(), attributes, events: fc.array(text, { maxLength: 2 }), spanId: text }),
        { minLength: 1, maxLength: 6 },
      ),
      needles: fc.array(text, { minLength: 1, maxLength: 4 }),
      cuts: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 4 }),
      chunkSpans: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(world, ({ names, resources, spans, needles, cuts, chunkSpans }) => {
        const made = spans.map((s, index) => spanOf(index, {
          name: names[s.name % names.length]!,
          service: names[s.service % names.length]!,
          resource: resources[s.resource % resources.length]!,
          attributes: s.attributes,
          events: s.events,
          spanId: s.spanId,
        }));
        const texts = made.map(spanSearchText);
        // Needles cut out of the spans' own texts as well as random ones.
        const all = [...needles.map((n) => n.toLowerCase()), ...cuts.map(([k, a, b]) => {
          const t = texts[k % texts.length]!;
          const from = a % (t.length + 1);
          return t.slice(from, from + (b % 10));
        })];
        const text = new TraceText(made, chunkSpans);
        for (const needle of all) {
          const hits = text.matching(needle);
          made.forEach((_, k) => expect(hits[k] === 1, JSON.stringify({ needle, text: texts[k] })).toBe(texts[k]!.includes(needle)));
        }
      }),
      { numRuns: 400 },
    );
  });
});

function spanOf(index: number, fields: { name: string; service: string; resource: readonly Attribute[]; attributes: readonly Attribute[]; events: readonly string[]; spanId: string }): Span {
  const span = trace.spans[0]!;
  return {
    ...span,
    index,
    name: fields.name,
    service: fields.service,
    spanId: fields.spanId,
    resource: fields.resource,
    attributes: fields.attributes,
    events: fields.events.map((name) => ({ name, timeUs: micros(0), attributes: [] })),
  };
}
