import { HeaderStat } from '../../features/trace-header/header-stat';
import { TraceTitle } from '../../features/trace-header/trace-title';
import '../../features/trace-header/trace-header.css';
import { formatCount } from '../../lib/format-count';
import { formatDuration, formatTimestamp } from '../../lib/format-time';
import type { TracePreview } from '../../model/trace-preview';

/**
 * The trace header as far as a preview knows it (the root, when, how long, how many spans),
 * where the full header will be: the on-call engineer reads them while the rest opens.
 */
export function TracePreviewHeader({ preview }: { preview: TracePreview }) {
  return (
    <header className="th" data-testid="trace-preview-header">
      <TraceTitle root={preview.rows[0]} traceId={preview.traceId} />
      <dl className="th-stats">
        <HeaderStat label="Start" value={formatTimestamp(preview.startUs)} />
        <HeaderStat label="Duration" value={formatDuration(preview.endUs - preview.startUs)} />
        <HeaderStat label="Spans" value={formatCount(preview.spanCount)} />
      </dl>
    </header>
  );
}
