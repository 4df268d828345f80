import { nodePath } from './graph-style';

/** What the marks mean: shapes by kind, edge color by error rate, width by calls. */
export function GraphLegend() {
  const kinds = [
    ['service', 'service'],
    ['database', 'database'],
    ['queue', 'queue'],
    ['external', 'external (no spans)'],
  ] as const;
  return (
    <div className="sg-legend" aria-label="Legend">
      <ul className="sg-legend__kinds">
        {kinds.map(([kind, text]) => (
          <li key={kind}>
            <svg width="22" height="18" viewBox="-11 -9 22 18" aria-hidden="true" className={`sg-node--${kind}`}>
              <path className="sg-node__shape sg-legend__shape" d={nodePath(kind, 7)} />
            </svg>
            {text}
          </li>
        ))}
      </ul>
      <div className="sg-legend__scale">
        <span className="sg-legend__ramp" aria-hidden="true" />
        <span>0 % → 5 % → 20 %+ errors</span>
      </div>
      <div className="sg-legend__note">Edge width: calls (log scale). Node size: traffic.</div>
    </div>
  );
}
