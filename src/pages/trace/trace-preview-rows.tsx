import { useCallback } from 'react';
import { GuideLayer } from '../../features/waterfall/guide-layer';
import { INDENT_PX, MAX_INDENT_LEVELS, ROW_HEIGHT, SpanRow } from '../../features/waterfall/span-row';
import '../../features/waterfall/waterfall.css';
import type { TracePreview } from '../../model/trace-preview';
import { useTraceView } from './use-trace-view';

const noToggle = () => {};

/**
 * The first waterfall rows of a big trace while the rest of it is decoded: the waterfall's own
 * rows over the whole trace's time range, in the places the full view will show them. A click
 * selects the span in the address, so the full view opens with it selected.
 */
export function TracePreviewRows({ preview }: { preview: TracePreview }) {
  const [view, setView] = useTraceView();
  const { rows, startUs, endUs } = preview;
  const select = useCallback((index: number) => setView({ span: rows[index]?.uid ?? null }), [rows, setView]);
  const indices = rows.map((_, k) => k);
  return (
    <div className="wf tp-preview" aria-busy="true" data-testid="trace-preview">
      <div className="wf-body" role="treegrid" aria-label="Spans (first rows, still opening)" aria-rowcount={preview.spanCount}>
        <div className="wf-canvas" style={{ height: rows.length * ROW_HEIGHT }}>
          {rows.map((span, k) => (
            <SpanRow
              key={k}
              spans={rows}
              index={k}
              position={k}
              top={k * ROW_HEIGHT}
              selected={span.uid === view.span}
              collapsed={false}
              windowStartUs={startUs}
              windowDurationUs={endUs - startUs}
              onToggle={noToggle}
              onSelect={select}
            />
          ))}
          <GuideLayer
            spans={rows}
            spanIndices={indices}
            firstTop={0}
            rowHeight={ROW_HEIGHT}
            indentPx={INDENT_PX}
            maxLevels={MAX_INDENT_LEVELS}
          />
        </div>
      </div>
    </div>
  );
}
