import { describe, expect, it } from 'vitest';
import { computeStats, sortStats } from './stats';
import { makeTrace } from './test-trace';

//  root  api  GET   |0----------------------100|
//  a     db   query      |10------50|                (overlaps b)
//  b     db   query            |30------70|
//  c     api  render                          |90-95|  error
const trace = makeTrace([
  { start: 0, duration: 100, service: 'api', name: 'GET', attributes: { 'http.method': 'GET' } },
  { parent: 0, start: 10, duration: 40, service: 'db', name: 'query', attributes: { 'db.system': 'pg' } },
  { parent: 0, start: 30, duration: 40, service: 'db', name: 'query', attributes: { 'db.system': 'pg' } },
  { parent: 0, start: 90, duration: 5, service: 'api', name: 'render', status: 'error' },
]);

describe('computeStats', () => {
  it('counts self time once where children overlap', () => {
    // children cover [10,70) and [90,95): 65 µs, so the root's self time is 35, not 15.
    expect(trace.spans[0]!.selfTimeUs).toBe(35);
    const rows = sortStats(computeStats(trace, { by: 'service' }), 'group', 'asc');
    expect(rows).toEqual([
      {
        group: ['api'],
        hasValue: true,
        count: 2,
        totalUs: 105,
        selfTotalUs: 40,
        avgUs: 52.5,
        minUs: 5,
        maxUs: 100,
        errorCount: 1,
      },
      {
        group: ['db'],
        hasValue: true,
        count: 2,
        totalUs: 80,
        selfTotalUs: 80,
        avgUs: 40,
        minUs: 40,
        maxUs: 40,
        errorCount: 0,
      },
    ]);
  });

  it('groups by operation, by service and operation, and by attribute', () => {
    expect(computeStats(trace, { by: 'operation' }).map((r) => [r.group, r.count])).toEqual([
      [['GET'], 1],
      [['query'], 2],
      [['render'], 1],
    ]);
    expect(computeStats(trace, { by: 'service-operation' }).map((r) => r.group)).toEqual([
      ['api', 'GET'],
      ['db', 'query'],
      ['api', 'render'],
    ]);
    const byDb = computeStats(trace, { by: 'attribute', key: 'db.system' });
    expect(byDb.map((r) => [r.group, r.hasValue, r.count])).toEqual([
      [[''], false, 2],
      [['pg'], true, 2],
    ]);
  });

  it('restricts to a subset of spans', () => {
    expect(computeStats(trace, { by: 'service' }, [1, 2]).map((r) => r.group)).toEqual([['db']]);
  });

  it('sorts by any column, ties by group', () => {
    const rows = computeStats(trace, { by: 'operation' });
    expect(sortStats(rows, 'totalUs').map((r) => r.group[0])).toEqual(['GET', 'query', 'render']);
    expect(sortStats(rows, 'count', 'asc').map((r) => r.group[0])).toEqual(['GET', 'render', 'query']);
    expect(sortStats(rows, 'errorCount').map((r) => r.group[0])).toEqual(['render', 'GET', 'query']);
  });
});
