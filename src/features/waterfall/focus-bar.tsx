import { memo } from 'react';
import { ancestorPath } from '../../model/analyses/span-path';
import type { Trace } from '../../model/types';
import { formatCount } from '../../lib/format-count';

/** Crumbs shown at most: the root, an ellipsis, then the last few (a chain may be 10k deep). */
const TAIL = 3;

/**
 * Shown while the waterfall is re-rooted on a subtree: the path from the root to the focused
 * span (each crumb re-focuses there) and "Show whole trace".
 */
export const FocusBar = memo(function FocusBar(props: {
  readonly trace: Trace;
  readonly focusIndex: number;
  readonly onFocus: (index: number | null) => void;
}) {
  const { trace, focusIndex, onFocus } = props;
  const path = ancestorPath(trace, focusIndex);
  const shown = path.length <= TAIL + 2 ? path : [path[0]!, -1, ...path.slice(-TAIL)];
  const focused = trace.spans[focusIndex]!;
  return (
    <nav className="wf-focus-bar" aria-label="Focused subtree" data-testid="focus-bar">
      <span className="wf-focus-label">Focused on</span>
      <ol className="wf-crumbs">
        {shown.map((index, k) =>
          index < 0 ? (
            <li key={`gap${k}`} className="wf-crumb-gap" title={`${path.length - TAIL - 1} more levels`}>
              …
            </li>
          ) : (
            <li key={index}>
              {index === focusIndex ? (
                <span className="wf-crumb is-current" aria-current="true">
                  {trace.spans[index]!.service} · {trace.spans[index]!.name}
                </span>
              ) : (
                <button type="button" className="wf-crumb" onClick={() => onFocus(index)}>
                  {trace.spans[index]!.service} · {trace.spans[index]!.name}
                </button>
              )}
            </li>
          ),
        )}
      </ol>
      <span className="wf-focus-count">{formatCount((focused.subtreeEnd - focusIndex))} spans</span>
      <button type="button" className="wf-tool" onClick={() => onFocus(null)} data-testid="show-whole-trace">
        Show whole trace
      </button>
    </nav>
  );
});
