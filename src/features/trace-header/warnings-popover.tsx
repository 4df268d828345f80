import { useEffect, useRef } from 'react';
import type { Trace } from '../../model/types';

/** Spans listed per warning; the rest are counted. Keeps the popover small on huge traces. */
const SPANS_PER_WARNING = 12;

interface WarningsPopoverProps {
  readonly trace: Trace;
  readonly onSelectSpan: (index: number) => void;
  readonly onClose: () => void;
}

/** The trace's data warnings, each with links to the spans it concerns. */
export function WarningsPopover({ trace, onSelectSpan, onClose }: WarningsPopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      const el = ref.current;
      if (el && !el.contains(e.target as Node) && !(e.target as Element).closest?.('.th-warnings-button')) onClose();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [onClose]);

  return (
    <div className="th-popover" ref={ref} role="dialog" aria-label="Trace warnings" data-testid="trace-warnings">
      <ul className="th-warning-list">
        {trace.warnings.map((w, i) => (
          <li key={i} className="th-warning">
            <div>
              <span className="th-warning-kind">{w.kind}</span> {w.message}
            </div>
            {w.spanIndices.length > 0 && (
              <div className="th-warning-spans">
                {w.spanIndices.slice(0, SPANS_PER_WARNING).map((si) => {
                  const s = trace.spans[si];
                  if (!s) return null;
                  return (
                    <button key={si} type="button" className="th-span-link" onClick={() => onSelectSpan(si)}>
                      {s.service} · {s.name}
                    </button>
                  );
                })}
                {w.spanIndices.length > SPANS_PER_WARNING && (
                  <span className="th-more">+{w.spanIndices.length - SPANS_PER_WARNING} more</span>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
