import { progressText } from '../../state/server/progress-text';
import { useTraceLoadProgress } from '../../state/server/trace-load-progress';
import { Spinner } from '../../ui/spinner';
import { TracePreviewPage } from './trace-preview-page';

/**
 * The loading screen of a trace, with what the loader is doing once it reports progress,
 * a bar while a download of known size arrives (big traces take seconds), and the first
 * rows of a big trace while the rest of it is decoded.
 */
export function TraceLoading({ sourceId, traceId }: { sourceId: string; traceId: string }) {
  const progress = useTraceLoadProgress(sourceId, traceId);
  if (progress?.phase === 'opening') return <TracePreviewPage preview={progress.preview} status={progressText(progress)} />;
  const ofTotal = progress?.phase === 'downloading' && progress.totalBytes ? progress : null;
  return (
    <div className="tp tp-state" data-testid="trace-loading">
      <Spinner label={progress ? `${progressText(progress)} (trace ${traceId})` : `Loading trace ${traceId}…`} />
      {ofTotal && (
        <progress
          className="tp-download-bar"
          max={ofTotal.totalBytes!}
          value={ofTotal.bytes}
          aria-label="Downloaded"
          data-testid="trace-download-bar"
        />
      )}
    </div>
  );
}
