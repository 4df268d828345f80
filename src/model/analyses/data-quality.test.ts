import { describe, expect, it } from 'vitest';
import { detectClockSkew } from './clock-skew';
import { dataQuality, qualityCounts } from './data-quality';
import { makeTrace, spanIdOf } from './test-trace';
import { buildTrace } from '../build-trace';
import { makeSpanInput } from '../make-span-input';

describe('dataQuality', () => {
  it('lists clock skew with the shift per span, and keeps same-clock overflow apart', () => {
    const trace = makeTrace([
      { start: 0, duration: 100, service: 'frontend', kind: 'client' },
      { parent: 0, start: -50, duration: 80, service: 'backend', kind: 'server' },
      { parent: 1, start: -40, duration: 200, service: 'backend' },
    ]);
    const groups = dataQuality(trace, detectClockSkew(trace));
    expect(groups.map((g) => g.category)).toEqual(['clock-skew', 'other']);
    const skew = groups[0]!.issues[0]!;
    expect(skew.spanIndices).toEqual([1]);
    expect(skew.notes).toEqual(['adjust +60 µs']);
    expect(groups[1]!.issues[0]!.spanIndices).toEqual([2]);
    expect(qualityCounts(groups)).toEqual({ issues: 2, spans: 2 });
  });

  it('groups orphans, duplicates and missing timestamps in a fixed order', () => {
    const T = 'f'.repeat(32);
    const trace = buildTrace(
      T,
      [
        makeSpanInput({ traceId: T, spanId: spanIdOf(1), name: 'root', service: 'a', startUs: 0, durationUs: 10 }),
        makeSpanInput({ traceId: T, spanId: spanIdOf(2), parentSpanId: spanIdOf(99), name: 'lost', service: 'a', startUs: 1, durationUs: 2 }),
        makeSpanInput({ traceId: T, spanId: spanIdOf(1), parentSpanId: null, name: 'twin', service: 'b', startUs: 2, durationUs: 2 }),
        makeSpanInput({ traceId: T, spanId: spanIdOf(3), parentSpanId: spanIdOf(1), name: 'when', service: 'a', startUs: null, durationUs: 2 }),
      ],
      'demo',
      [{ kind: 'truncated', message: 'The backend cut the trace.' }],
    );
    const groups = dataQuality(trace, []);
    expect(groups.map((g) => g.category)).toEqual(['orphans', 'duplicates', 'timestamps', 'truncated']);
    const orphan = groups[0]!.issues[0]!;
    expect(orphan.spanIndices.map((i) => trace.spans[i]!.name)).toEqual(['lost']);
    expect(dataQuality(makeTrace([{ start: 0, duration: 1 }]), [])).toEqual([]);
  });
});
