import { useEffect, useRef } from 'react';
import type { QualityGroup } from '../../model/analyses/data-quality';
import type { Trace } from '../../model/types';
import { formatCount } from '../../lib/format-count';

/** Spans listed per issue; the rest are counted. Keeps the panel small on huge traces. */
const SPANS_PER_ISSUE = 12;

interface QualityPanelProps {
  readonly trace: Trace;
  readonly groups: readonly QualityGroup[];
  readonly onSelectSpan: (index: number) => void;
  readonly onClose: () => void;
}

/**
 * The data-quality panel: orphans, duplicate ids, clock skew, missing timestamps, truncated
 * data and other warnings, each linking to the spans it concerns (a click selects the span
 * and reveals its row).
 */
export function QualityPanel({ trace, groups, onSelectSpan, onClose }: QualityPanelProps) {
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
    <div className="th-popover" ref={ref} role="dialog" aria-label="Data quality" data-testid="trace-warnings">
      {groups.length === 0 && <p className="th-quality-empty">No data-quality issues found.</p>}
      {groups.map((g) => (
        <section key={g.category} className="th-quality-group" data-testid="quality-group" data-category={g.category}>
          <h3 className="th-quality-title">{g.title}</h3>
          <ul className="th-warning-list">
            {g.issues.map((issue, k) => (
              <li key={k} className="th-warning">
                <div>
                  <span className="th-warning-kind">{issue.kind}</span> {issue.message}
                </div>
                {issue.spanIndices.length > 0 && (
                  <div className="th-warning-spans">
                    {issue.spanIndices.slice(0, SPANS_PER_ISSUE).map((si, j) => {
                      const s = trace.spans[si];
                      if (!s) return null;
                      const note = issue.notes?.[j];
                      return (
                        <button
                          key={si}
                          type="button"
                          className="th-span-link"
                          title={`Select ${s.service} · ${s.name} (${s.uid})`}
                          onClick={() => onSelectSpan(si)}
                          data-testid="quality-span-link"
                          data-span-uid={s.uid}
                        >
                          {s.service} · {s.name}
                          {note && <span className="th-span-note"> ({note})</span>}
                        </button>
                      );
                    })}
                    {issue.spanIndices.length > SPANS_PER_ISSUE && (
                      <span className="th-more">+{formatCount((issue.spanIndices.length - SPANS_PER_ISSUE))} more</span>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
