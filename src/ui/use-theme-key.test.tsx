// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useThemeKey } from './use-theme-key';

afterEach(() => {
  delete document.documentElement.dataset.theme;
});

describe('useThemeKey', () => {
  it('changes when the header’s theme choice does, so canvases paint in the new colors', async () => {
    const { result } = renderHook(() => useThemeKey());
    const auto = result.current;
    await act(async () => {
      document.documentElement.dataset.theme = 'dark';
      await Promise.resolve(); // the MutationObserver's microtask
    });
    expect(result.current).not.toBe(auto);
    expect(result.current).toMatch(/^dark:/);
    await act(async () => {
      delete document.documentElement.dataset.theme;
      await Promise.resolve();
    });
    expect(result.current).toBe(auto);
  });
});
