import { progressText } from '../../state/server/progress-text';
import { useTraceLoadProgress } from '../../state/server/trace-load-progress';
import { Spinner } from '../../ui/spinner';

/** The loading screen of a trace, with what the loader is doing once it reports progress. */
export function TraceLoading({ sourceId, traceId }: { sourceId: string; traceId: string }) {
  const progress = useTraceLoadProgress(sourceId, traceId);
  return (
    <div className="tp tp-state" data-testid="trace-loading">
      <Spinner label={progress ? `${progressText(progress)} (trace ${traceId})` : `Loading trace ${traceId}…`} />
    </div>
  );
}
