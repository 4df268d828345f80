import { useSyncExternalStore } from 'react';

/**
 * Which theme the page shows, as a key that changes when it does: the header's choice
 * (data-theme on <html>) and, under "Auto", the system's. Canvas drawings read their colors
 * from the CSS once per key, and redraw when it changes.
 */
export function useThemeKey(): string {
  return useSyncExternalStore(subscribe, themeKey, () => 'server');
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

function themeKey(): string {
  const dark = typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
  return `${document.documentElement.dataset.theme ?? 'auto'}:${dark ? 'dark' : 'light'}`;
}

function subscribe(onChange: () => void): () => void {
  const watch = new MutationObserver(onChange);
  watch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const query = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
  query?.addEventListener('change', onChange);
  return () => {
    watch.disconnect();
    query?.removeEventListener('change', onChange);
  };
}
