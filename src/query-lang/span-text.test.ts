import { describe, expect, it } from 'vitest';
import { micros } from '../lib/units';
import { buildTrace } from '../model/build-trace';
import { makeSpanInput } from '../model/make-span-input';
import { compileQuery } from './evaluate';
import { parseQuery } from './parse';
import { spanSearchText, warmSpanSearchText } from './span-text';

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
  it('lower-cases names, services, ids, attributes, resource and event names, per span index', () => {
    const texts = spanSearchText(trace);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('get /orders');
    expect(texts[0]).toContain('gateway');
    expect(texts[0]).toContain('/orders/{id}');
    expect(texts[1]).toContain('db-7');
    expect(texts[1]).toContain('retry');
    expect(texts[1]).toContain(id(2));
  });

  it('is built once per trace', () => {
    expect(spanSearchText(trace)).toBe(spanSearchText(trace));
  });

  it('can be built ahead in slices, stopping when told, with the same result', () => {
    const big = buildTrace(
      T,
      Array.from({ length: 1234 }, (_, i) =>
        makeSpanInput({ traceId: T, spanId: id(i + 1), parentSpanId: i === 0 ? null : id(1), name: `Op ${i}`, service: 'svc', startUs: i, durationUs: 1 }),
      ),
      'demo',
    );
    let slices = 0;
    expect(warmSpanSearchText(big, () => slices++ < 1)).toBe(false);
    expect(warmSpanSearchText(big, () => true)).toBe(true);
    const warmed = spanSearchText(big);
    expect(warmed).toHaveLength(1234);
    expect(warmed[1233]).toContain('op 1233');
    expect(warmed.every((t) => typeof t === 'string')).toBe(true);
    // Finishing a partial build synchronously gives the same texts.
    const other = buildTrace(T, big.spans.map((s) => makeSpanInput({ traceId: T, spanId: s.spanId, parentSpanId: s.parentSpanId, name: s.name, service: s.service, startUs: s.startUs, durationUs: 1 })), 'demo');
    warmSpanSearchText(other, () => slices++ < 3);
    expect(spanSearchText(other)).toEqual(warmed);
  });

  it('feeds free text in the filter language, never across two fields', () => {
    const names = (q: string) => compileQuery(parseQuery(q), 'in-trace').matchingSpans(trace).map((i) => trace.spans[i]!.name);
    expect(names('"db-7"')).toEqual(['select']);
    expect(names('retry')).toEqual(['select']);
    expect(names(`"${id(1)}"`)).toEqual(['GET /Orders']);
    expect(names('"/orders gateway"')).toEqual([]);
  });
});
