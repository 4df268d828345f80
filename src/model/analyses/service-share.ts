import type { Trace } from '../types';

export interface ServiceShare {
  readonly service: string;
  readonly spanCount: number;
  /** Sum of the service's span self times: time spent in the service itself, not its callees. */
  readonly selfUs: number;
  /** selfUs / the summed self time of all spans (0..1). */
  readonly share: number;
}

/**
 * Where the trace's time went, by service (self time, so a parent is not charged for its
 * children). Largest first, ties by name. For the critical-path share see
 * criticalShareByService.
 */
export function serviceShare(trace: Trace): ServiceShare[] {
  const acc = new Map<string, { spanCount: number; selfUs: number }>();
  let total = 0;
  for (const span of trace.spans) {
    let a = acc.get(span.service);
    if (!a) {
      a = { spanCount: 0, selfUs: 0 };
      acc.set(span.service, a);
    }
    a.spanCount++;
    a.selfUs += span.selfTimeUs;
    total += span.selfTimeUs;
  }
  return [...acc.entries()]
    .map(([service, a]) => ({ service, ...a, share: total > 0 ? a.selfUs / total : 0 }))
    .sort((x, y) => y.selfUs - x.selfUs || (x.service < y.service ? -1 : x.service > y.service ? 1 : 0));
}
