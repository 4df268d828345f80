import type { TimelinePalette } from './timeline-paint';

/** The timeline's colors and fonts, from the theme's CSS variables where it is drawn. */
export function readTimelinePalette(el: Element): TimelinePalette {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--text', '#1d2330'),
    muted: v('--text-muted', '#5d6675'),
    faint: v('--text-faint', '#8a93a2'),
    surface: v('--surface', '#ffffff'),
    danger: v('--danger', '#d6363f'),
    fontFamily: css.fontFamily || 'sans-serif',
    monoFamily: v('--font-mono', 'monospace'),
  };
}
