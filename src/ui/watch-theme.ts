const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Calls `onChange` when the theme the page shows may have changed: the header's choice
 * (data-theme on <html>, also set by embed mode) or, under "Auto", the system's. For canvas
 * drawings, which read their colors from the CSS and must paint again. Returns the unwatch.
 */
export function watchTheme(onChange: () => void): () => void {
  const watch = new MutationObserver(onChange);
  watch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const query = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
  query?.addEventListener('change', onChange);
  return () => {
    watch.disconnect();
    query?.removeEventListener('change', onChange);
  };
}

/** The theme the page shows, as a key that changes when it does. */
export function themeKey(): string {
  const dark = typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
  return `${document.documentElement.dataset.theme ?? 'auto'}:${dark ? 'dark' : 'light'}`;
}
