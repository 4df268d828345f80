import { HeaderStat } from '../../features/trace-header/header-stat';
import { ServicePills } from '../../features/trace-header/service-pills';
import { TraceTitle } from '../../features/trace-header/trace-title';
import '../../features/trace-header/trace-header.css';
import '../../features/trace-export/export-menu.css';
import { formatCount } from '../../lib/format-count';
import { formatDuration, formatTimestamp } from '../../lib/format-time';
import type { TracePreview } from '../../model/trace-preview';

const NOT_YET = '…';

/**
 * The trace header as far as a preview knows it (the root, when, how long, how deep, how many
 * spans), laid out as the full header: the on-call engineer reads them while the rest opens,
 * and the rows below stay where the full page will have them.
 */
export function TracePreviewHeader({ preview }: { preview: TracePreview }) {
  return (
    <header className="th" data-testid="trace-preview-header">
      <TraceTitle
        root={preview.rows[0]}
        traceId={preview.traceId}
        actions={
          // Where the Export menu will be (it exports the whole trace), so the trace id stays put.
          <button type="button" className="tx-button" disabled>
            Export ▾
          </button>
        }
      />
      <dl className="th-stats">
        <HeaderStat label="Start" value={formatTimestamp(preview.startUs)} />
        <HeaderStat label="Duration" value={formatDuration(preview.endUs - preview.startUs)} />
        <HeaderStat label="Services" value={NOT_YET} />
        <HeaderStat label="Depth" value={String(preview.maxDepth + 1)} />
        <HeaderStat label="Spans" value={formatCount(preview.spanCount)} />
        <HeaderStat label="Errors" value={NOT_YET} />
        <HeaderStat label="Data quality" value={NOT_YET} />
      </dl>
      <ServicePills services={null} />
    </header>
  );
}
