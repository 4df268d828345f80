import { describe, expect, it } from 'vitest';
import { micros } from '../../lib/units';
import type { SearchQuery } from '../../model/search-types';
import { buildUrl } from '../shared/url';
import * as req from './requests';

const url = (s: { path: string; params?: Record<string, string | number | undefined> }) =>
  buildUrl('http://tempo:3200', s.path, s.params);

describe('Tempo requests', () => {
  it('search: TraceQL q, limit, spss, start/end in whole seconds (widened)', () => {
    const q: SearchQuery = {
      service: 'frontend',
      tags: [['http.status_code', '500']],
      startUs: micros(1_763_780_000_500_000),
      endUs: micros(1_763_783_600_123_456),
      limit: 20,
    };
    expect(req.search(q).params).toEqual({
      q: '{resource.service.name="frontend" && (.http.status_code=500 || .http.status_code="500")}',
      limit: 20,
      spss: 3,
      start: 1763780000,
      end: 1763783601,
    });
    expect(url(req.search(q))).toBe(
      'http://tempo:3200/api/search?q=%7Bresource.service.name%3D%22frontend%22%20%26%26%20' +
        '(.http.status_code%3D500%20%7C%7C%20.http.status_code%3D%22500%22)%7D' +
        '&limit=20&spss=3&start=1763780000&end=1763783601',
    );
  });

  it('never sends an empty window', () => {
    expect(req.secondsWindow(micros(5_000_000), micros(5_000_000))).toEqual({ start: 5, end: 6 });
  });

  it('metadata endpoints', () => {
    const w = { start: 100, end: 200 };
    expect(url(req.services(w))).toBe('http://tempo:3200/api/v2/search/tag/resource.service.name/values?start=100&end=200');
    expect(decodeURIComponent(url(req.operations('front"end', w)))).toBe(
      'http://tempo:3200/api/v2/search/tag/name/values?q={resource.service.name="front\\"end"}&start=100&end=200',
    );
    expect(url(req.tagKeys(w))).toBe('http://tempo:3200/api/v2/search/tags?start=100&end=200');
    expect(url(req.tagValues('http.method', w))).toBe('http://tempo:3200/api/v2/search/tag/.http.method/values?start=100&end=200');
    expect(url(req.tagValues('resource.cluster', w))).toBe(
      'http://tempo:3200/api/v2/search/tag/resource.cluster/values?start=100&end=200',
    );
  });

  it('trace by id, v2 and v1', () => {
    expect(url(req.traceV2('0123456789abcdef0123456789abcdef'))).toBe(
      'http://tempo:3200/api/v2/traces/0123456789abcdef0123456789abcdef',
    );
    expect(url(req.traceV1('0123456789abcdef0123456789abcdef'))).toBe(
      'http://tempo:3200/api/traces/0123456789abcdef0123456789abcdef',
    );
  });
});
