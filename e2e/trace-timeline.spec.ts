import { expect, test, type Page } from '@playwright/test';
import { DEMO_TRACE_IDS } from '../src/adapters/demo/demo-trace-ids';

// The timeline column is painted on canvases (timeline-layer.tsx): what the rows' timeline
// cells and the canvases do for the pointer and the theme, in the built app.

const CHECKOUT_TIMEOUT = DEMO_TRACE_IDS.checkoutTimeout[0];

async function open(page: Page) {
  await page.goto(`trace/${CHECKOUT_TIMEOUT}?source=demo`);
  await expect(page.getByTestId('span-row').first()).toBeVisible({ timeout: 30_000 });
}

/** The opaque pixels of the first canvas, as "r,g,b" strings, with how many of each. */
function opaqueColors(page: Page): Promise<Map<string, number>> {
  return page
    .evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="waterfall-body"] canvas[data-block="0"]')!;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const counts: Record<string, number> = {};
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] !== 255) continue;
        const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    })
    .then((counts) => new Map(Object.entries(counts)));
}

test.describe('the timeline canvas', () => {
  test('paints again in the new colors when the theme changes', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page);
    // Duration labels are in the theme's muted text color: light #5d6675, dark #9aa3b2.
    const LIGHT_MUTED = '93,102,117';
    const DARK_MUTED = '154,163,178';
    const light = await opaqueColors(page);
    expect(light.get(LIGHT_MUTED) ?? 0).toBeGreaterThan(20);
    expect(light.get(DARK_MUTED) ?? 0).toBe(0);
    // The header's toggle: Auto → Light → Dark.
    const toggle = page.getByRole('button', { name: /^Theme:/ });
    await toggle.click();
    await toggle.click();
    await expect(toggle).toHaveAccessibleName('Theme: Dark');
    await expect.poll(async () => (await opaqueColors(page)).get(DARK_MUTED) ?? 0).toBeGreaterThan(20);
    expect((await opaqueColors(page)).get(LIGHT_MUTED) ?? 0).toBe(0);
  });

  test('a row’s tooltip names the event tick under the pointer, and the span elsewhere', async ({ page }) => {
    await open(page);
    const cell = page.getByTestId('span-row').filter({ hasText: 'payment_intents' }).locator('[role="gridcell"]').nth(1);
    const box = (await cell.boundingBox())!;
    const titles = new Set<string>();
    for (let x = 2; x < box.width; x += 6) {
      // Ticks answer within 4 px of the pointer: a 6 px step passes none by.
      await page.mouse.move(box.x + x, box.y + box.height / 2);
      titles.add((await cell.getAttribute('title')) ?? '');
    }
    const all = [...titles];
    expect(all.some((t) => /^payments · POST \/v1\/payment_intents\n5s at \+/.test(t))).toBe(true);
    expect(all.some((t) => / @ \+\d/.test(t))).toBe(true);
  });
});
