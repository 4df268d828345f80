import { memo } from 'react';
import type { TimeMode } from '../../lib/clock-label';
import { isFullWindow, type ZoomWindow } from '../../lib/zoom-window';
import type { Trace } from '../../model/types';
import { CollapseMenu } from './collapse-menu';
import { Minimap } from './minimap';
import { TimeModeToggle } from './time-mode-toggle';
import './view-controls.css';

interface TimebarProps {
  readonly trace: Trace;
  readonly zoom: ZoomWindow;
  readonly onZoom: (w: ZoomWindow, done: boolean) => void;
  readonly onResetZoom: () => void;
  readonly timeMode: TimeMode;
  readonly onTimeMode: (mode: TimeMode) => void;
  readonly onCollapseToDepth: (depth: number) => void;
  readonly onCollapseShorterThan: (thresholdUs: number) => void;
  readonly onHelp: () => void;
}

/**
 * The row between the toolbar and the axis: view controls in the name column, the minimap
 * over the timeline column (aligned with the axis and the bars below it).
 */
export const Timebar = memo(function Timebar(props: TimebarProps) {
  const zoomed = !isFullWindow(props.zoom);
  return (
    <div className="wf-timebar">
      <div className="wf-timebar-controls">
        <CollapseMenu
          maxDepth={props.trace.maxDepth}
          onCollapseToDepth={props.onCollapseToDepth}
          onCollapseShorterThan={props.onCollapseShorterThan}
        />
        <TimeModeToggle mode={props.timeMode} onChange={props.onTimeMode} />
        <button
          type="button"
          className="wf-tool"
          onClick={props.onResetZoom}
          disabled={!zoomed}
          title="Show the whole trace duration (0)"
          data-testid="reset-zoom"
        >
          Reset zoom
        </button>
        <button
          type="button"
          className="wf-tool wf-help-button"
          onClick={props.onHelp}
          title="Keyboard and mouse help (?)"
          aria-label="Keyboard and mouse help"
          data-testid="keyboard-help-button"
        >
          ?
        </button>
      </div>
      <div className="wf-timebar-minimap">
        <Minimap trace={props.trace} zoom={props.zoom} onZoom={props.onZoom} />
      </div>
    </div>
  );
});
