import { describe, expect, it } from 'vitest';
import { micros } from '../../lib/units';
import type { SearchQuery } from '../../model/search-types';
import { buildUrl } from '../shared/url';
import { legacy, tagsJson, v3 } from './requests';

const START = micros(1_763_780_000_000_000); // 2025-11-22T02:53:20Z
const END = micros(1_763_783_600_123_456);
const full: SearchQuery = {
  service: 'frontend',
  operation: 'GET /dispatch',
  tags: [
    ['http.status_code', '500'],
    ['error', 'true'],
  ],
  minDurationUs: micros(150_000),
  maxDurationUs: micros(2_000_000),
  startUs: START,
  endUs: END,
  limit: 20,
};
const bare: SearchQuery = { tags: [], startUs: START, endUs: END, limit: 20 };
const url = (s: { path: string; params?: Record<string, string | number | undefined> }) =>
  decodeURIComponent(buildUrl('http://jaeger:16686', s.path, s.params));

describe('Jaeger /api/v3 requests', () => {
  it('search: snake_case params, RFC 3339 ns times, Go durations, JSON attributes', () => {
    expect(v3.search(full).params).toEqual({
      'query.service_name': 'frontend',
      'query.operation_name': 'GET /dispatch',
      'query.start_time_min': '2025-11-22T02:53:20.000000000Z',
      'query.start_time_max': '2025-11-22T03:53:20.123456000Z',
      'query.duration_min': '150ms',
      'query.duration_max': '2s',
      'query.num_traces': 20,
      'query.attributes': '{"http.status_code":"500","error":"true"}',
    });
    expect(url(v3.search(full))).toBe(
      'http://jaeger:16686/api/v3/traces?query.service_name=frontend&query.operation_name=GET /dispatch' +
        '&query.start_time_min=2025-11-22T02:53:20.000000000Z&query.start_time_max=2025-11-22T03:53:20.123456000Z' +
        '&query.duration_min=150ms&query.duration_max=2s&query.num_traces=20' +
        '&query.attributes={"http.status_code":"500","error":"true"}',
    );
  });

  it('search: always sends the time window and num_traces, nothing else when the form is empty', () => {
    expect(url(v3.search(bare))).toBe(
      'http://jaeger:16686/api/v3/traces?query.start_time_min=2025-11-22T02:53:20.000000000Z' +
        '&query.start_time_max=2025-11-22T03:53:20.123456000Z&query.num_traces=20',
    );
  });

  it('services, operations and trace', () => {
    expect(url(v3.services())).toBe('http://jaeger:16686/api/v3/services');
    expect(buildUrl('http://j', v3.operations('a b').path, v3.operations('a b').params)).toBe(
      'http://j/api/v3/operations?service=a%20b',
    );
    expect(url(v3.trace('00000000000000000123456789abcdef'))).toBe(
      'http://jaeger:16686/api/v3/traces/00000000000000000123456789abcdef',
    );
  });
});

describe('Jaeger internal /api requests (fallback)', () => {
  it('search: µs start/end, JSON tags, Go durations, limit', () => {
    expect(url(legacy.search(full))).toBe(
      'http://jaeger:16686/api/traces?service=frontend&operation=GET /dispatch' +
        '&tags={"http.status_code":"500","error":"true"}&start=1763780000000000&end=1763783600123456' +
        '&minDuration=150ms&maxDuration=2s&limit=20',
    );
    expect(url(legacy.search(bare))).toBe(
      'http://jaeger:16686/api/traces?start=1763780000000000&end=1763783600123456&limit=20',
    );
  });

  it('operations by query parameter, the path form only for very old servers', () => {
    expect(buildUrl('http://j', legacy.operations('a/b').path, legacy.operations('a/b').params)).toBe(
      'http://j/api/operations?service=a%2Fb',
    );
    expect(buildUrl('http://j', legacy.serviceOperations('a/b').path)).toBe('http://j/api/services/a%2Fb/operations');
  });

  it('dependencies: endTs and lookback in ms', () => {
    expect(url(legacy.dependencies({ startUs: START, endUs: END }))).toBe(
      'http://jaeger:16686/api/dependencies?endTs=1763783600123&lookback=3600123',
    );
  });

  it('a repeated tag key keeps its last value', () => {
    const q = { ...bare, tags: [['k', '1'], ['k', '2']] as const };
    expect(legacy.search(q).params?.tags).toBe('{"k":"2"}');
    expect(tagsJson([['__proto__', 'x']])).toBe('{"__proto__":"x"}');
  });
});
