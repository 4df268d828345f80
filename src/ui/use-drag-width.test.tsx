// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import type { KeyboardEvent } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDragWidth, type DragWidthOptions } from './use-drag-width';

const OPTIONS: DragWidthOptions = { storageKey: 'test.width', cssVar: '--w', defaultPx: 300, minPx: 100, reservePx: 200, direction: -1 };

function container(widthPx: number) {
  const el = document.createElement('div');
  Object.defineProperty(el, 'clientWidth', { value: widthPx });
  return { current: el };
}

const key = (k: string) => ({ key: k, preventDefault: () => {} }) as unknown as KeyboardEvent<HTMLElement>;

afterEach(() => localStorage.clear());

describe('useDragWidth', () => {
  it('starts from the remembered width, clamped to what the container allows', () => {
    localStorage.setItem('test.width', '950');
    const ref = container(1000);
    renderHook(() => useDragWidth(ref, OPTIONS));
    // 1000 px wide, 200 kept for the rest: 800 at most.
    expect(ref.current.style.getPropertyValue('--w')).toBe('800px');
  });

  it('moves with the arrow keys in the direction of the handle, and remembers', () => {
    const ref = container(1000);
    const { result } = renderHook(() => useDragWidth(ref, OPTIONS));
    expect(ref.current.style.getPropertyValue('--w')).toBe('300px');
    // A right-hand panel: ← widens it.
    act(() => result.current.onKeyDown(key('ArrowLeft')));
    expect(ref.current.style.getPropertyValue('--w')).toBe('316px');
    act(() => result.current.onKeyDown(key('ArrowRight')));
    act(() => result.current.onKeyDown(key('ArrowRight')));
    expect(ref.current.style.getPropertyValue('--w')).toBe('284px');
    expect(localStorage.getItem('test.width')).toBe('284');
  });

  it('never goes below the minimum', () => {
    const ref = container(1000);
    const { result } = renderHook(() => useDragWidth(ref, { ...OPTIONS, defaultPx: 105, direction: 1 }));
    act(() => result.current.onKeyDown(key('ArrowLeft')));
    expect(ref.current.style.getPropertyValue('--w')).toBe('100px');
  });

  describe('with a ResizeObserver', () => {
    /** A stand-in for the browser's observer: `report()` is the browser's call after a layout. */
    class FakeResizeObserver {
      static last: FakeResizeObserver | null = null;
      observed: Element[] = [];
      constructor(private readonly callback: ResizeObserverCallback) {
        FakeResizeObserver.last = this;
      }
      observe(el: Element) {
        this.observed.push(el);
      }
      disconnect() {
        this.observed = [];
      }
      report() {
        this.callback([], this as unknown as ResizeObserver);
      }
    }

    /** A container whose width the test sets, counting how often it is read. */
    function measuredContainer(widthPx: number) {
      const el = document.createElement('div');
      let reads = 0;
      const box = { width: widthPx };
      Object.defineProperty(el, 'clientWidth', { get: () => (reads++, box.width) });
      return { ref: { current: el }, box, reads: () => reads };
    }

    afterEach(() => vi.unstubAllGlobals());

    it('does not read the layout while mounting, and clamps when the size is reported', () => {
      vi.stubGlobal('ResizeObserver', FakeResizeObserver);
      localStorage.setItem('test.width', '950');
      const { ref, reads } = measuredContainer(1000);
      renderHook(() => useDragWidth(ref, OPTIONS));
      expect(reads()).toBe(0);
      expect(ref.current.style.getPropertyValue('--w')).toBe('950px');
      FakeResizeObserver.last?.report();
      expect(ref.current.style.getPropertyValue('--w')).toBe('800px');
    });

    it('gives the remembered width back when the container widens again', () => {
      vi.stubGlobal('ResizeObserver', FakeResizeObserver);
      localStorage.setItem('test.width', '700');
      const { ref, box } = measuredContainer(1000);
      renderHook(() => useDragWidth(ref, OPTIONS));
      box.width = 600;
      FakeResizeObserver.last?.report();
      expect(ref.current.style.getPropertyValue('--w')).toBe('400px');
      box.width = 1200;
      FakeResizeObserver.last?.report();
      expect(ref.current.style.getPropertyValue('--w')).toBe('700px');
    });

    it('stops observing when unmounted', () => {
      vi.stubGlobal('ResizeObserver', FakeResizeObserver);
      const { ref } = measuredContainer(1000);
      const { unmount } = renderHook(() => useDragWidth(ref, OPTIONS));
      expect(FakeResizeObserver.last?.observed).toEqual([ref.current]);
      unmount();
      expect(FakeResizeObserver.last?.observed).toEqual([]);
    });

    it('moves from the width shown, not the one asked for', () => {
      vi.stubGlobal('ResizeObserver', FakeResizeObserver);
      localStorage.setItem('test.width', '950');
      const { ref } = measuredContainer(1000);
      const { result } = renderHook(() => useDragWidth(ref, OPTIONS));
      FakeResizeObserver.last?.report();
      // Shown at 800 (the most 1000 px allows): → narrows the right-hand panel from there.
      act(() => result.current.onKeyDown(key('ArrowRight')));
      expect(ref.current.style.getPropertyValue('--w')).toBe('784px');
      expect(localStorage.getItem('test.width')).toBe('784');
    });
  });
});
