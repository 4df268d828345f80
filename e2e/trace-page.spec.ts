import { expect, test, type Page } from '@playwright/test';
import { DEMO_TRACE_IDS } from '../src/adapters/demo/demo-trace-ids';
import { snap } from './support/screenshot';

// The trace page on the demo source: known trace ids, opened by URL.

const CHECKOUT_TIMEOUT = DEMO_TRACE_IDS.checkoutTimeout[0];

function tracePage(page: Page) {
  return {
    rows: page.getByTestId('span-row'),
    rowCount: page.getByTestId('row-count'),
    body: page.getByTestId('waterfall-body'),
    details: page.getByTestId('span-details'),
    detailsName: page.getByTestId('span-details-name'),
    attributes: page.getByTestId('span-attributes'),
    selectedRow: page.locator('[data-testid="span-row"][aria-selected="true"]'),
    /** First rows of a freshly opened trace: the demo source builds its data in the page. */
    loaded: () => expect(page.getByTestId('span-row').first()).toBeVisible({ timeout: 30_000 }),
    row: (text: string) => page.getByTestId('span-row').filter({ hasText: text }).first(),
    /** Spans listed in the toolbar ("N spans" or "N of M spans shown"). */
    async shownCount(): Promise<number> {
      const text = (await this.rowCount.textContent()) ?? '';
      return Number(text.replace(/,/g, '').match(/^\d+/)?.[0] ?? NaN);
    },
  };
}

