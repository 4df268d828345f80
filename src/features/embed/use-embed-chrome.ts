import { useEffect } from 'react';
import type { EmbedOptions } from '../../state/url/jaeger-links';

/**
 * Embed mode on the document: the page fits its iframe (no outer scroll) and takes its theme
 * from the URL without remembering it (the user's own choice stays in localStorage).
 */
export function useEmbedDocument(options: EmbedOptions): void {
  const { embed, theme } = options;
  useEffect(() => {
    if (!embed) return;
    const root = document.documentElement;
    root.classList.add('is-embedded');
    return () => root.classList.remove('is-embedded');
  }, [embed]);
  useEffect(() => {
    if (!embed || !theme) return;
    const root = document.documentElement;
    const previous = root.dataset.theme;
    root.dataset.theme = theme;
    return () => {
      if (previous === undefined) delete root.dataset.theme;
      else root.dataset.theme = previous;
    };
  }, [embed, theme]);
}
