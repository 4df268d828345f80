import { memo, useEffect, useRef, useState } from 'react';
import { formatDuration } from '../../lib/format-time';
import { serviceColor } from '../../lib/service-color';
import type { CriticalPathInfo } from './trace-analyses';
import { formatCount } from '../../lib/format-count';

export interface CriticalPathControlsProps {
  readonly on: boolean;
  readonly onToggle: (on: boolean) => void;
  /** Present when the path is computed (toggle on or the critical quick filter). */
  readonly info: CriticalPathInfo | null;
  readonly onStep: (direction: 1 | -1) => void;
}

/** Critical path: show it on the bars, step through its segments, each service's share. */
export const CriticalPathControls = memo(function CriticalPathControls(props: CriticalPathControlsProps) {
  const { on, info } = props;
  const [shareOpen, setShareOpen] = useState(false);
  const enabled = on && info !== null && info.path.length > 0;
  return (
    <div className="tf-cp" role="group" aria-label="Critical path">
      <button
        type="button"
        className={`tf-chip tf-cp-toggle${on ? ' is-on' : ''}`}
        aria-pressed={on}
        onClick={() => props.onToggle(!on)}
        title="Highlight the critical path: the chain of work the trace's end waited for"
        data-testid="cp-toggle"
      >
        <span className="tf-cp-swatch" aria-hidden="true" />
        Critical path
      </button>
      {on && (
        <>
          <button
            type="button"
            className="tf-btn"
            disabled={!enabled}
            onClick={() => props.onStep(-1)}
            title="Previous critical segment"
            aria-label="Previous critical segment"
            data-testid="cp-prev"
          >
            ◀
          </button>
          <button
            type="button"
            className="tf-btn"
            disabled={!enabled}
            onClick={() => props.onStep(1)}
            title="Next critical segment"
            aria-label="Next critical segment"
            data-testid="cp-next"
          >
            ▶
          </button>
          <span className="tf-cp-share-anchor">
            <button
              type="button"
              className="tf-btn"
              disabled={!enabled}
              aria-expanded={shareOpen}
              onClick={() => setShareOpen((o) => !o)}
              data-testid="cp-share"
            >
              By service ▾
            </button>
            {shareOpen && info && <SharePopover info={info} onClose={() => setShareOpen(false)} />}
          </span>
        </>
      )}
    </div>
  );
});

function SharePopover({ info, onClose }: { info: CriticalPathInfo; onClose: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      const target = e.target as Element;
      if (ref.current && !ref.current.contains(target) && !target.closest?.('[data-testid="cp-share"]')) onClose();
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
    <div className="tf-popover" ref={ref} role="dialog" aria-label="Critical path by service" data-testid="cp-share-table">
      <table className="tf-share">
        <caption>
          Critical path: {formatDuration(info.totalUs)} in {formatCount(info.path.length)} segments
        </caption>
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">Time</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {info.shares.map((s) => (
            <tr key={s.service}>
              <td>
                <span className="tf-dot" style={{ background: serviceColor(s.service) }} />
                {s.service}
              </td>
              <td className="tf-num">{formatDuration(s.us)}</td>
              <td className="tf-num">
                <span className="tf-share-bar" style={{ width: `${Math.round(s.share * 60)}px` }} />
                {(s.share * 100).toFixed(1)}%
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
