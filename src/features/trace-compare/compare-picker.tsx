import { Link } from 'react-router-dom';
import { useCompareSelection, type ComparePick } from '../../state/ui/compare-selection-store';
import { compareHrefFor } from './compare-url';
import './trace-compare.css';

/** A "compare" checkbox for one result row; mount it beside (not inside) the row's link. */
export function CompareCheckbox({ traceId, sourceId }: ComparePick) {
  const checked = useCompareSelection((s) => s.picks.some((p) => p.traceId === traceId && p.sourceId === sourceId));
  const toggle = useCompareSelection((s) => s.toggle);
  return (
    <label className="compare-check" title="Pick two traces to compare them">
      <input
        type="checkbox"
        checked={checked}
        data-testid="compare-check"
        onChange={() => toggle({ traceId, sourceId })}
      />
      compare
    </label>
  );
}

/** The picked traces and the Compare button (enabled with two picks). */
export function CompareBar() {
  const picks = useCompareSelection((s) => s.picks);
  const clear = useCompareSelection((s) => s.clear);
  if (picks.length === 0) return null;
  const [a, b] = picks;
  return (
    <div className="compare-bar" role="region" aria-label="Traces to compare" data-testid="compare-bar">
      <span>
        Compare{' '}
        {picks.map((p, k) => (
          <code key={`${p.sourceId}/${p.traceId}`}>
            {k > 0 ? ' with ' : ''}
            {p.traceId.slice(0, 8)}
          </code>
        ))}
        {picks.length < 2 ? ': pick one more' : ''}
      </span>
      {a && b ? (
        <Link className="button button--primary" to={compareHrefFor(a, b)} data-testid="compare-button" onClick={clear}>
          Compare
        </Link>
      ) : (
        <button type="button" className="button button--primary" disabled data-testid="compare-button">
          Compare
        </button>
      )}
      <button type="button" className="button" onClick={clear}>
        Clear
      </button>
    </div>
  );
}
