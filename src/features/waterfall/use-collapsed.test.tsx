// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeTrace } from '../../model/analyses/test-trace';
import { useCollapsed } from './use-collapsed';
import { useZoom } from './use-zoom';

// root(0) → a(1) → a1(2); root → b(3) → b1(4)
const trace = makeTrace([
  { start: 0, duration: 100 },
  { parent: 0, start: 0, duration: 50 },
  { parent: 1, start: 10, duration: 10 },
  { parent: 0, start: 60, duration: 2 },
  { parent: 3, start: 60, duration: 1 },
]);

describe('useCollapsed (URL-backed)', () => {
  it('reads the set from the text and writes compact text for each action', () => {
    const write = vi.fn();
    const { result, rerender } = renderHook(({ text }) => useCollapsed(trace, text, write), {
      initialProps: { text: '_d1' },
    });
    expect([...result.current.collapsed].sort()).toEqual([1, 3]);

    act(() => result.current.expandAll());
    expect(write).toHaveBeenLastCalledWith('');
    act(() => result.current.collapseAll());
    expect(write).toHaveBeenLastCalledWith('_all');
    act(() => result.current.collapseToDepth(0));
    expect(write).toHaveBeenLastCalledWith('_d0');
    act(() => result.current.collapseShorterThan(5));
    expect(write).toHaveBeenLastCalledWith('3');

    // The URL catches up: the set just written is reused, not decoded again.
    rerender({ text: '3' });
    expect([...result.current.collapsed]).toEqual([3]);
    act(() => result.current.toggle(1));
    expect(write).toHaveBeenLastCalledWith('_d1');
  });

  it('treats malformed text as nothing collapsed', () => {
    const { result } = renderHook(() => useCollapsed(trace, 'zz!', vi.fn()));
    expect(result.current.collapsed.size).toBe(0);
  });
});

describe('useZoom', () => {
  it('follows gestures at once and writes the URL after a pause', () => {
    vi.useFakeTimers();
    const commit = vi.fn();
    const { result, rerender } = renderHook(({ url }) => useZoom(url, commit), {
      initialProps: { url: null as { start: number; end: number } | null },
    });
    act(() => result.current.set({ start: 0.2, end: 0.4 }));
    expect(result.current.zoom).toEqual({ start: 0.2, end: 0.4 });
    expect(commit).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(400));
    expect(commit).toHaveBeenCalledWith({ start: 0.2, end: 0.4 });

    // The URL echoes the window back: nothing changes.
    rerender({ url: { start: 0.2, end: 0.4 } });
    expect(result.current.zoom).toEqual({ start: 0.2, end: 0.4 });

    // A navigation (back) brings another window: adopted.
    rerender({ url: null });
    expect(result.current.zoom).toEqual({ start: 0, end: 1 });

    act(() => result.current.set({ start: 0.5, end: 0.6 }, true));
    expect(commit).toHaveBeenLastCalledWith({ start: 0.5, end: 0.6 });
    act(() => result.current.reset());
    expect(commit).toHaveBeenLastCalledWith(null);
    vi.useRealTimers();
  });
});
