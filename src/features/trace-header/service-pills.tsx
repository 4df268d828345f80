import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { formatCount } from '../../lib/format-count';
import { serviceColor } from '../../lib/service-color';
import type { ServiceSummary } from '../../model/types';

/** Placeholder pills while a big trace opens: the row keeps its height, so nothing below moves. */
const SKELETON_WIDTHS = [96, 120, 84, 110, 92, 128, 100];

/**
 * The services of a trace with their span and error counts, on one line: a trace of 80
 * services would otherwise push the waterfall down by many lines. "+N more" opens all of
 * them. `services` null: not known yet (the first rows of a big trace are showing), the line
 * holds placeholders of the same height.
 */
export function ServicePills({ services }: { readonly services: readonly ServiceSummary[] | null }) {
  const listRef = useRef<HTMLUListElement>(null);
  const [expanded, setExpanded] = useState(false);
  const hidden = useHiddenCount(listRef, services, expanded);
  return (
    <div className="th-services-row">
      <ul
        ref={listRef}
        className={`th-services${expanded ? ' is-expanded' : ''}`}
        aria-label="Services"
        aria-busy={services === null}
        data-testid="trace-services"
      >
        {services === null
          ? SKELETON_WIDTHS.map((width, k) => <li key={k} className="th-pill th-pill-skeleton" style={{ width }} aria-hidden="true" />)
          : services.map((s) => (
              <li key={s.name} className="th-pill" title={`${s.name}: ${s.spanCount} spans, ${s.errorCount} errors`}>
                <span className="th-pill-dot" style={{ background: serviceColor(s.name) }} />
                {s.name}
                <span className="th-pill-count">{s.spanCount}</span>
                {s.errorCount > 0 && <span className="th-pill-errors">{s.errorCount}!</span>}
              </li>
            ))}
      </ul>
      {(hidden > 0 || expanded) && (
        <button
          type="button"
          className="th-services-more"
          aria-expanded={expanded}
          onClick={() => setExpanded((e) => !e)}
          data-testid="trace-services-more"
        >
          {expanded ? 'Fewer' : `+${formatCount(hidden)} more`}
        </button>
      )}
    </div>
  );
}

/** How many pills the one-line list cuts off (below its first line); 0 while expanded. */
function useHiddenCount(
  listRef: RefObject<HTMLUListElement | null>,
  services: readonly ServiceSummary[] | null,
  expanded: boolean,
): number {
  const [hidden, setHidden] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list === null || services === null || expanded) return;
    const count = () => {
      const items = list.children;
      const firstTop = (items[0] as HTMLElement | undefined)?.offsetTop ?? 0;
      let below = 0;
      for (let k = items.length - 1; k >= 0 && (items[k] as HTMLElement).offsetTop > firstTop; k--) below++;
      setHidden(below);
    };
    count();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(count);
    observer.observe(list);
    return () => observer.disconnect();
  }, [listRef, services, expanded]);
  return expanded ? 0 : hidden;
}
