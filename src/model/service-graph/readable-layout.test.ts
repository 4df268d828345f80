import { describe, expect, it } from 'vitest';
import { micros } from '../../lib/units';
import { graphFromDependencies } from './derive-graph';
import { layeredLayout } from './layered-layout';
import { circleLayout } from './circle-layout';
import { edgesThroughNodes, readableLayout } from './readable-layout';

const origin = { kind: 'backend' as const, backend: 'test', fromUs: micros(0), toUs: micros(1) };
const graphOf = (pairs: [string, string][]) => graphFromDependencies(pairs.map(([parent, child]) => ({ parent, child, callCount: 1 })), origin);

describe('readableLayout', () => {
  it('keeps call trees and diamonds left to right', () => {
    expect(readableLayout(graphOf([['web', 'api'], ['api', 'db'], ['api', 'cache'], ['web', 'auth']]))).toBe('layered');
    expect(readableLayout(graphOf([['a', 'b'], ['a', 'c'], ['b', 'd'], ['c', 'd']]))).toBe('layered');
    // A call back to the caller is drawn beside the call itself, not through anything.
    expect(readableLayout(graphOf([['web', 'api'], ['api', 'web']]))).toBe('layered');
  });

  it('keeps the layers for a shortcut or two, and gives them up when many edges run through services', () => {
    const tree: [string, string][] = [['web', 'api'], ['api', 'db'], ['api', 'cache'], ['web', 'auth'], ['auth', 'users'], ['users', 'db']];
    const shortcut = graphOf([...tree, ['web', 'db']]);
    expect(edgesThroughNodes(shortcut, layeredLayout(shortcut))).toBeGreaterThan(0);
    expect(readableLayout(shortcut)).toBe('layered');
    // Three services, each calling the next and the first the last: web→db runs through api.
    const triangle = graphOf([['web', 'api'], ['api', 'db'], ['web', 'db']]);
    expect(edgesThroughNodes(triangle, layeredLayout(triangle))).toBe(1);
    expect(readableLayout(triangle)).toBe('circle');
  });

  it('puts a mesh of services that all call each other on a circle (one row of layers otherwise)', () => {
    const names = Array.from({ length: 20 }, (_, k) => `service-${String.fromCharCode(97 + k)}`);
    const g = graphOf(names.flatMap((a) => names.filter((b) => b !== a).map((b): [string, string] => [a, b])));
    const layered = layeredLayout(g);
    expect(new Set([...layered.values()].map((p) => p.y)).size).toBe(1);
    expect(edgesThroughNodes(g, layered)).toBeGreaterThan(300);
    expect(readableLayout(g)).toBe('circle');
  });
});

describe('circleLayout', () => {
  it('puts every service on one circle, callers first, clockwise from the top', () => {
    const g = graphOf([['web', 'api'], ['api', 'db'], ['web', 'db'], ['db', 'disk']]);
    const pos = circleLayout(g);
    const radii = [...pos.values()].map((p) => Math.hypot(p.x, p.y));
    for (const r of radii) expect(r).toBeCloseTo(radii[0]!, 6);
    expect(pos.get('web')).toMatchObject({ x: expect.closeTo(0, 6), y: -radii[0]! });
    expect(new Set([...pos.values()].map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`)).size).toBe(4);
    // Clockwise (y down on screen): the next one, api, to the right of the top.
    expect(pos.get('api')!.x).toBeGreaterThan(0);
  });
});
