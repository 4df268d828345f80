import { isErrorSpan } from '../../model/attributes';
import type { DependencyLink } from '../../model/search-types';
import type { Trace } from '../../model/types';

/**
 * The service graph as Jaeger derives it: every span whose parent belongs to another
 * service is one call parent service → child service; it counts as an error call when the
 * child span is an error span. Span links (producer → consumer) are not calls.
 */
export function deriveDependencies(traces: readonly Trace[]): DependencyLink[] {
  const edges = new Map<string, { parent: string; child: string; callCount: number; errorCount: number }>();
  for (const trace of traces) {
    for (const span of trace.spans) {
      const parent = trace.spans[span.parentIndex];
      if (!parent || parent.service === span.service) continue;
      const key = `${parent.service}\u0000${span.service}`;
      let edge = edges.get(key);
      if (!edge) edges.set(key, (edge = { parent: parent.service, child: span.service, callCount: 0, errorCount: 0 }));
      edge.callCount++;
      if (isErrorSpan(span)) edge.errorCount++;
    }
  }
  return [...edges.values()].sort((a, b) => a.parent.localeCompare(b.parent) || a.child.localeCompare(b.child));
}
