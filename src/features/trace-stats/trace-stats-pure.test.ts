import { describe, expect, it } from 'vitest';
import { computeStats } from '../../model/analyses/stats';
import { makeTrace } from '../../model/analyses/test-trace';
import { attributeKeys } from './attribute-keys';
import { groupHeaders, groupingValue, parseGroupingValue } from './stats-grouping';
import { percentText, statsTotals } from './stats-totals';

const trace = makeTrace([
  { start: 0, duration: 100, service: 'api', attributes: { 'http.method': 'GET' }, resource: { 'host.name': 'a' } },
  { parent: 0, start: 10, duration: 40, service: 'db', attributes: { 'db.system': 'pg' }, resource: { 'host.name': 'b' } },
  { parent: 0, start: 20, duration: 50, service: 'db', status: 'error', resource: { 'host.name': 'b', zone: 'z1' } },
]);

describe('attributeKeys', () => {
  it('lists span and resource keys once, sorted, with how many spans carry each', () => {
    expect(attributeKeys(trace)).toEqual([
      { key: 'db.system', spans: 1 },
      { key: 'host.name', spans: 3 },
      { key: 'http.method', spans: 1 },
      { key: 'zone', spans: 1 },
    ]);
  });
});

describe('grouping picker values', () => {
  it('round-trips every grouping', () => {
    for (const g of [
      { by: 'service' },
      { by: 'operation' },
      { by: 'service-operation' },
      { by: 'attribute', key: 'http.method' },
      { by: 'attribute', key: 'attr:odd:key' },
    ] as const) {
      expect(parseGroupingValue(groupingValue(g))).toEqual(g);
    }
  });
  it('falls back to service for unknown values', () => {
    expect(parseGroupingValue('nonsense')).toEqual({ by: 'service' });
    expect(parseGroupingValue('attr:')).toEqual({ by: 'service' });
  });
  it('names the group columns', () => {
    expect(groupHeaders({ by: 'service-operation' })).toEqual(['Service', 'Operation']);
    expect(groupHeaders({ by: 'attribute', key: 'k' })).toEqual(['k']);
  });
});

describe('statsTotals and percentText', () => {
  it('sums the groups, whatever the grouping', () => {
    const byService = statsTotals(computeStats(trace, { by: 'service' }));
    const byHost = statsTotals(computeStats(trace, { by: 'attribute', key: 'host.name' }));
    expect(byService).toEqual(byHost);
    expect(byService.count).toBe(3);
    expect(byService.totalUs).toBe(190);
    expect(byService.errorCount).toBe(1);
    // Root self time: 100 minus the union [10,70) of its children = 40; children have no children.
    expect(byService.selfTotalUs).toBe(40 + 40 + 50);
  });
  it('formats shares', () => {
    expect(percentText(1, 3)).toBe('33%');
    expect(percentText(1, 40)).toBe('2.5%');
    expect(percentText(1, 10_000)).toBe('<0.1%');
    expect(percentText(0, 10)).toBe('0%');
    expect(percentText(5, 0)).toBe('0%');
  });
});
