import { describe, expect, it } from 'vitest';
import { buildTrace } from '../model/build-trace';
import { makeSpanInput } from '../model/make-span-input';
import type { Attribute } from '../model/types';
import { compileQuery } from './evaluate';
import { parseQuery } from './parse';

const T = '0000000000000000000000000000abcd';
const str = (key: string, value: string): Attribute => ({ key, value: { type: 'string', value } });
const int = (key: string, value: number): Attribute => ({ key, value: { type: 'int', value } });

/** gateway (2 s) → checkout (1.5 s) → payments (1.2 s, error 504) and inventory (100 ms). */
const trace = buildTrace(
  T,
  [
    makeSpanInput({ traceId: T, spanId: 'a'.padStart(16, '0'), name: 'GET /checkout', service: 'gateway', kind: 'server', startUs: 0, durationUs: 2_000_000, attributes: [int('http.response.status_code', 504)] }),
    makeSpanInput({ traceId: T, spanId: 'b'.padStart(16, '0'), parentSpanId: 'a'.padStart(16, '0'), name: 'checkout', service: 'checkout', kind: 'server', startUs: 100, durationUs: 1_500_000 }),
    makeSpanInput({ traceId: T, spanId: 'c'.padStart(16, '0'), parentSpanId: 'b'.padStart(16, '0'), name: 'charge', service: 'payments', kind: 'client', startUs: 200, durationUs: 1_200_000, status: { code: 'error', message: 'deadline exceeded' }, attributes: [str('http.status_code', '504'), str('peer.service', 'stripe')] }),
    makeSpanInput({ traceId: T, spanId: 'd'.padStart(16, '0'), parentSpanId: 'b'.padStart(16, '0'), name: 'reserve', service: 'inventory', kind: 'client', startUs: 1_300_000, durationUs: 100_000, resource: [str('service.version', '1.4.2')] }),
  ],
  'demo',
);

const matches = (q: string, context: 'search' | 'in-trace' = 'search') =>
  compileQuery(parseQuery(q), context)
    .matchingSpans(trace)
    .map((i) => trace.spans[i]!.name);
const traceMatches = (q: string) => compileQuery(parseQuery(q)).traceMatches(trace);

describe('compileQuery', () => {
  it('the issue example finds the failing payment hop of a slow trace', () => {
    expect(traceMatches('service=payments duration>1s error=true http.status_code>=500')).toBe(true);
    expect(traceMatches('service=payments duration>5s error=true')).toBe(false);
  });

  it('joins conditions on one span, like TraceQL {a && b}', () => {
    expect(traceMatches('service=inventory error=true')).toBe(false);
    expect(traceMatches('service=inventory or error=true')).toBe(true);
    expect(matches('service=inventory or error=true')).toEqual(['charge', 'reserve']);
  });

  it('compares numbers as numbers whether the attribute is an int or a numeric string', () => {
    expect(matches('http.status_code>=500')).toEqual(['charge']);
    expect(matches('http.response.status_code=504')).toEqual(['GET /checkout']);
    expect(matches('http.status_code="504"')).toEqual(['charge']);
    expect(matches('http.status_code<500')).toEqual([]);
  });

  it('never matches a missing attribute, not even with !=', () => {
    expect(matches('peer.service!=stripe')).toEqual([]);
    expect(matches('peer.service!=paypal')).toEqual(['charge']);
  });

  it('reads resource attributes too', () => {
    expect(matches('service.version=1.4.2')).toEqual(['reserve']);
  });

  it('supports existence, regex, kind and status', () => {
    expect(matches('has(peer.service)')).toEqual(['charge']);
    expect(matches('name=~^GET')).toEqual(['GET /checkout']);
    expect(matches('operation!~"^(GET|charge)"')).toEqual(['checkout', 'reserve']);
    expect(matches('kind=client')).toEqual(['charge', 'reserve']);
    expect(matches('status=error')).toEqual(['charge']);
    expect(matches('error=false kind=client')).toEqual(['reserve']);
  });

  it('reads duration as the trace’s in search and the span’s in a trace', () => {
    expect(matches('duration>1s')).toHaveLength(4);
    expect(matches('duration>1s', 'in-trace')).toEqual(['GET /checkout', 'checkout', 'charge']);
    expect(matches('span.duration<200ms')).toEqual(['reserve']);
  });

  it('free text looks at names, services, attribute values and events', () => {
    expect(matches('"STRIPE"')).toEqual(['charge']);
    expect(matches('stripe', 'in-trace')).toEqual(['charge']);
    expect(matches('stripe')).toEqual([]); // in search a bare word asks for an attribute named so
  });

  it('the empty query matches every span', () => {
    expect(matches('')).toHaveLength(4);
  });
});
