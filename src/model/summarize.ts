import type { TraceSummary } from './search-types';
import type { Trace } from './types';

/**
 * The search-list row of a whole trace. Its root is the earliest root span (roots are
 * ordered by start time), as Jaeger UI and Zipkin Lens name a trace.
 */
export function summarizeTrace(trace: Trace): TraceSummary {
  const rootIndex = trace.roots[0];
  const root = rootIndex === undefined ? undefined : trace.spans[rootIndex];
  return {
    traceId: trace.traceId,
    rootService: root?.service ?? '',
    rootName: root?.name ?? '',
    startUs: trace.startUs,
    durationUs: trace.durationUs,
    spanCount: trace.spans.length,
    errorCount: trace.errorCount,
    services: trace.services,
    trace,
  };
}
