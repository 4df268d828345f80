import { applySkewAdjustment, detectClockSkew, type SkewFinding } from '../../model/analyses/clock-skew';
import { computeCriticalPath, type CriticalSegment } from '../../model/analyses/critical-path';
import { criticalShareByService, type ServiceCriticalShare } from '../../model/analyses/critical-path-nav';
import { dataQuality, type QualityGroup } from '../../model/analyses/data-quality';
import { errorSpans, slowestSpans } from '../../model/analyses/quick-filters';
import type { Trace } from '../../model/types';

/**
 * Per-trace analyses behind the filters, each computed once per Trace object (traces are
 * immutable; the skew-adjusted trace is another object with its own entries) and dropped with
 * the trace. All are O(n) or O(n log n): on 100k spans the critical path takes tens of ms, so
 * it runs on the main thread, lazily, when first asked for.
 */
function perTrace<T>(compute: (trace: Trace) => T): (trace: Trace) => T {
  const cache = new WeakMap<Trace, T>();
  return (trace) => {
    let value = cache.get(trace);
    if (value === undefined) {
      value = compute(trace);
      cache.set(trace, value);
    }
    return value;
  };
}

export interface CriticalPathInfo {
  /** Segments in time order. */
  readonly path: readonly CriticalSegment[];
  /** Segments per span, for drawing bands on the bars. */
  readonly bySpan: ReadonlyMap<number, readonly CriticalSegment[]>;
  /** Spans on the path, ascending: the critical-path quick filter. */
  readonly spans: Int32Array;
  readonly shares: readonly ServiceCriticalShare[];
  /** Summed segment length (µs). */
  readonly totalUs: number;
}

export const criticalPathOf = perTrace((trace): CriticalPathInfo => {
  const path = computeCriticalPath(trace);
  const bySpan = new Map<number, CriticalSegment[]>();
  let totalUs = 0;
  for (const seg of path) {
    totalUs += seg.endUs - seg.startUs;
    const list = bySpan.get(seg.spanIndex);
    if (list) list.push(seg);
    else bySpan.set(seg.spanIndex, [seg]);
  }
  const spans = Int32Array.from(bySpan.keys()).sort();
  return { path, bySpan, spans, shares: criticalShareByService(trace, path), totalUs };
});

/** Kept per trace by the model itself (noted while the trace was built). */
export const errorSpansOf = errorSpans;

/** "Slowest spans" shows this many. */
export const SLOWEST_COUNT = 20;
export const slowestSpansOf = perTrace((trace) => slowestSpans(trace, SLOWEST_COUNT));

export const skewFindingsOf = perTrace((trace): readonly SkewFinding[] => detectClockSkew(trace));
export const skewAdjustedOf = perTrace(applySkewAdjustment);

/** The quality panel's groups, with skew as detected on the data as received. */
export const dataQualityOf = perTrace((trace): readonly QualityGroup[] => dataQuality(trace, skewFindingsOf(trace)));
