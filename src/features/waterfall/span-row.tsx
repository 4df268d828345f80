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
  /** On the critical path (its bands are the TimelineLayer's). */
  readonly critical?: boolean;
  readonly onToggle: (index: number) => void;
  readonly onSelect: (index: number) => void;
  /** The pointer moves over the row's timeline cell: set the cell's tooltip (use-timeline-title.ts). */
  readonly onTimelineHover: (index: number, cell: HTMLElement, clientX: number) => void;
}

/**
 * One waterfall row: the name cell, and the timeline cell whose bar and label the
 * TimelineLayer paints. Memoized on its props: scrolling re-renders only rows entering the
 * window, selection changes only the two rows involved, and zooming none.
 */
export const SpanRow = memo(function SpanRow(props: SpanRowProps) {
  const { spans, index, top, selected, collapsed } = props;
  const span = spans[index]!;
  // The tree guides, elbow arms included, are the GuideLayer's; the row indents its name.
  const indent = displayIndent(span, MAX_INDENT_LEVELS);
  const clipped = span.depth > indent && indent > 0;
  const color = serviceColor(span.service);
  const error = isErrorSpan(span);
  const childCount = span.children.length;
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
  const onTimelineMove = (e: MouseEvent<HTMLElement>) => props.onTimelineHover(index, e.currentTarget, e.clientX);

  // The service color reaches the swatch through --c (one inline value).
  const rowStyle = { transform: `translateY(${top}px)`, '--c': color } as CSSProperties;

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
      {/* Empty: the bars and labels are painted by the TimelineLayer, over the rows. The cell
          keeps the pointer (a click selects the row) and sets its tooltip where it is. */}
      <div
        className="wf-timeline"
        role="gridcell"
        aria-label={hint ? `${duration}, ${hint}` : duration}
        onMouseMove={onTimelineMove}
      />
    </div>
  );
});

/** The name cell's left padding holds the indentation; one shared style object per depth. */
export const NAME_PADDING_PX = 6;
const indentStyles = Array.from({ length: MAX_INDENT_LEVELS + 1 }, (_, i) => ({ paddingLeft: NAME_PADDING_PX + i * INDENT_PX }));
function indentStyle(indent: number): CSSProperties | undefined {
  return indent > 0 ? indentStyles[indent] : undefined;
}
