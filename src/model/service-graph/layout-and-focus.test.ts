import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { micros } from '../../lib/units';
import type { DependencyLink } from '../search-types';
import { graphFromDependencies } from './derive-graph';
import { focusGraph, hideNodes } from './focus';
import { layeredLayout } from './layered-layout';

const origin = { kind: 'backend' as const, backend: 'test', fromUs: micros(0), toUs: micros(1) };
const graphOf = (pairs: [string, string][]) => graphFromDependencies(pairs.map(([parent, child]) => ({ parent, child, callCount: 1 })), origin);

describe('layeredLayout', () => {
  it('puts every callee right of its caller in an acyclic graph', () => {
    const dag = fc.array(fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 25 })), { maxLength: 80 }).map((pairs) =>
      pairs.filter(([a, b]) => a < b).map(([a, b]) => [`s${a}`, `s${b}`] as [string, string]),
    );
    fc.assert(
      fc.property(dag, (pairs) => {
        const g = graphOf(pairs);
        const pos = layeredLayout(g);
        expect(pos.size).toBe(g.nodes.length);
        for (const e of g.edges) expect(pos.get(e.source)!.x).toBeLessThan(pos.get(e.target)!.x);
      }),
      { numRuns: 300 },
    );
  });

  it('lays out cycles without hanging and gives distinct positions', () => {
    const g = graphOf([['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd']]);
    const pos = layeredLayout(g);
    const keys = new Set([...pos.values()].map((p) => `${p.x},${p.y}`));
    expect(keys.size).toBe(4);
  });

  const large = resolve(process.cwd(), '../shared/fixtures/jaeger-ui/dependencies-large.json');
  it.skipIf(!existsSync(large))('lays out the 4,271-edge Jaeger UI sample (skipped without ../shared)', () => {
    const links = JSON.parse(readFileSync(large, 'utf8')) as DependencyLink[];
    const g = graphFromDependencies(links, origin);
    expect(g.edges.length).toBeGreaterThan(1000);
    const pos = layeredLayout(g);
    expect(pos.size).toBe(g.nodes.length);
  });
});

describe('focusGraph', () => {
  const g = graphOf([['web', 'api'], ['api', 'db'], ['api', 'cache'], ['cron', 'api'], ['db', 'disk'], ['other', 'x']]);

  it('keeps callers up to N hops and callees down to M hops', () => {
    const f = focusGraph(g, { service: 'api', up: 1, down: 1 });
    expect(f.nodes.map((n) => n.id).sort()).toEqual(['api', 'cache', 'cron', 'db', 'web']);
    expect(f.edges.map((e) => e.id).sort()).toEqual(['api→cache', 'api→db', 'cron→api', 'web→api']);
    expect(focusGraph(g, { service: 'api', up: 0, down: 2 }).nodes.map((n) => n.id).sort()).toEqual(['api', 'cache', 'db', 'disk']);
  });

  it('gives an empty graph for an unknown service', () => {
    expect(focusGraph(g, { service: 'nope', up: 1, down: 1 }).nodes).toEqual([]);
  });

  it('hides nodes with their edges', () => {
    const h = hideNodes(g, new Set(['api']));
    expect(h.edges.map((e) => e.id)).toEqual(['db→disk', 'other→x']);
  });
});
