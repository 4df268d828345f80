import { describe, expect, it } from 'vitest';
import { flameGraphLayout } from './flame-graph';
import { operationIcicle } from './operation-icicle';
import { makeChain, makeTrace } from './test-trace';

//  0 api GET      |100------------------200|
//  1 api auth       |110-120|
//  2 db  query                |130---160|
//  3 db  query                  |140-150|      (nested query, same name)
//  4 db  query                        |170-190|
const trace = makeTrace([
  { start: 100, duration: 100, service: 'api', name: 'GET' },
  { parent: 0, start: 110, duration: 10, service: 'api', name: 'auth' },
  { parent: 0, start: 130, duration: 30, service: 'db', name: 'query' },
  { parent: 2, start: 140, duration: 10, service: 'db', name: 'query' },
  { parent: 0, start: 170, duration: 20, service: 'db', name: 'query' },
]);

describe('flameGraphLayout', () => {
  it('places each span by time offset, duration and depth', () => {
    const l = flameGraphLayout(trace);
    expect(Array.from(l.spanIndex)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(l.x)).toEqual([0, 10, 30, 40, 70]);
    expect(Array.from(l.width)).toEqual([100, 10, 30, 10, 20]);
    expect(Array.from(l.depth)).toEqual([0, 1, 1, 2, 1]);
    expect(l.rows).toBe(3);
    expect([l.startUs, l.durationUs]).toEqual([100, 100]);
  });

  it('zooms on a span: its window, its subtree, its ancestors across the top', () => {
    const l = flameGraphLayout(trace, 2);
    expect(Array.from(l.spanIndex)).toEqual([0, 2, 3]);
    expect(Array.from(l.x)).toEqual([0, 0, 10]);
    expect(Array.from(l.width)).toEqual([30, 30, 10]);
    expect(Array.from(l.depth)).toEqual([0, 1, 2]);
    expect([l.startUs, l.durationUs, l.rows]).toEqual([130, 30, 3]);
  });

  it('lays out a 10,000-level chain', () => {
    expect(flameGraphLayout(makeChain(10_000)).rows).toBe(10_000);
  });
});

describe('operationIcicle', () => {
  it('folds spans by service/operation path with self-time widths', () => {
    const ice = operationIcicle(trace);
    const view = ice.nodes.map((n) => [n.service, n.name, n.depth, n.count, n.totalUs, n.selfUs, n.valueUs, n.x]);
    expect(view).toEqual([
      // GET self = 100 - 10 - 30 - 20 = 40
      ['api', 'GET', 0, 1, 100, 40, 100, 0],
      ['api', 'auth', 1, 1, 10, 10, 10, 50], // lighter than db query (50): placed after it
      ['db', 'query', 1, 2, 50, 40, 50, 0],
      ['db', 'query', 2, 1, 10, 10, 10, 0],
    ]);
    expect(Array.from(ice.nodeOfSpan)).toEqual([0, 1, 2, 3, 2]);
    expect(ice.totalValueUs).toBe(100);
  });

  it('keeps every node inside its parent', () => {
    const ice = operationIcicle(makeTrace([
      { start: 0, duration: 10 },
      { parent: 0, start: 0, duration: 10, name: 'a' },
      { parent: 0, start: 0, duration: 10, name: 'a' },
      { parent: 2, start: 0, duration: 5, name: 'b' },
    ]));
    for (const n of ice.nodes) {
      if (n.parent < 0) continue;
      const p = ice.nodes[n.parent]!;
      expect(n.x).toBeGreaterThanOrEqual(p.x);
      expect(n.x + n.valueUs).toBeLessThanOrEqual(p.x + p.valueUs);
    }
  });
});
