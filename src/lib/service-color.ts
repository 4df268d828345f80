/**
 * A stable color per service name, the same on every page and every load: a string hash
 * picks one of a palette of distinguishable hues that read on light and dark backgrounds.
 */
const PALETTE = [
  '#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#ff9da7', '#9c755f',
  '#2f9ec4', '#8cd17d', '#d37295', '#a0cbe8', '#86bcb6', '#f1ce63', '#b6992d', '#499894',
  '#d4a6c8', '#fabfd2', '#79706e', '#e17c05',
] as const;

/** FNV-1a over UTF-16 code units: cheap, and stable across browsers and runs. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function serviceColor(service: string): string {
  return PALETTE[hash(service) % PALETTE.length] ?? PALETTE[0];
}
