import { describe, expect, it } from 'vitest';
import type { Span, SpanLink, Trace } from '../../model/types';
import { ancestorPath, incomingLinks } from './incoming-links';

const link = (traceId: string, spanId: string): SpanLink => ({ traceId, spanId, kind: 'link', attributes: [] });

function trace(parents: number[], links: Record<number, SpanLink[]>): Trace {
  const spans = parents.map(
    (p, i) => ({ index: i, uid: `s${i}`, spanId: `s${i}`, parentIndex: p, links: links[i] ?? [] }) as unknown as Span,
  );
  return { traceId: 't', spans, byUid: new Map(spans.map((s) => [s.uid, s.index])) } as unknown as Trace;
}

describe('incomingLinks', () => {
  it('indexes links that point at spans of the same trace', () => {
    const t = trace([-1, 0, 0], { 2: [link('t', 's1'), link('t', 's1'), link('other', 's0')], 0: [link('t', 'nope')] });
    expect(incomingLinks(t).get(1)).toEqual([2]);
    expect(incomingLinks(t).size).toBe(1);
  });
  it('ignores self links', () => {
    expect(incomingLinks(trace([-1], { 0: [link('t', 's0')] })).size).toBe(0);
  });
});

describe('ancestorPath', () => {
  it('walks from the root to the span', () => {
    expect(ancestorPath(trace([-1, 0, 1, 2], {}), 3, 10)).toEqual({ path: [0, 1, 2, 3], clipped: false });
  });
  it('keeps the nearest ancestors of a deep span', () => {
    const deep = trace(Array.from({ length: 20_000 }, (_, i) => i - 1), {});
    expect(ancestorPath(deep, 19_999, 3)).toEqual({ path: [19_997, 19_998, 19_999], clipped: true });
  });
});
