import { useMemo } from 'react';
import { ServiceGraphView } from '../../features/service-graph/service-graph-view';
import { deriveServiceGraph } from '../../model/service-graph/derive-graph';
import { readableLayout } from '../../model/service-graph/readable-layout';
import type { Trace } from '../../model/types';
import { EmptyState } from '../../ui/empty-state';

/**
 * The services of one trace and their calls, drawn by the service-graph feature: left to
 * right by call direction, or on a circle where that would draw many edges through services
 * (a dense mesh): readable-layout.ts.
 */
export function TraceServiceGraph({ trace }: { trace: Trace }) {
  const graph = useMemo(() => deriveServiceGraph([trace], { kind: 'trace', traceId: trace.traceId }), [trace]);
  const layout = useMemo(() => readableLayout(graph), [graph]);
  if (graph.nodes.length === 0) {
    return (
      <div className="tp-state">
        <EmptyState title="No calls between services in this trace">All its spans belong to one service.</EmptyState>
      </div>
    );
  }
  return <ServiceGraphView graph={graph} layout={layout} label={`Services in trace ${trace.traceId}`} />;
}
