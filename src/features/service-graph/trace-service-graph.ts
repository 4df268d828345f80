import { deriveServiceGraph } from '../../model/service-graph/derive-graph';
import type { ServiceGraph } from '../../model/service-graph/graph-types';
import type { Trace } from '../../model/types';

/** The service graph of one trace, for `<ServiceGraphView>` on the trace page (memoize per trace). */
export function traceServiceGraph(trace: Trace): ServiceGraph {
  return deriveServiceGraph([trace], { kind: 'trace', traceId: trace.traceId });
}
