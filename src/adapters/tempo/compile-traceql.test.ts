import { describe, expect, it } from 'vitest';
import { micros } from '../../lib/units';
import type { SearchQuery } from '../../model/search-types';
import { attributeIdentifier, compileCondition, compileTraceQL, quoteString } from './compile-traceql';

const base: SearchQuery = { tags: [], startUs: micros(0), endUs: micros(1), limit: 20 };

describe('compileTraceQL', () => {
  it('an empty form matches everything', () => {
    expect(compileTraceQL(base)).toBe('{}');
  });

  it('service, operation, typed attributes and durations in one spanset', () => {
    const q: SearchQuery = {
      ...base,
      service: 'frontend',
      operation: 'GET /dispatch',
      tags: [
        ['http.status_code', '500'],
        ['customer', 'Rachel "R" Smith'],
      ],
      minDurationUs: micros(1_000_000),
      maxDurationUs: micros(1500),
    };
    expect(compileTraceQL(q)).toBe(
      '{resource.service.name="frontend" && name="GET /dispatch"' +
        ' && (.http.status_code=500 || .http.status_code="500")' +
        ' && .customer="Rachel \\"R\\" Smith" && traceDuration>=1s && traceDuration<=1500us}',
    );
  });

  it('a raw query is passed through untouched', () => {
    expect(compileTraceQL({ ...base, service: 'x', raw: '  { span.a = 1 } | count() > 2 ' })).toBe('{ span.a = 1 } | count() > 2');
    expect(compileTraceQL({ ...base, raw: '   ' })).toBe('{}');
  });
});

describe('compileCondition', () => {
  it('number- and boolean-looking values match either type', () => {
    expect(compileCondition('http.status_code', '500')).toBe('(.http.status_code=500 || .http.status_code="500")');
    expect(compileCondition('ratio', '-0.5')).toBe('(.ratio=-0.5 || .ratio="-0.5")');
    expect(compileCondition('error', 'true')).toBe('(.error=true || .error="true")');
  });

  it('other values are strings, leading zeros and huge numbers included', () => {
    expect(compileCondition('zip', '0123x')).toBe('.zip="0123x"');
    expect(compileCondition('id', '12345678901234567890')).toBe('.id="12345678901234567890"');
    expect(compileCondition('v', '1e5')).toBe('.v="1e5"');
  });

  it('a bare key asks for existence', () => {
    expect(compileCondition('error', '')).toBe('.error != nil');
  });

  it('keeps scoped keys and intrinsics', () => {
    expect(compileCondition('resource.k8s.namespace.name', 'prod')).toBe('resource.k8s.namespace.name="prod"');
    expect(compileCondition('span.http.method', 'GET')).toBe('span.http.method="GET"');
    expect(compileCondition('status', 'error')).toBe('status=error');
    expect(compileCondition('status', 'broken')).toBe('status="broken"');
    expect(compileCondition('kind', 'server')).toBe('kind=server');
    expect(compileCondition('name', '500')).toBe('name="500"');
    expect(compileCondition('duration', '150ms')).toBe('duration=150ms');
  });
});

describe('escaping', () => {
  it('quotes strings with Go escapes', () => {
    expect(quoteString('a"b\\c\nd\te\u0001')).toBe('"a\\"b\\\\c\\nd\\te\\u0001"');
    expect(quoteString('ünïcode ✓')).toBe('"ünïcode ✓"');
  });

  it('quotes attribute names that are not plain identifiers', () => {
    expect(attributeIdentifier('http.status_code')).toBe('.http.status_code');
    expect(attributeIdentifier('attr with space')).toBe('."attr with space"');
    expect(attributeIdentifier('x-request-id')).toBe('."x-request-id"');
    expect(attributeIdentifier('span.my key')).toBe('span."my key"');
    expect(attributeIdentifier('.already')).toBe('.already');
    expect(attributeIdentifier('9lives')).toBe('."9lives"');
  });

  it('an injected quote cannot close the string or the spanset', () => {
    const q = compileTraceQL({ ...base, service: 'a" } || { true' });
    expect(q).toBe('{resource.service.name="a\\" } || { true"}');
  });
});
