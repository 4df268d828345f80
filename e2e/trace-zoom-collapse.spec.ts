import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_TRACE_IDS } from '../src/adapters/demo/demo-trace-ids';
import { snap } from './support/screenshot';

// Waterfall view controls on the demo source: collapse to depth, focus on a subtree, zoom
// (minimap brush, axis drag, keys), time modes, the URL round trip and the help overlay.

const BIG = DEMO_TRACE_IDS.bigTrace;
const CHECKOUT = DEMO_TRACE_IDS.checkoutTimeout[0];

function waterfall(page: Page) {
  return {
    rows: page.getByTestId('span-row'),
    body: page.getByTestId('waterfall-body'),
    axis: page.getByTestId('time-axis'),
    header: page.getByTestId('timeline-header'),
    minimap: page.getByTestId('minimap'),
    rowCount: page.getByTestId('row-count'),
    loaded: () => expect(page.getByTestId('span-row').first()).toBeVisible({ timeout: 30_000 }),
    axisText: () => page.getByTestId('time-axis').innerText(),
    param: (name: string) => new URL(page.url()).searchParams.get(name),
    async shown(): Promise<number> {
      const text = (await page.getByTestId('row-count').textContent()) ?? '';
      return Number(text.replace(/,/g, '').match(/^\d+/)?.[0] ?? NaN);
    },
  };
}

/** Drags with the mouse across `target` from fraction a to fraction b of its width. */
async function dragAcross(page: Page, target: Locator, a: number, b: number) {
  const box = (await target.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * a, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * ((a + b) / 2), y, { steps: 4 });
  await page.mouse.move(box.x + box.width * b, y, { steps: 4 });
  await page.mouse.up();
}

