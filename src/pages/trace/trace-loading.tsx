import { progressText } from '../../state/server/progress-text';
import { useTraceLoadProgress } from '../../state/server/trace-load-progress';
import { Spinner } from '../../ui/spinner';
import { TracePreviewHeader } from './trace-preview-header';
import { TracePreviewRows } from './trace-preview-rows';

/**
 * The loading screen of a trace, with what the loader is doing once it reports progress,
 * a bar while a download of known size arrives (big traces take seconds), and the first
 * rows of a big trace while the rest of it is decoded.
 */
export function TraceLoading({ sourceId, traceId }: { sourceId: string; traceId: string }) {
  const progress = useTraceLoadProgress(sourceId, traceId);
  const ofTotal = progress?.phase === 'downloading' && progress.totalBytes ? progress : null;
  const preview = progress?.phase === 'opening' ? progress.preview : null;
  return (
    <div className={`tp ${preview ? 'tp-opening' : 'tp-state'}`} data-testid="trace-loading">
      {preview && <TracePreviewHeader preview={preview} />}
      {/* With a preview, the header above already names the trace. */}
      <Spinner
        label={!progress ? `Loading trace ${traceId}…` : preview ? progressText(progress) : `${progressText(progress)} (trace ${traceId})`}
      />
      {ofTotal && (
        <progress
          className="tp-download-bar"
          max={ofTotal.totalBytes!}
          value={ofTotal.bytes}
          aria-label="Downloaded"
          data-testid="trace-download-bar"
        />
      )}
      {preview && <TracePreviewRows preview={preview} />}
    </div>
  );
}
