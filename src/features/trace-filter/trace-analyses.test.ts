import { describe, expect, it } from 'vitest';
import { computeCriticalPath } from '../../model/analyses/critical-path';
import { makeTrace, makeWideTrace } from '../../model/analyses/test-trace';
import { criticalPathOf, dataQualityOf, skewAdjustedOf, slowestSpansOf, SLOWEST_COUNT } from './trace-analyses';

describe('per-trace analyses', () => {
  const trace = makeWideTrace(800, 7);

  it('computes each analysis once per trace', () => {
    expect(criticalPathOf(trace)).toBe(criticalPathOf(trace));
    expect(slowestSpansOf(trace)).toBe(slowestSpansOf(trace));
    expect(dataQualityOf(trace)).toBe(dataQualityOf(trace));
  });

  it('indexes the critical path by span, consistently with the segments', () => {
    const info = criticalPathOf(trace);
    expect(info.path).toEqual(computeCriticalPath(trace));
    const fromMap = [...info.bySpan.values()].flat();
    expect(fromMap).toHaveLength(info.path.length);
    expect(Array.from(info.spans)).toEqual([...new Set(info.path.map((s) => s.spanIndex))].sort((a, b) => a - b));
    expect(info.totalUs).toBeCloseTo(info.path.reduce((sum, s) => sum + s.endUs - s.startUs, 0));
    const shareSum = info.shares.reduce((sum, s) => sum + s.share, 0);
    expect(shareSum).toBeCloseTo(1);
    // Every ancestor of a critical span is critical: "critical spans only" shows whole chains.
    const on = new Set(info.spans);
    for (const i of info.spans) {
      const p = trace.spans[i]!.parentIndex;
      if (p >= 0) expect(on.has(p)).toBe(true);
    }
  });

  it('keeps slowest spans to the configured count, ascending', () => {
    const s = Array.from(slowestSpansOf(trace));
    expect(s).toHaveLength(SLOWEST_COUNT);
    expect(s).toEqual([...s].sort((a, b) => a - b));
  });

  it('returns the same trace when there is no skew, and a shifted copy when there is', () => {
    const clean = makeTrace([{ start: 0, duration: 10 }, { parent: 0, start: 1, duration: 2 }]);
    expect(skewAdjustedOf(clean)).toBe(clean);
    const skewed = makeTrace([
      { start: 0, duration: 100, service: 'frontend', kind: 'client' },
      { parent: 0, start: -50, duration: 80, service: 'backend', kind: 'server' },
    ]);
    const adjusted = skewAdjustedOf(skewed);
    expect(adjusted).not.toBe(skewed);
    expect(adjusted.spans[1]!.startUs).toBe(10);
    expect(skewAdjustedOf(skewed)).toBe(adjusted);
  });
});
