import { memo, type CSSProperties, type MouseEvent } from 'react';
import { formatDuration } from '../../lib/format-time';
import { serviceColor } from '../../lib/service-color';
import { isErrorSpan } from '../../model/attributes';
import type { Span } from '../../model/types';
import { spanHint } from './span-hint';
import './span-marks.css';
import { displayIndent } from './tree-guides';

export const ROW_HEIGHT = 24;
export const INDENT_PX = 14;
export const MAX_INDENT_LEVELS = 20;
/** Event ticks drawn per bar at most; a span with thousands of logs stays one cheap row. */
const MAX_EVENT_TICKS = 48;

export interface SpanRowProps {
  readonly spans: readonly Span[];
  readonly index: number;
  /** Row position in the list (0-based): rows are in the DOM in slot order, not list order. */
  readonly position: number;
  readonly top: number;
  readonly selected: boolean;
  readonly collapsed: boolean;
  /** Matches the in-trace filter. */
  readonly matched?: boolean;
  /** This span's critical-path segments (µs since the epoch), drawn as bands on its bar. */
  readonly critical?: readonly { readonly startUs: number; readonly endUs: number }[] | undefined;
  /** The visible time window, µs since the epoch. */
  readonly windowStartUs: number;
  readonly windowDurationUs: number;
  readonly onToggle: (index: number) => void;
  readonly onSelect: (index: number) => void;
}

const pct = (x: number) => `${(Math.min(1, Math.max(0, x)) * 100).toFixed(4)}%`;

/**
 * One waterfall row. Memoized on its props: scrolling re-renders only rows entering the
 * window, selection changes only the two rows involved. All geometry is in percentages of
 * the timeline column, so resizing the name column or the window re-renders nothing.
 */
export const SpanRow = memo(function SpanRow(props: SpanRowProps) {
  const { spans, index, top, selected, collapsed, windowStartUs, windowDurationUs } = props;
  const span = spans[index]!;
  // The tree guides, elbow arms included, are the GuideLayer's; the row indents its name.
  const indent = displayIndent(span, MAX_INDENT_LEVELS);
  const clipped = span.depth > indent && indent > 0;
  const color = serviceColor(span.service);
  const error = isErrorSpan(span);
  const childCount = span.children.length;
  const width = windowDurationUs > 0 ? windowDurationUs : 1;
  const startFrac = (span.startUs - windowStartUs) / width;
  const endFrac = (span.endUs - windowStartUs) / width;
  const labelAt = labelPlacement(startFrac, endFrac);
  const outside = endFrac < 0 ? 'before' : startFrac > 1 ? 'after' : null;
  const duration = formatDuration(span.durationUs);
  const hint = spanHint(span.attributes);
  // Spans moved by the clock-skew adjustment get their own mark (which replaces "outside its
  // parent": the move is the answer to it); other warnings keep ⚠.
  const skewNote = span.warnings.find((w) => w.kind === 'clock-skew');
  const otherWarnings = skewNote
    ? span.warnings.filter((w) => w.kind !== 'clock-skew' && w.kind !== 'child-outside-parent')
    : span.warnings;

  const onRowClick = () => props.onSelect(index);
  const onToggleClick = (e: MouseEvent) => {
    e.stopPropagation();
    props.onToggle(index);
  };

  // The service color reaches the swatch and the bar through --c (one inline value).
  const rowStyle = { transform: `translateY(${top}px)`, '--c': color } as CSSProperties;
  const barStyle: CSSProperties = {
    left: pct(startFrac),
    // Clamp both ends first: a bar cut by the zoom window is only as wide as its visible part.
    width: pct(Math.min(1, endFrac) - Math.max(0, startFrac)),
  };
  // The gap to the bar is the label's margin (waterfall.css), not a calc() here: a calc is
  // one more value for Blink to parse and keep per row scrolling in.
  const labelStyle: CSSProperties =
    labelAt === 'after' ? { left: pct(endFrac) } : { right: pct(1 - (labelAt === 'before' ? startFrac : endFrac)) };
  // Inside the bar there is no room for the hint; before the bar it reads hint, duration.
  const hintNode = hint && labelAt !== 'inside' ? <span className="wf-hint">{hint}</span> : null;

  // Few elements per row, none of them flex or grid containers but the name cell: a sweep
  // through the trace lays out a new screen of rows every frame.
  return (
    <div
      className={`wf-row${selected ? ' is-selected' : ''}${error ? ' is-error' : ''}${props.matched ? ' is-match' : ''}${props.critical ? ' is-critical' : ''}`}
      style={rowStyle}
      data-testid="span-row"
      data-span-uid={span.uid}
      role="row"
      aria-selected={selected}
      aria-level={span.depth + 1}
      aria-rowindex={props.position + 1}
      aria-expanded={childCount > 0 ? !collapsed : undefined}
      onClick={onRowClick}
    >
      <div className="wf-name" role="gridcell" style={indentStyle(indent)}>
        {childCount > 0 ? (
          // A plain element, not a <button>: the mouse's way to what ←/→ and Space do on the
          // row (the treegrid's one tab stop; the row carries aria-expanded), and a button makes
          // Blink about twice the garbage of a span in every parent row scrolling in (ADR 0010,
          // session 16).
          <span
            className={`wf-toggle${collapsed ? '' : ' is-open'}`}
            onClick={onToggleClick}
            aria-hidden="true"
            title={`${collapsed ? 'Expand' : 'Collapse'} (${childCount} children, ${span.subtreeEnd - index - 1} descendants)`}
            data-testid="span-toggle"
          >
            {childCount}
          </span>
        ) : null}
        <span
          className={`wf-label-text${childCount > 0 ? '' : ' is-leaf'}`}
          title={`${span.service} · ${span.name}${clipped ? ` (depth ${span.depth})` : ''}`}
        >
          {clipped && <span className="wf-depth">{span.depth}</span>}
          <span className="wf-service">{span.service}</span>
          {/* Plain text, not a pseudo-element: fewer objects per row (waterfall.css). */}
          {' · '}
          {/* Its own element: harnesses (and the backend journeys) read and click the name. */}
          <span className="wf-operation">{span.name}</span>
        </span>
        {error && (
          <span className="wf-error-mark" title="Error" aria-label="error">
            !
          </span>
        )}
        {otherWarnings.length > 0 && (
          <span
            className="wf-warning-mark"
            title={otherWarnings.map((w) => w.message).join('\n')}
            aria-label={`${otherWarnings.length} data warnings`}
          >
            ⚠
          </span>
        )}
        {skewNote && (
          <span className="wf-skew-mark" title={skewNote.message} aria-label={skewNote.message} data-testid="skew-mark">
            ⇆
          </span>
        )}
      </div>
      <div className="wf-timeline" role="gridcell">
        <div
          className={`wf-bar${clipClasses(startFrac, endFrac)}`}
          style={barStyle}
          title={`${span.service} · ${span.name}\n${duration} at +${formatDuration(span.startUs - windowStartUs)}${error ? '\nerror' : ''}`}
        >
          {props.critical && <CriticalBands span={span} segments={props.critical} />}
          {span.events.length > 0 && <EventTicks span={span} />}
        </div>
        {outside && <span className={`wf-edge-marker is-${outside}`} title={`Outside the zoom window (${outside})`} />}
        <span className={`wf-bar-label is-${labelAt}`} style={labelStyle}>
          {labelAt === 'before' && hintNode}
          {duration}
          {labelAt === 'after' && hintNode}
        </span>
      </div>
    </div>
  );
});

