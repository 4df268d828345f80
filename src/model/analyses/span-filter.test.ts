import { describe, expect, it } from 'vitest';
import { filterSpans, parseDurationUs, parseSpanFilter, searchSpans } from './span-filter';
import { makeTrace } from './test-trace';

const trace = makeTrace([
  {
    start: 0,
    duration: 50_000,
    service: 'frontend',
    name: 'GET /checkout',
    kind: 'server',
    attributes: { 'http.method': 'GET', 'http.status_code': 200, 'http.url': 'http://shop/checkout' },
    resource: { 'host.name': 'web-1' },
  },
  {
    parent: 0,
    start: 1_000,
    duration: 20_000,
    service: 'payment',
    name: 'Charge',
    kind: 'client',
    status: 'error',
    attributes: { 'rpc.method': 'Charge', 'http.status_code': 503, note: 'card declined' },
  },
  {
    parent: 0,
    start: 30_000,
    duration: 500,
    service: 'cache',
    name: 'redis GET',
    kind: 'client',
    attributes: { 'db.system': 'redis', retries: '3' },
  },
]);
const find = (q: string) => {
  const r = searchSpans(trace, q);
  if (r.error) throw new Error(r.error);
  return Array.from(r.matches);
};

describe('span filter', () => {
  it('matches free text on names, services, ids, attribute keys and values, case-insensitively', () => {
    expect(find('checkout')).toEqual([0]);
    expect(find('PAYMENT')).toEqual([1]);
    expect(find('db.system')).toEqual([2]);
    expect(find('"card declined"')).toEqual([1]);
    expect(find('web-1')).toEqual([0]);
    expect(find(trace.spans[2]!.spanId)).toEqual([2]);
    expect(find('get')).toEqual([0, 2]);
    expect(find('get -redis')).toEqual([0]);
    expect(find('nothing-like-this')).toEqual([]);
    expect(find('')).toEqual([]);
  });

  it('compares attributes and fields', () => {
    expect(find('http.method=GET')).toEqual([0]);
    expect(find('http.method=get')).toEqual([]); // attribute values are exact
    expect(find('http.status_code>=500')).toEqual([1]);
    expect(find('http.status_code<500')).toEqual([0]);
    expect(find('http.status_code!=200')).toEqual([1, 2]); // missing counts as different
    expect(find('retries>2')).toEqual([2]); // numeric strings compare as numbers
    expect(find('http.status_code=503')).toEqual([1]);
    expect(find('rpc.method=~^Ch')).toEqual([1]);
    expect(find('rpc.method!~^Ch')).toEqual([0, 2]);
    expect(find('service:PAY')).toEqual([1]);
    expect(find('operation:get')).toEqual([0, 2]);
    expect(find('service=frontend')).toEqual([0]);
    expect(find('status=error')).toEqual([1]);
    expect(find('status!=error')).toEqual([0, 2]);
    expect(find('kind=client')).toEqual([1, 2]);
    expect(find('kind=client duration>10ms')).toEqual([1]);
    expect(find('duration<1ms')).toEqual([2]);
    expect(find('duration>=20000us')).toEqual([0, 1]);
    expect(find('http.url=http://shop/checkout')).toEqual([0]);
    expect(find('http://shop')).toEqual([0]); // a colon in free text is text
  });

  it('explains bad input instead of throwing', () => {
    expect(parseSpanFilter('a=~(').ok).toBe(false);
    expect(searchSpans(trace, 'duration>soon').error).toMatch(/not a duration/);
    expect(searchSpans(trace, 'x>abc').error).toMatch(/needs a number/);
    expect(searchSpans(trace, '"open').error).toMatch(/quote/);
  });

  it('reads durations with units (bare numbers are ms)', () => {
    expect(parseDurationUs('10ms')).toBe(10_000);
    expect(parseDurationUs('1.5s')).toBe(1_500_000);
    expect(parseDurationUs('250us')).toBe(250);
    expect(parseDurationUs('2')).toBe(2000);
    expect(parseDurationUs('fast')).toBeNull();
  });

  it('returns sorted indices from a parsed filter', () => {
    const parsed = parseSpanFilter('kind=client');
    expect(parsed.ok && Array.from(filterSpans(trace, parsed.filter))).toEqual([1, 2]);
  });
});
