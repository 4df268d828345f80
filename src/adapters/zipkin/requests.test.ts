import { describe, expect, it } from 'vitest';
import { micros } from '../../lib/units';
import type { SearchQuery } from '../../model/search-types';
import { buildUrl } from '../shared/url';
import * as req from './requests';

const START = micros(1_763_780_000_000_000);
const END = micros(1_763_783_600_123_456);
const base: SearchQuery = { tags: [], startUs: START, endUs: END, limit: 10 };
const url = (s: { path: string; params?: Record<string, string | number | undefined> }) =>
  buildUrl('http://zipkin:9411', s.path, s.params);

describe('Zipkin requests', () => {
  it('traces: names, annotationQuery, µs durations, ms endTs/lookback, limit', () => {
    const q: SearchQuery = {
      ...base,
      service: 'frontend',
      operation: 'get /api',
      remoteService: 'mysql',
      tags: [
        ['http.path', '/api'],
        ['error', ''],
      ],
      minDurationUs: micros(150_000),
      maxDurationUs: micros(2_000_000),
    };
    expect(req.traces(q).params).toEqual({
      serviceName: 'frontend',
      spanName: 'get /api',
      remoteServiceName: 'mysql',
      annotationQuery: 'http.path=/api and error',
      minDuration: 150000,
      maxDuration: 2000000,
      endTs: 1763783600123,
      lookback: 3600123,
      limit: 10,
    });
    expect(url(req.traces(q))).toBe(
      'http://zipkin:9411/api/v2/traces?serviceName=frontend&spanName=get%20%2Fapi&remoteServiceName=mysql' +
        '&annotationQuery=http.path%3D%2Fapi%20and%20error&minDuration=150000&maxDuration=2000000' +
        '&endTs=1763783600123&lookback=3600123&limit=10',
    );
  });

  it('an empty form sends only the window and the limit', () => {
    expect(url(req.traces(base))).toBe('http://zipkin:9411/api/v2/traces?endTs=1763783600123&lookback=3600123&limit=10');
  });

  it('a lone maxDuration goes with minDuration=1 (Zipkin needs minDuration > 0)', () => {
    expect(req.durationParams({ ...base, maxDurationUs: micros(5000) })).toEqual({ minDuration: 1, maxDuration: 5000 });
    expect(req.durationParams({ ...base, minDurationUs: micros(5000) })).toEqual({ minDuration: 5000 });
    expect(req.durationParams({ ...base, minDurationUs: micros(0) })).toEqual({});
  });

  it('names, trace, dependencies, autocomplete', () => {
    expect(url(req.services())).toBe('http://zipkin:9411/api/v2/services');
    expect(url(req.spans('front end'))).toBe('http://zipkin:9411/api/v2/spans?serviceName=front%20end');
    expect(url(req.remoteServices('frontend'))).toBe('http://zipkin:9411/api/v2/remoteServices?serviceName=frontend');
    expect(url(req.trace('0000000000000000ABCDEF0123456789'))).toBe(
      'http://zipkin:9411/api/v2/trace/0000000000000000abcdef0123456789',
    );
    expect(url(req.dependencies({ startUs: START, endUs: END }))).toBe(
      'http://zipkin:9411/api/v2/dependencies?endTs=1763783600123&lookback=3600123',
    );
    expect(url(req.autocompleteKeys())).toBe('http://zipkin:9411/api/v2/autocompleteKeys');
    expect(url(req.autocompleteValues('env'))).toBe('http://zipkin:9411/api/v2/autocompleteValues?key=env');
  });
});
