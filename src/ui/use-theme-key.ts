import { useSyncExternalStore } from 'react';
import { themeKey, watchTheme } from './watch-theme';

/**
 * Which theme the page shows, as a key that changes when it does (watch-theme.ts). Canvas
 * drawings read their colors from the CSS once per key, and paint again when it changes.
 */
export function useThemeKey(): string {
  return useSyncExternalStore(watchTheme, themeKey, () => 'server');
}
