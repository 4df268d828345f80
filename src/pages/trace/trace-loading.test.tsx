// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { BrowserRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { bushyOtlpTrace } from '../../adapters/otlp/bushy-trace';
import { previewOtlp } from '../../adapters/otlp/preview';
import { setTraceLoadProgress } from '../../state/server/trace-load-progress';
import { TraceLoading } from './trace-loading';

const TRACE = 'cd'.repeat(16);

afterEach(() => {
  cleanup();
  setTraceLoadProgress('jaeger', TRACE, null);
});

function renderLoading() {
  window.history.replaceState(null, '', `/trace/${TRACE}?source=jaeger`);
  render(
    <BrowserRouter>
      <TraceLoading sourceId="jaeger" traceId={TRACE} />
    </BrowserRouter>,
  );
}

describe('TraceLoading', () => {
  it('says what the loader does, naming the trace', () => {
    renderLoading();
    expect(screen.getByRole('status').textContent).toBe(`Loading trace ${TRACE}…`);
    act(() => setTraceLoadProgress('jaeger', TRACE, { phase: 'downloading', bytes: 2_000_000, totalBytes: 8_000_000 }));
    expect(screen.getByRole('status').textContent).toBe(`Downloading 2.0 of 8.0 MB… (trace ${TRACE})`);
    expect(screen.queryByTestId('trace-preview')).toBeNull();
  });

  it('shows a preview’s header (root, duration, span count) above its first rows', () => {
    renderLoading();
    const { preview } = previewOtlp(bushyOtlpTrace(TRACE, 300), TRACE, 20, 0)!;
    act(() => setTraceLoadProgress('jaeger', TRACE, { phase: 'opening', preview }));
    const header = screen.getByTestId('trace-preview-header');
    expect(screen.getByTestId('trace-title').textContent).toBe(`${preview.rows[0]!.service}${preview.rows[0]!.name}`);
    expect(header.textContent).toContain(TRACE);
    // bushyOtlpTrace: span 0 starts first and lasts `count` µs, the longest of all.
    expect(header.textContent).toContain('Duration300µs');
    expect(header.textContent).toContain('Spans300');
    expect(header.textContent).toContain(`Depth${preview.maxDepth + 1}`);
    // What the preview cannot know yet holds its place, so the rows below do not move later.
    expect(header.textContent).toContain('Errors…');
    expect(screen.getByTestId('trace-services').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('Opening 300 spans…');
    expect(screen.getAllByTestId('span-row')).toHaveLength(20);
    // The full page's tabs and toolbars, the toolbars inert until the trace is open.
    expect(screen.getByTestId('view-tab-timeline').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId('trace-filter-toolbar').closest('[inert]')).not.toBeNull();
    expect(screen.getByTestId('expand-all').closest('[inert]')).not.toBeNull();
  });

  it('lets the tabs pick the view the trace opens in', () => {
    renderLoading();
    const { preview } = previewOtlp(bushyOtlpTrace(TRACE, 300), TRACE, 20, 0)!;
    act(() => setTraceLoadProgress('jaeger', TRACE, { phase: 'opening', preview }));
    act(() => screen.getByTestId('view-tab-stats').click());
    expect(new URLSearchParams(window.location.search).get('view')).toBe('stats');
    expect(screen.getByTestId('view-tab-stats').getAttribute('aria-selected')).toBe('true');
  });
});
