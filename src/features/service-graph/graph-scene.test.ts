import { describe, expect, it } from 'vitest';
import type { ServiceGraph } from '../../model/service-graph/graph-types';
import { distanceToSegmentSq, edgeSegment } from './edge-geometry';
import { buildScene } from './graph-scene';
import { bucketColors, edgeWidth, ERROR_BUCKETS, errorBucket } from './graph-style';

const node = (id: string) => ({ id, name: id, kind: 'service' as const, callsIn: 1, callsOut: 1, errorsIn: 0 });
const edge = (source: string, target: string, calls: number, errors = 0) => ({
  id: `${source}→${target}`,
  source,
  target,
  calls,
  errors,
  errorRate: calls ? errors / calls : 0,
});
const graph: ServiceGraph = {
  origin: { kind: 'trace', traceId: 't' },
  nodes: ['a', 'b', 'c'].map(node),
  edges: [edge('a', 'b', 10), edge('b', 'a', 1000, 500), edge('b', 'c', 5, 1), edge('a', 'zz', 3), edge('c', 'c', 2)],
};

describe('buildScene', () => {
  const scene = buildScene(graph);

  it('drops edges to unknown nodes and self-loops, and puts every other edge in one group', () => {
    expect(scene.edges.map((e) => e.id)).toEqual(['a→b', 'b→a', 'b→c']);
    const grouped = scene.groups.flatMap((g) => [...g.edges]).sort();
    expect(grouped).toEqual([0, 1, 2]);
  });

  it('shifts edges whose reverse exists so both show', () => {
    expect([...scene.shifted]).toEqual([1, 1, 0]);
  });

  it('lists each node’s edges and orders groups healthy first', () => {
    expect(scene.edgesOf[scene.index.get('b')!]).toEqual([0, 1, 2]);
    const buckets = scene.groups.map((g) => g.bucket);
    expect(buckets).toEqual([...buckets].sort((x, y) => x - y));
  });
});

describe('graph style', () => {
  it('buckets error rates from green to red, monotonically', () => {
    expect(errorBucket(0)).toBe(0);
    expect(errorBucket(Number.NaN)).toBe(0);
    expect(errorBucket(0.0001)).toBeGreaterThan(0);
    expect(errorBucket(0.5)).toBe(ERROR_BUCKETS - 1);
    let last = 0;
    for (let r = 0; r <= 1; r += 0.001) {
      const b = errorBucket(r);
      expect(b).toBeGreaterThanOrEqual(last);
      expect(b).toBeLessThan(ERROR_BUCKETS);
      last = b;
    }
    const colors = bucketColors({ ok: '#00ff00', warning: '#ffaa00', danger: '#ff0000', accent: '', text: '', muted: '', bg: '' });
    expect(colors).toHaveLength(ERROR_BUCKETS);
    expect(colors[0]).toBe('#00ff00');
    expect(colors.at(-1)).toBe('#ff0000');
  });

  it('widens edges with calls on a log scale, capped', () => {
    expect(edgeWidth(edge('a', 'b', 1))).toBeLessThan(edgeWidth(edge('a', 'b', 100)));
    expect(edgeWidth(edge('a', 'b', 1e12))).toBe(7);
  });
});

describe('edge geometry', () => {
  it('runs rim to rim and measures distance to the line', () => {
    const seg = { x1: 0, y1: 0, x2: 0, y2: 0, ux: 0, uy: 0 };
    expect(edgeSegment(0, 0, 100, 0, 10, 5, false, seg)).toBe(true);
    expect(seg.x1).toBe(10);
    expect(seg.x2).toBe(94);
    expect(distanceToSegmentSq(50, 3, seg)).toBe(9);
    expect(distanceToSegmentSq(0, 0, seg)).toBe(100);
    expect(edgeSegment(0, 0, 10, 0, 10, 5, false, seg)).toBe(false);
  });
});
