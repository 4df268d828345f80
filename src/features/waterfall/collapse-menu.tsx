import { memo, useRef, useState, type FormEvent } from 'react';
import { parseDuration } from '../../lib/duration-text';

interface CollapseMenuProps {
  readonly maxDepth: number;
  /** Shows depths 0..depth (the spans at `depth` fold their children). */
  readonly onCollapseToDepth: (depth: number) => void;
  readonly onCollapseShorterThan: (thresholdUs: number) => void;
}

/** "Collapse ▾": fold to a number of levels, or fold spans shorter than a duration. */
export const CollapseMenu = memo(function CollapseMenu(props: CollapseMenuProps) {
  const menu = useRef<HTMLDetailsElement>(null);
  const [levels, setLevels] = useState('2');
  const [threshold, setThreshold] = useState('1ms');
  const [error, setError] = useState<string | null>(null);
  const levelCount = props.maxDepth + 1;

  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  const applyLevels = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(levels);
    if (!Number.isInteger(n) || n < 1) return setError('Levels: a whole number from 1');
    setError(null);
    props.onCollapseToDepth(Math.min(n, levelCount) - 1);
    close();
  };
  const applyThreshold = (e: FormEvent) => {
    e.preventDefault();
    const us = parseDuration(threshold);
    if (us === null) return setError('Duration: like 500us, 2ms, 1.5s');
    setError(null);
    props.onCollapseShorterThan(us);
    close();
  };

  return (
    <details className="wf-menu" ref={menu} data-testid="collapse-menu">
      <summary className="wf-tool" aria-label="Collapse options">Collapse ▾</summary>
      <div className="wf-menu-panel" role="group" aria-label="Collapse options">
        <form className="wf-menu-row" onSubmit={applyLevels}>
          <label>
            Show
            <input
              type="number"
              min={1}
              max={levelCount}
              value={levels}
              onChange={(e) => setLevels(e.target.value)}
              data-testid="collapse-depth-input"
              aria-label="Levels to show"
            />
            of {levelCount} levels
          </label>
          <button type="submit" className="wf-tool" data-testid="collapse-depth-apply">
            Apply
          </button>
        </form>
        <form className="wf-menu-row" onSubmit={applyThreshold}>
          <label>
            Fold spans shorter than
            <input
              type="text"
              value={threshold}
              onChange={(e) => setThreshold(e.target.value)}
              data-testid="collapse-duration-input"
              aria-label="Duration threshold"
              size={7}
            />
          </label>
          <button type="submit" className="wf-tool" data-testid="collapse-duration-apply">
            Apply
          </button>
        </form>
        {error && (
          <p className="wf-menu-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </details>
  );
});
