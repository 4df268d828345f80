// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import type { KeyboardEvent } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
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
});