test.describe('trace page (demo source)', () => {
  test('opens by URL, shows the header and the waterfall', async ({ page }, info) => {
    const tp = tracePage(page);
    await page.goto(`trace/${CHECKOUT_TIMEOUT}?source=demo`);
    await tp.loaded();
    await expect(page.getByTestId('trace-title')).toContainText('api-gateway');
    const spanCount = Number((await page.getByTestId('trace-span-count').textContent())?.replace(/,/g, ''));
    expect(spanCount).toBeGreaterThan(5);
    await expect(tp.rows).toHaveCount(spanCount);
    expect(await tp.shownCount()).toBe(spanCount);
    // Error marks on the timed-out spans.
    await expect(page.locator('.wf-row.is-error').first()).toBeVisible();
    await snap(page, 'trace-checkout-timeout', info);
  });

  test('collapse and expand change the rows', async ({ page }) => {
    const tp = tracePage(page);
    await page.goto(`trace/${CHECKOUT_TIMEOUT}?source=demo`);
    await tp.loaded();
    const all = await tp.rows.count();

    await page.getByTestId('collapse-all').click();
    await expect(tp.rows).toHaveCount(1);
    await expect(tp.rows.first()).toHaveAttribute('aria-expanded', 'false');

    // Expanding the root shows its children, still folded.
    await tp.rows.first().getByTestId('span-toggle').click();
    const afterOne = await tp.rows.count();
    expect(afterOne).toBeGreaterThan(1);
    expect(afterOne).toBeLessThan(all);

    await page.getByTestId('expand-all').click();
    await expect(tp.rows).toHaveCount(all);

    // Collapsing one subtree hides exactly its descendants.
    const parent = page.locator('[data-testid="span-row"][aria-expanded="true"]').nth(1);
    const parentUid = await parent.getAttribute('data-span-uid');
    await parent.getByTestId('span-toggle').click();
    await expect.poll(() => tp.rows.count()).toBeLessThan(all);
    await expect(page.locator(`[data-span-uid="${parentUid}"]`)).toHaveAttribute('aria-expanded', 'false');
    expect(await tp.shownCount()).toBe(await tp.rows.count());
  });

  test('select a span: details, URL, reload, back', async ({ page }, info) => {
    const tp = tracePage(page);
    await page.goto(`trace/${CHECKOUT_TIMEOUT}?source=demo`);
    await tp.loaded();
    const row = tp.row('POST /v1/payment_intents');
    await row.click();
    await expect(tp.details).toBeVisible();
    await expect(tp.detailsName).toHaveText('POST /v1/payment_intents');
    await expect(tp.attributes).toContainText('url.full');
    await expect(tp.attributes).toContainText('https://api.psp.example.com/v1/payment_intents');
    await expect(page.getByTestId('span-status')).toHaveText('error');
    await expect(page.getByTestId('span-events')).toContainText('java.net.SocketTimeoutException');
    const uid = await row.getAttribute('data-span-uid');
    expect(uid).toMatch(/^[0-9a-f]{16}/);
    await expect(page).toHaveURL(new RegExp(`[?&]span=${uid}`));
    await expect(page).toHaveURL(/[?&]source=demo/);
    await snap(page, 'trace-span-selected', info);

    await page.reload();
    await tp.loaded();
    await expect(tp.selectedRow).toHaveAttribute('data-span-uid', uid!);
    await expect(tp.detailsName).toHaveText('POST /v1/payment_intents');

    // Another selection, then back: the first one again; back once more: none.
    await tp.rows.first().click();
    await expect(tp.selectedRow).not.toHaveAttribute('data-span-uid', uid!);
    await page.goBack();
    await expect(tp.selectedRow).toHaveAttribute('data-span-uid', uid!);
    await page.goForward();
    await expect(tp.selectedRow).toHaveAttribute('data-span-uid', (await tp.rows.first().getAttribute('data-span-uid'))!);

    // Closing the panel clears the selection from the URL.
    await page.getByRole('button', { name: 'Close span details' }).click();
    await expect(tp.details).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&]span=/);
  });

  test('a selection from history reveals a span hidden under a collapsed parent', async ({ page }) => {
    const tp = tracePage(page);
    await page.goto(`trace/${CHECKOUT_TIMEOUT}?source=demo`);
    await tp.loaded();
    const deep = tp.row('POST /v1/payment_intents');
    const uid = await deep.getAttribute('data-span-uid');
    await deep.click();
    await tp.rows.first().click();
    // Collapsing hides the earlier selection; the current one (the root) stays.
    await page.getByTestId('collapse-all').click();
    await expect(tp.rows).toHaveCount(1);
    await page.goBack();
    await expect(tp.selectedRow).toHaveAttribute('data-span-uid', uid!);
    await expect(tp.selectedRow).toBeInViewport();
    await expect(tp.detailsName).toHaveText('POST /v1/payment_intents');
  });

  test('keyboard moves the selection without flooding history', async ({ page }) => {
    const tp = tracePage(page);
    await page.goto(`trace/${CHECKOUT_TIMEOUT}?source=demo`);
    await tp.loaded();
    await tp.rows.first().click();
    const first = await tp.rows.first().getAttribute('data-span-uid');
    await tp.body.press('ArrowDown');
    await tp.body.press('ArrowDown');
    const third = await tp.rows.nth(2).getAttribute('data-span-uid');
    await expect(tp.selectedRow).toHaveAttribute('data-span-uid', third!);
    await expect(page).toHaveURL(new RegExp(`span=${third}`));
    await tp.body.press('ArrowLeft'); // to the parent (a leaf) or collapse
    await expect(tp.selectedRow).toHaveCount(1);
    expect(first).not.toBe(third);
  });

  test('the name column resizes by dragging and keeps its width', async ({ page }) => {
    const tp = tracePage(page);
    await page.goto(`trace/${CHECKOUT_TIMEOUT}?source=demo`);
    await tp.loaded();
    const nameCell = tp.rows.first().locator('.wf-name');
    const before = (await nameCell.boundingBox())!.width;
    const handle = (await page.getByTestId('name-column-resize').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + 120, handle.y + handle.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await nameCell.boundingBox())!.width).toBeGreaterThan(before + 100);
    const after = (await nameCell.boundingBox())!.width;
    await page.reload();
    await tp.loaded();
    await expect.poll(async () => (await tp.rows.first().locator('.wf-name').boundingBox())!.width).toBeCloseTo(after, 0);
  });

  test('a remembered name column wider than the window leaves the timeline room, and gets its width back', async ({ page }) => {
    const tp = tracePage(page);
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.addInitScript(() => localStorage.setItem('tracescope.waterfall.nameColumnPx', '1100'));
    await page.goto(`trace/${CHECKOUT_TIMEOUT}?source=demo`);
    await tp.loaded();
    const nameWidth = async () => (await tp.rows.first().locator('.wf-name').boundingBox())!.width;
    const bodyWidth = async () => (await tp.body.boundingBox())!.width;
    // The waterfall keeps 200 px for the timeline, whatever width was remembered.
    await expect.poll(async () => (await bodyWidth()) - (await nameWidth())).toBeGreaterThanOrEqual(199);
    await page.setViewportSize({ width: 1800, height: 800 });
    await expect.poll(nameWidth).toBeCloseTo(1100, -1);
    await page.setViewportSize({ width: 1000, height: 800 });
    await expect.poll(async () => (await bodyWidth()) - (await nameWidth())).toBeGreaterThanOrEqual(199);
  });

  test('a link to a span of another trace opens that trace with the span selected', async ({ page }, info) => {
    const tp = tracePage(page);
    const consumer = DEMO_TRACE_IDS.orderConsumed[0];
    const producerTrace = DEMO_TRACE_IDS.orderPublished[0];
    await page.goto(`trace/${consumer}?source=demo`);
    await tp.loaded();
    await tp.rows.first().click();
    const link = page.getByTestId('external-trace-link').first();
    await expect(link).toBeVisible();
    await snap(page, 'trace-consumer-links', info);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/trace/${producerTrace}\\?source=demo&span=[0-9a-f]{16}`));
    await tp.loaded();
    await expect(tp.selectedRow).toHaveCount(1);
    await expect(tp.details).toBeVisible();
  });

  test('the 5,000-span trace opens virtualized and scrolls', async ({ page }, info) => {
    const tp = tracePage(page);
    await page.goto(`trace/${DEMO_TRACE_IDS.bigTrace}?source=demo`);
    await tp.loaded();
    const total = await tp.shownCount();
    expect(total).toBeGreaterThan(4000);
    // Only the rows in view (plus overscan) are in the DOM.
    expect(await tp.rows.count()).toBeLessThan(120);
    await snap(page, 'trace-big-top', info);

    // Scroll through the whole list in steps; rows keep rendering.
    const box = await tp.body.boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 4000);
    await expect.poll(() => tp.body.evaluate((el) => el.scrollTop)).toBeGreaterThan(10_000);
    await tp.body.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    expect(await tp.rows.count()).toBeGreaterThan(10);
    await expect(tp.rows.last()).toBeInViewport();
    await tp.rows.last().click();
    await expect(tp.details).toBeVisible();
    await snap(page, 'trace-big-bottom', info);

    // Reload: the span near the end is selected and scrolled into view again.
    const uid = await tp.selectedRow.getAttribute('data-span-uid');
    await page.reload();
    await tp.loaded();
    await expect(tp.selectedRow).toHaveAttribute('data-span-uid', uid!);
    await expect(tp.selectedRow).toBeInViewport();
  });

  test('the services sit on one line; "+N more" opens all of them', async ({ page }, info) => {
    // Narrow enough that the big trace's services do not fit on one line.
    await page.setViewportSize({ width: 700, height: 800 });
    const tp = tracePage(page);
    await page.goto(`trace/${DEMO_TRACE_IDS.bigTrace}?source=demo`);
    await tp.loaded();
    const list = page.getByTestId('trace-services');
    const pills = list.locator('.th-pill');
    const serviceCount = Number(await page.locator('.th-stat', { hasText: 'Services' }).locator('dd').textContent());
    await expect(pills).toHaveCount(serviceCount);
    const oneLine = (await list.boundingBox())!.height;
    const more = page.getByTestId('trace-services-more');
    // The pills below the first line are cut off, and counted on the button.
    const firstTop = (await pills.first().boundingBox())!.y;
    const tops = await pills.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().y));
    const cut = tops.filter((y) => y > firstTop + 1).length;
    expect(cut).toBeGreaterThan(0);
    await expect(more).toHaveText(`+${cut} more`);
    const rowsTop = (await tp.rows.first().boundingBox())!.y;

    await more.click();
    await expect(more).toHaveText('Fewer');
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    expect((await list.boundingBox())!.height).toBeGreaterThan(oneLine * 1.5);
    await expect(pills.last()).toBeInViewport();
    await snap(page, 'trace-services-open', info);

    await more.click();
    await expect(more).toHaveText(`+${cut} more`);
    expect((await list.boundingBox())!.height).toBe(oneLine);
    expect((await tp.rows.first().boundingBox())!.y).toBe(rowsTop);
  });

  test('in a narrow window the trace id gives way before the root’s name, and is still copied whole', async ({ page }, info) => {
    // The root's name, the whole id and Export need ~640 px here.
    await page.setViewportSize({ width: 540, height: 800 });
    const tp = tracePage(page);
    await page.goto(`trace/${CHECKOUT_TIMEOUT}?source=demo`);
    await tp.loaded();
    const title = page.getByTestId('trace-title');
    const id = page.getByTestId('trace-id');
    const fits = (el: Element) => el.scrollWidth <= el.clientWidth;
    expect(await title.evaluate(fits)).toBe(true);
    expect(await id.evaluate(fits)).toBe(false);
    // Cut, not gone: its first characters show, and all of it is its text and its tooltip.
    expect((await id.boundingBox())!.width).toBeGreaterThan(50);
    await expect(id).toHaveText(CHECKOUT_TIMEOUT);
    await expect(id).toHaveAttribute('title', `Trace id ${CHECKOUT_TIMEOUT}`);
    await snap(page, 'trace-header-narrow', info);
  });

  test('data warnings are listed and link to their spans', async ({ page }, info) => {
    const tp = tracePage(page);
    await page.goto(`trace/${DEMO_TRACE_IDS.orphanSpan}?source=demo`);
    await tp.loaded();
    await page.getByTestId('trace-warnings-button').click();
    const list = page.getByTestId('trace-warnings');
    await expect(list).toContainText('orphan');
    await snap(page, 'trace-warnings', info);
    await list.locator('button').first().click();
    await expect(tp.details).toBeVisible();
    await expect(page.getByTestId('span-warnings')).toContainText('orphan');
  });

  test('a trace id that does not exist says so', async ({ page }, info) => {
    await page.goto('trace/00000000000000000000000000000bad?source=demo');
    const panel = page.getByTestId('error-panel');
    await expect(panel).toBeVisible({ timeout: 30_000 });
    await expect(panel).toHaveAttribute('data-kind', 'not-found');
    await expect(panel).toContainText('Not found');
    await snap(page, 'trace-not-found', info);
  });

  test('dark theme', async ({ page }, info) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const tp = tracePage(page);
    await page.goto(`trace/${DEMO_TRACE_IDS.reviewsNPlusOne[0]}?source=demo`);
    await tp.loaded();
    await tp.rows.nth(1).click();
    await expect(tp.details).toBeVisible();
    await snap(page, 'trace-dark', info);
  });
});
