// Test support: opening a trace the way the trace page does, with someone to show a preview to.
import type { LoadProgress, SourceAdapter } from '../contract';
import type { TracePreview } from '../../model/trace-preview';
import type { Trace } from '../../model/types';

/** The trace, and the preview its load reported on the way (undefined when there was none). */
export async function openWithPreview(adapter: SourceAdapter, traceId: string): Promise<{ trace: Trace; preview: TracePreview | undefined }> {
  const seen: LoadProgress[] = [];
  const trace = await adapter.trace(traceId, undefined, (p) => seen.push(p));
  const opening = seen.find((p) => p.phase === 'opening');
  return { trace, preview: opening?.phase === 'opening' ? opening.preview : undefined };
}
