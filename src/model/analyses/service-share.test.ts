import { describe, expect, it } from 'vitest';
import { serviceShare } from './service-share';
import { ancestorPath, isInSubtree, spansPerDepth } from './span-path';
import { makeChain, makeTrace } from './test-trace';

const trace = makeTrace([
  { start: 0, duration: 100, service: 'api' },
  { parent: 0, start: 10, duration: 60, service: 'db' },
  { parent: 0, start: 20, duration: 60, service: 'db' }, // overlaps: api self = 100 - 70 = 30
  { parent: 2, start: 30, duration: 10, service: 'cache' },
]);

describe('serviceShare', () => {
  it('charges each service its self time', () => {
    expect(serviceShare(trace)).toEqual([
      { service: 'db', spanCount: 2, selfUs: 110, share: 110 / 150 },
      { service: 'api', spanCount: 1, selfUs: 30, share: 30 / 150 },
      { service: 'cache', spanCount: 1, selfUs: 10, share: 10 / 150 },
    ]);
  });
});

describe('span path helpers', () => {
  it('gives the breadcrumb, subtree membership and depth counts', () => {
    expect(ancestorPath(trace, 3)).toEqual([0, 2, 3]);
    expect(ancestorPath(trace, 99)).toEqual([]);
    expect(isInSubtree(trace, 2, 3)).toBe(true);
    expect(isInSubtree(trace, 1, 3)).toBe(false);
    expect(Array.from(spansPerDepth(trace))).toEqual([1, 2, 1]);
    expect(ancestorPath(makeChain(10_000), 9_999).length).toBe(10_000);
  });
});
