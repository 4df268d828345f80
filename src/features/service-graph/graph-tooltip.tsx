import { formatDuration as formatDurationUs } from '../../lib/format-time';
import type { GraphHover } from './graph-renderer';
import { formatCount } from '../../lib/format-count';

const pct = (rate: number) => `${(rate * 100).toFixed(rate > 0 && rate < 0.01 ? 2 : 1)} %`;
const count = (n: number) => formatCount(n);

/** Details of the node or edge under the pointer, beside the pointer. */
export function GraphTooltip({ hover }: { readonly hover: GraphHover }) {
  const style = { left: hover.x + 14, top: hover.y + 14 };
  if (hover.kind === 'node') {
    const n = hover.node;
    return (
      <div className="sg-tip" style={style} role="tooltip" data-testid="graph-tooltip">
        <div className="sg-tip__title">{n.name}</div>
        <div className="sg-tip__kind">{n.kind}</div>
        <dl className="sg-tip__facts">
          <dt>Calls in</dt>
          <dd>{count(n.callsIn)}</dd>
          <dt>Calls out</dt>
          <dd>{count(n.callsOut)}</dd>
          <dt>Errors in</dt>
          <dd>{count(n.errorsIn)}</dd>
        </dl>
      </div>
    );
  }
  const e = hover.edge;
  return (
    <div className="sg-tip" style={style} role="tooltip" data-testid="graph-tooltip">
      <div className="sg-tip__title">
        {e.source} → {e.target}
      </div>
      <dl className="sg-tip__facts">
        <dt>Calls</dt>
        <dd>{count(e.calls)}</dd>
        <dt>Errors</dt>
        <dd>
          {count(e.errors)} ({pct(e.errorRate)})
        </dd>
        {e.latency ? (
          <>
            <dt>p50</dt>
            <dd>{formatDurationUs(e.latency.p50Us)}</dd>
            <dt>p95</dt>
            <dd>{formatDurationUs(e.latency.p95Us)}</dd>
            <dt>avg</dt>
            <dd>{formatDurationUs(e.latency.avgUs)}</dd>
          </>
        ) : (
          <>
            <dt>Latency</dt>
            <dd className="sg-tip__none">not in this source's counts</dd>
          </>
        )}
      </dl>
      <div className="sg-tip__hint">Click to search these calls</div>
    </div>
  );
}
