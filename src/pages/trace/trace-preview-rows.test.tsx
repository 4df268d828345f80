// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { BrowserRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { bushyOtlpTrace } from '../../adapters/otlp/bushy-trace';
import { previewOtlp } from '../../adapters/otlp/preview';
import { TracePreviewRows } from './trace-preview-rows';

const TRACE = 'ab'.repeat(16);

afterEach(cleanup);

describe('TracePreviewRows', () => {
  it('draws the first rows in tree order, and a click selects the span in the address for the full view', () => {
    window.history.replaceState(null, '', `/trace/${TRACE}?source=jaeger`);
    const { preview } = previewOtlp(bushyOtlpTrace(TRACE, 500), TRACE, 12, 0)!;
    render(
      <BrowserRouter>
        <TracePreviewRows preview={preview} status="Opening 500 spans…" />
      </BrowserRouter>,
    );
    const rows = screen.getAllByTestId('span-row');
    expect(rows).toHaveLength(12);
    // Span 0 is the root; its first child (span 1) comes next, then that child's first child (span 5).
    preview.rows.forEach((span, k) => {
      expect(rows[k]!.textContent).toContain(span.service);
      expect(rows[k]!.textContent).toContain(span.name);
    });
    expect(preview.rows.slice(0, 3).map((s) => s.spanId)).toEqual(['0000000000000001', '0000000000000002', '0000000000000006']);
    expect(screen.getByRole('treegrid').getAttribute('aria-rowcount')).toBe('500');
    fireEvent.click(rows[2]!);
    expect(new URLSearchParams(window.location.search).get('span')).toBe(preview.rows[2]!.uid);
    expect(screen.getAllByTestId('span-row')[2]!.getAttribute('aria-selected')).toBe('true');
    expect(new URLSearchParams(window.location.search).get('source')).toBe('jaeger');
    // The waterfall's own toolbar, with the status where the keys hint will be.
    expect(screen.getByTestId('row-count').textContent).toBe('500 spans');
    expect(screen.getByTestId('trace-preview').textContent).toContain('Opening 500 spans…');
  });

  it('draws the axis and the bars in the address’s zoom window', () => {
    window.history.replaceState(null, '', `/trace/${TRACE}?source=jaeger&zoom=0.5-1`);
    const { preview } = previewOtlp(bushyOtlpTrace(TRACE, 500), TRACE, 12, 0)!;
    render(
      <BrowserRouter>
        <TracePreviewRows preview={preview} status="" />
      </BrowserRouter>,
    );
    // The root lasts the whole trace (500 µs): zoomed to its second half, it starts 250 µs
    // before the window (its bar, cut at the left edge, is painted: timeline-marks.test.ts).
    const cell = screen.getAllByTestId('span-row')[0]!.querySelector<HTMLElement>('[role="gridcell"]:last-child')!;
    fireEvent.mouseMove(cell, { clientX: 10 });
    expect(cell.title).toContain('500µs at −250µs');
    expect(screen.getByTestId('trace-preview').querySelector('.wf-header-time')!.textContent).toMatch(/^250µs/);
  });
});