test.describe('waterfall: collapse, focus, zoom, time modes', () => {
  // The 5,000-span demo trace is built in the page; on a busy machine that takes a while.
  test.describe.configure({ timeout: 120_000 });

  test('collapse to a depth and below a duration', async ({ page }, info) => {
    const wf = waterfall(page);
    await page.goto(`trace/${BIG}?source=demo`);
    await wf.loaded();
    const all = await wf.shown();

    await page.getByTestId('collapse-menu').locator('summary').click();
    await page.getByTestId('collapse-depth-input').fill('2');
    await page.getByTestId('collapse-depth-apply').click();
    await expect.poll(() => wf.shown()).toBeLessThan(all);
    // Only levels 1 and 2 remain, and the URL names the depth compactly.
    const levels = await wf.rows.evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('aria-level'))));
    expect(Math.max(...levels)).toBe(2);
    await expect.poll(() => wf.param('collapsed')).toBe('_d1');
    await snap(page, 'zoom-collapse-depth-2', info);

    await page.getByTestId('expand-all').click();
    await expect.poll(() => wf.shown()).toBe(all);
    await expect.poll(() => wf.param('collapsed')).toBeNull();

    await page.getByTestId('collapse-menu').locator('summary').click();
    await page.getByTestId('collapse-duration-input').fill('5ms');
    await page.getByTestId('collapse-duration-apply').click();
    await expect.poll(() => wf.shown()).toBeLessThan(all);
    expect(wf.param('collapsed')).not.toBeNull();
  });

  test('focus on a subtree and back to the whole trace', async ({ page }, info) => {
    const wf = waterfall(page);
    await page.goto(`trace/${BIG}?source=demo`);
    await wf.loaded();
    const all = await wf.shown();

    // A span with children below the root.
    const parent = page.locator('[data-testid="span-row"][aria-expanded="true"][aria-level="2"]').first();
    const uid = (await parent.getAttribute('data-span-uid'))!;
    await parent.click();
    await page.getByTestId('focus-subtree').click();

    await expect(page.getByTestId('focus-bar')).toBeVisible();
    await expect.poll(() => wf.param('focus')).toBe(uid);
    const focused = await wf.shown();
    expect(focused).toBeLessThan(all);
    await expect(wf.rows.first()).toHaveAttribute('data-span-uid', uid);
    // Focusing also zooms the timeline to the subtree.
    expect(wf.param('zoom')).not.toBeNull();
    await snap(page, 'zoom-focus-subtree', info);

    // Back in history returns to the whole trace; forward re-focuses.
    await page.goBack();
    await expect(page.getByTestId('focus-bar')).toHaveCount(0);
    await page.goForward();
    await expect(page.getByTestId('focus-bar')).toBeVisible();

    await page.getByTestId('show-whole-trace').click();
    await expect(page.getByTestId('focus-bar')).toHaveCount(0);
    await expect.poll(() => wf.shown()).toBe(all);
    expect(wf.param('focus')).toBeNull();
    expect(wf.param('zoom')).toBeNull();
  });

  test('the minimap brush, axis drag, wheel and keys zoom the timeline', async ({ page }, info) => {
    const wf = waterfall(page);
    await page.goto(`trace/${BIG}?source=demo`);
    await wf.loaded();
    const fullAxis = await wf.axisText();
    await expect(page.getByTestId('reset-zoom')).toBeDisabled();

    // Brush: draw a window over 20%..40% of the minimap.
    await dragAcross(page, wf.minimap, 0.2, 0.4);
    await expect.poll(() => wf.axisText()).not.toBe(fullAxis);
    await expect.poll(() => wf.param('zoom')).toMatch(/^0\.(19|2)\d*-0\.(39|4)\d*$/);
    await expect(page.getByTestId('reset-zoom')).toBeEnabled();
    await snap(page, 'zoom-brushed', info);
    const brushedAxis = await wf.axisText();

    // Drag a range on the axis: zooms further in.
    await dragAcross(page, wf.header, 0.25, 0.75);
    await expect.poll(() => wf.axisText()).not.toBe(brushedAxis);
    await expect
      .poll(() => {
        const [s, e] = (wf.param('zoom') ?? '0-1').split('-').map(Number);
        return e! - s!;
      })
      .toBeLessThan(0.15);

    // Reset with the button, then zoom with the wheel over the axis.
    await page.getByTestId('reset-zoom').click();
    await expect.poll(() => wf.axisText()).toBe(fullAxis);
    expect(wf.param('zoom')).toBeNull();
    const box = (await wf.header.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
    await expect.poll(() => wf.param('zoom')).not.toBeNull();

    // Keys: `0` resets, `z` zooms to the selected span, `+` zooms in.
    await wf.rows.nth(3).click();
    await wf.body.press('0');
    await expect.poll(() => wf.param('zoom')).toBeNull();
    await wf.body.press('z');
    await expect.poll(() => wf.param('zoom')).not.toBeNull();
    const before = wf.param('zoom');
    await wf.body.press('+');
    await expect.poll(() => wf.param('zoom')).not.toBe(before);
    await snap(page, 'zoom-to-span', info);
  });

  test('time modes relabel the axis', async ({ page }) => {
    const wf = waterfall(page);
    await page.goto(`trace/${CHECKOUT}?source=demo`);
    await wf.loaded();
    await page.getByTestId('time-mode-rel').click();
    await expect(wf.axis).toContainText(/\d(µs|ms|s)\b/);
    await page.getByTestId('time-mode-utc').click();
    await expect(wf.axis).toContainText(/\d\d:\d\d:\d\d/);
    await expect(page.getByTestId('time-mode-utc')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => wf.param('time')).toBe('utc');
    // Remembered: a fresh link without `time=` in the same browser uses UTC too.
    await page.goto(`trace/${CHECKOUT}?source=demo`);
    await wf.loaded();
    await expect(page.getByTestId('time-mode-utc')).toHaveAttribute('aria-pressed', 'true');
    await page.getByTestId('time-mode-rel').click();
  });

  test('the URL carries collapsed rows, zoom and time mode to a new browser', async ({ page, browser }, info) => {
    const wf = waterfall(page);
    await page.goto(`trace/${BIG}?source=demo`);
    await wf.loaded();
    await page.getByTestId('collapse-menu').locator('summary').click();
    await page.getByTestId('collapse-depth-input').fill('3');
    await page.getByTestId('collapse-depth-apply').click();
    await expect.poll(() => wf.param('collapsed')).toBe('_d2');
    // Fold one more row so the list form of the codec is used too.
    await wf.rows.nth(1).getByTestId('span-toggle').click();
    await expect.poll(() => wf.param('collapsed')).not.toBe('_d2');
    await dragAcross(page, wf.minimap, 0.1, 0.6);
    await expect.poll(() => wf.param('zoom')).not.toBeNull();
    await page.getByTestId('time-mode-local').click();
    await expect.poll(() => wf.param('time')).toBe('local');
    const shown = await wf.shown();
    const url = page.url();

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const other = await context.newPage();
    await other.goto(url);
    const wf2 = waterfall(other);
    await wf2.loaded();
    expect(await wf2.shown()).toBe(shown);
    await expect(other.getByTestId('time-mode-local')).toHaveAttribute('aria-pressed', 'true');
    await expect(wf2.axis).toContainText(/\d\d:\d\d:\d\d/);
    await snap(other, 'zoom-url-round-trip', info);
    // The same zoom window: relative labels match (clock labels move with the demo's clock).
    await other.getByTestId('time-mode-rel').click();
    await page.getByTestId('time-mode-rel').click();
    await expect.poll(() => wf2.axisText()).toBe(await wf.axisText());
    await context.close();
  });

  test('? opens the keyboard help', async ({ page }, info) => {
    const wf = waterfall(page);
    await page.goto(`trace/${BIG}?source=demo`);
    await wf.loaded();
    await wf.rows.first().click();
    await page.keyboard.press('?');
    const help = page.getByTestId('keyboard-help');
    await expect(help).toBeVisible();
    await expect(help).toContainText('Zoom to the selected span');
    await expect(help).toContainText('Next / previous search match');
    await expect(help).toContainText('Ctrl / ⌘ + wheel');
    await snap(page, 'zoom-keyboard-help', info);
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    // The button opens it too.
    await page.getByTestId('keyboard-help-button').click();
    await expect(help).toBeVisible();
    await page.getByTestId('keyboard-help-close').click();
    await expect(help).toHaveCount(0);
  });
});
