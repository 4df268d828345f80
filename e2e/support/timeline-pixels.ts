import type { Page } from '@playwright/test';

/**
 * The timeline column is painted on canvases (timeline-layer.tsx), so what a bar shows is
 * read from their pixels: along the middle of row `row` (in the list, from the top), the
 * brightest channel of each device pixel across the column, 255 where nothing is painted.
 * The row must be rendered.
 */
export function barMiddleLine(page: Page, row: number): Promise<number[]> {
  return page.evaluate((row) => {
    const blockRows = 16; // TIMELINE_BLOCK_ROWS, waterfall.tsx
    const rowHeight = 24;
    const canvas = document.querySelector<HTMLCanvasElement>(
      `[data-testid="waterfall-body"] canvas[data-block="${Math.floor(row / blockRows)}"]`,
    );
    if (!canvas) throw new Error(`no canvas holds row ${row}`);
    const dpr = canvas.width / canvas.getBoundingClientRect().width;
    const y = Math.round(((row % blockRows) * rowHeight + rowHeight / 2) * dpr);
    const { data } = canvas.getContext('2d')!.getImageData(0, y, canvas.width, 1);
    const line: number[] = [];
    for (let i = 0; i < data.length; i += 4) line.push(data[i + 3] === 0 ? 255 : Math.max(data[i]!, data[i + 1]!, data[i + 2]!));
    return line;
  }, row);
}

/** The middle lines of the first `rows` rows of the list, one after another. */
export async function barMiddleLines(page: Page, rows: number): Promise<number[]> {
  const lines: number[] = [];
  for (let row = 0; row < rows; row++) lines.push(...(await barMiddleLine(page, row)));
  return lines;
}

/** How many pixels of `before` that were a bar's color (no service color is darker) went dark. */
export function darkened(before: readonly number[], after: readonly number[]): number {
  let n = 0;
  for (let x = 0; x < before.length; x++) if (before[x]! >= 120 && after[x]! < 100) n++;
  return n;
}
