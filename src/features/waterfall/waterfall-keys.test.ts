import { describe, expect, it, vi } from 'vitest';
import { visibleRows } from '../../model/analyses/rows';
import { makeTrace } from '../../model/analyses/test-trace';
import { rowPositions } from './row-positions';
import { runWaterfallKey, type WaterfallKeyContext } from './waterfall-keys';

// root(0) → a(1) → a1(2); root → b(3)
const trace = makeTrace([
  { start: 0, duration: 100 },
  { parent: 0, start: 0, duration: 50 },
  { parent: 1, start: 10, duration: 10 },
  { parent: 0, start: 60, duration: 40 },
]);

function ctx(selectedIndex: number | null, collapsed: ReadonlySet<number> = new Set()) {
  const rows = visibleRows(trace, { collapsed });
  const c = {
    trace,
    rows,
    positions: rowPositions(trace.spans.length, rows),
    selectedIndex,
    collapsed,
    pageRows: 2,
    select: vi.fn(),
    setCollapsed: vi.fn(),
    toggle: vi.fn(),
    openDetails: vi.fn(),
    nextMatch: vi.fn(),
    prevMatch: vi.fn(),
    zoomToSpan: vi.fn(),
    zoomBy: vi.fn(),
    pan: vi.fn(),
    resetZoom: vi.fn(),
    focus: vi.fn(),
    toggleHelp: vi.fn(),
  } satisfies WaterfallKeyContext;
  return c;
}

describe('runWaterfallKey', () => {
  it('moves between rows', () => {
    const c = ctx(1);
    expect(runWaterfallKey({ key: 'ArrowDown' }, c)).toBe(true);
    expect(c.select).toHaveBeenLastCalledWith(2);
    runWaterfallKey({ key: 'End' }, c);
    expect(c.select).toHaveBeenLastCalledWith(3);
    runWaterfallKey({ key: 'PageUp' }, c);
    expect(c.select).toHaveBeenLastCalledWith(0);
  });

  it('skips hidden rows and expands with →', () => {
    const c = ctx(1, new Set([1]));
    runWaterfallKey({ key: 'ArrowDown' }, c);
    expect(c.select).toHaveBeenLastCalledWith(3);
    runWaterfallKey({ key: 'ArrowRight' }, c);
    expect(c.setCollapsed).toHaveBeenLastCalledWith(1, false);
  });

  it('Space toggles, Enter opens details', () => {
    const c = ctx(1);
    runWaterfallKey({ key: ' ' }, c);
    expect(c.toggle).toHaveBeenCalledWith(1);
    runWaterfallKey({ key: 'Enter' }, c);
    expect(c.openDetails).toHaveBeenCalledWith(1);
  });

  it('n / N step through matches', () => {
    const c = ctx(null);
    runWaterfallKey({ key: 'n' }, c);
    runWaterfallKey({ key: 'N', shiftKey: true }, c);
    expect(c.nextMatch).toHaveBeenCalledTimes(1);
    expect(c.prevMatch).toHaveBeenCalledTimes(1);
    const none = { ...ctx(null), nextMatch: undefined };
    expect(runWaterfallKey({ key: 'n' }, none)).toBe(false);
  });

  it('zoom, pan, reset, focus and help keys', () => {
    const c = ctx(2);
    runWaterfallKey({ key: 'z' }, c);
    expect(c.zoomToSpan).toHaveBeenCalledWith(2);
    runWaterfallKey({ key: '+' }, c);
    runWaterfallKey({ key: '-' }, c);
    expect(c.zoomBy.mock.calls.map(([f]) => f > 1)).toEqual([true, false]);
    runWaterfallKey({ key: ']' }, c);
    expect(c.pan).toHaveBeenCalledWith(0.25);
    runWaterfallKey({ key: '0' }, c);
    expect(c.resetZoom).toHaveBeenCalled();
    runWaterfallKey({ key: 'f' }, c);
    expect(c.focus).toHaveBeenLastCalledWith(2);
    runWaterfallKey({ key: 'F', shiftKey: true }, c);
    expect(c.focus).toHaveBeenLastCalledWith(null);
    runWaterfallKey({ key: '?' }, c);
    expect(c.toggleHelp).toHaveBeenCalled();
  });

  it('leaves browser shortcuts and unknown keys alone', () => {
    const c = ctx(2);
    expect(runWaterfallKey({ key: 'z', ctrlKey: true }, c)).toBe(false);
    expect(runWaterfallKey({ key: '0', metaKey: true }, c)).toBe(false);
    expect(runWaterfallKey({ key: 'q' }, c)).toBe(false);
    expect(c.zoomToSpan).not.toHaveBeenCalled();
    // Keys that need a selection do nothing without one.
    expect(runWaterfallKey({ key: 'z' }, ctx(null))).toBe(false);
  });
});