/** The name cell's left padding holds the indentation; one shared style object per depth. */
export const NAME_PADDING_PX = 6;
const indentStyles = Array.from({ length: MAX_INDENT_LEVELS + 1 }, (_, i) => ({ paddingLeft: NAME_PADDING_PX + i * INDENT_PX }));
function indentStyle(indent: number): CSSProperties | undefined {
  return indent > 0 ? indentStyles[indent] : undefined;
}

/** Marks for a bar cut by the zoom window (is-clip-start/end), or wholly outside it. */
function clipClasses(startFrac: number, endFrac: number): string {
  if (endFrac < 0 || startFrac > 1) return ' is-outside';
  return `${startFrac < 0 ? ' is-clip-start' : ''}${endFrac > 1 ? ' is-clip-end' : ''}`;
}

/** Beside the bar where there is room (after, else before); else inside its end. */
function labelPlacement(startFrac: number, endFrac: number): 'after' | 'before' | 'inside' {
  if (endFrac <= 0.72) return 'after';
  if (startFrac >= 0.3) return 'before';
  return 'inside';
}

/** Darker bands over the parts of the bar that lie on the critical path. */
function CriticalBands({ span, segments }: { span: Span; segments: NonNullable<SpanRowProps['critical']> }) {
  const d = span.durationUs > 0 ? span.durationUs : 1;
  return (
    <>
      {segments.map((seg, i) => (
        <span
          key={i}
          className="wf-critical"
          style={{ left: pct((seg.startUs - span.startUs) / d), width: pct((seg.endUs - seg.startUs) / d) }}
        />
      ))}
    </>
  );
}

function EventTicks({ span }: { span: Span }) {
  const d = span.durationUs > 0 ? span.durationUs : 1;
  const n = Math.min(span.events.length, MAX_EVENT_TICKS);
  const ticks = [];
  for (let i = 0; i < n; i++) {
    const ev = span.events[i]!;
    ticks.push(
      <span
        key={i}
        className="wf-event"
        style={{ left: pct((ev.timeUs - span.startUs) / d) }}
        title={`${ev.name} @ +${formatDuration(ev.timeUs - span.startUs)}`}
      />,
    );
  }
  return <>{ticks}</>;
}
