import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse';
import { printQuery } from './print';
import { QueryError } from './query-error';

const roundTrip = (q: string) => printQuery(parseQuery(q));

function errorOf(q: string): QueryError {
  try {
    parseQuery(q);
  } catch (e) {
    if (e instanceof QueryError) return e;
    throw e;
  }
  throw new Error(`no error for ${q}`);
}

describe('parseQuery', () => {
  it('reads the issue example as four conditions joined by and', () => {
    const q = parseQuery('service=checkout duration>1s error=true http.status_code>=500');
    expect(q).toMatchObject({
      type: 'and',
      items: [
        { type: 'compare', field: { kind: 'service' }, op: '=', value: { type: 'string', value: 'checkout' } },
        { type: 'compare', field: { kind: 'duration' }, op: '>', value: { type: 'duration', us: 1_000_000 } },
        { type: 'compare', field: { kind: 'status' }, op: '=', value: { type: 'string', value: 'error' } },
        { type: 'compare', field: { kind: 'attr', key: 'http.status_code' }, op: '>=', value: { type: 'number', value: 500 } },
      ],
    });
  });

  it('the empty query is null and matches everything', () => {
    expect(parseQuery('')).toBeNull();
    expect(parseQuery('   ')).toBeNull();
  });

  it('binds and tighter than or, and honours parentheses', () => {
    expect(roundTrip('a=1 or b=2 c=3')).toBe('a=1 or b=2 c=3');
    expect(parseQuery('a=1 or b=2 c=3')).toMatchObject({ type: 'or', items: [{ type: 'compare' }, { type: 'and' }] });
    expect(parseQuery('(a=1 or b=2) c=3')).toMatchObject({ type: 'and', items: [{ type: 'or' }, { type: 'compare' }] });
    expect(roundTrip('(a=1 or b=2) and c=3')).toBe('(a=1 or b=2) c=3');
    expect(roundTrip('a=1 && b=2 || c=3')).toBe('a=1 b=2 or c=3');
  });

  it('accepts aliases and attribute prefixes', () => {
    expect(roundTrip('name=GET')).toBe('operation=GET');
    expect(roundTrip('tags.http.status_code >= 500')).toBe('http.status_code>=500');
    expect(roundTrip('attr.service=x')).toBe('attr.service=x');
    expect(parseQuery('attr.service=x')).toMatchObject({ field: { kind: 'attr', key: 'service' } });
    expect(roundTrip('error=false')).toBe('status!=error');
    expect(roundTrip('service=checkout error')).toBe('service=checkout status=error');
  });

  it('reads existence as has(key) or a bare key', () => {
    expect(parseQuery('has(db.statement)')).toMatchObject({ type: 'exists', field: { kind: 'attr', key: 'db.statement' }, bare: false });
    expect(parseQuery('db.statement')).toMatchObject({ type: 'exists', bare: true });
    expect(roundTrip('has( db.statement )')).toBe('has(db.statement)');
  });

  it('types values: numbers, booleans, durations, quoted strings stay strings', () => {
    expect(parseQuery('a=500')).toMatchObject({ value: { type: 'number', value: 500 } });
    expect(parseQuery('a="500"')).toMatchObject({ value: { type: 'string', value: '500' } });
    expect(parseQuery('a=true')).toMatchObject({ value: { type: 'bool', value: true } });
    expect(parseQuery('span.duration<=250us')).toMatchObject({ value: { type: 'duration', us: 250 } });
    expect(parseQuery('duration>2m')).toMatchObject({ value: { type: 'duration', us: 120_000_000 } });
    expect(parseQuery("a='it''s'")).toBeTruthy;
    expect(parseQuery('a="say \\"hi\\""')).toMatchObject({ value: { type: 'string', value: 'say "hi"' } });
    expect(roundTrip('service=42')).toBe('service="42"');
  });

  it('keeps regex values as text', () => {
    expect(parseQuery('http.status_code=~5..')).toMatchObject({ op: '=~', value: { type: 'string', value: '5..' } });
    expect(roundTrip('name!~"^GET /health"')).toBe('operation!~"^GET /health"');
  });

  it('reads a lone quoted string as free text', () => {
    expect(parseQuery('"connection reset"')).toMatchObject({ type: 'text', text: 'connection reset' });
  });

  it('records where each condition stands in the text', () => {
    expect(parseQuery('  service=a')).toMatchObject({ range: { start: 2, end: 11 } });
  });

  it.each([
    ['service=', 'Expected a value after "="', 7],
    ['duration>5', 'Add a unit', 9],
    ['duration>fast', 'Expected a duration', 9],
    ['(a=1', 'Missing ")"', 0],
    ['a=1)', 'Unmatched ")"', 3],
    ['a="open', 'Unterminated string', 2],
    ['status=broken', 'status is one of', 7],
    ['kind=sideways', 'kind is one of', 5],
    ['service>a', 'service compares with', 0],
    ['a=~"("', 'Not a valid regular expression', 3],
    ['a=1 and', 'Expected a condition after "and"', 4],
    ['or a=1', 'Unexpected', 0],
    ['service', 'needs a comparison', 0],
    ['()', 'Empty parentheses', 0],
    ['a=1 = 2', 'Unexpected "="', 4],
  ])('explains %j at its position', (q, message, start) => {
    const e = errorOf(q);
    expect(e.message).toContain(message);
    expect(e.range.start).toBe(start);
  });

  it('refuses hostile nesting with an error, not a stack overflow', () => {
    const deep = '('.repeat(10_000) + 'a=1' + ')'.repeat(10_000);
    expect(errorOf(deep).message).toContain('nest deeper');
  });
});
