import { expect, test, type Page } from '@playwright/test';
import { DEMO_TRACE_IDS } from '../src/adapters/demo/demo-trace-ids';
import { snap } from './support/screenshot';
import { barMiddleLines, darkened } from './support/timeline-pixels';

// In-trace search, quick filters, critical path, clock-skew adjustment and the data-quality
// panel, on the demo source's known traces.

const CHECKOUT_TIMEOUT = DEMO_TRACE_IDS.checkoutTimeout[0];

function tp(page: Page) {
  return {
    rows: page.getByTestId('span-row'),
    search: page.getByTestId('trace-search'),
    count: page.getByTestId('match-count'),
    selectedRow: page.locator('[data-testid="span-row"][aria-selected="true"]'),
    matchRows: page.locator('[data-testid="span-row"].is-match'),
    loaded: () => expect(page.getByTestId('span-row').first()).toBeVisible({ timeout: 30_000 }),
    async matchCount(): Promise<number> {
      const text = (await this.count.textContent()) ?? '';
      return Number(text.replace(/,/g, '').match(/^(\d+) match/)?.[1] ?? NaN);
    },
    async shown(): Promise<number> {
      const text = (await page.getByTestId('row-count').textContent()) ?? '';
      return Number(text.replace(/,/g, '').match(/^\d+/)?.[0] ?? NaN);
    },
  };
}

test.describe('in-trace filter and critical path', () => {
  test('a query counts and highlights matches; next/previous select them; matches only keeps ancestors', async ({ page }) => {
    test.slow(); // many steps; the shared machine is often busy
    const t = tp(page);
    await page.goto(`trace/${CHECKOUT_TIMEOUT}?source=demo`);
    await t.loaded();
    const total = await t.rows.count();
    await expect(t.count).toHaveText('');

    await t.search.fill('service=payments');
    await expect(t.count).toHaveText(/^\d+ match(es)?$/);
    const n = await t.matchCount();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(total);
    await expect(t.matchRows).toHaveCount(n);
    await expect(t.matchRows.first()).toContainText('payments');

    // Enter in the box and the buttons step through the matches, selecting each.
    await t.search.press('Enter');
    await expect(t.selectedRow).toHaveClass(/is-match/);
    const first = await t.selectedRow.getAttribute('data-span-uid');
    await expect(page.getByTestId('match-position')).toHaveText(`1 / ${n}`);
    await page.getByTestId('match-next').click();
    await expect(page.getByTestId('match-position')).toHaveText(n > 1 ? `2 / ${n}` : `1 / ${n}`);
    await page.getByTestId('match-prev').click();
    await expect(t.selectedRow).toHaveAttribute('data-span-uid', first!);
    // n / N from the waterfall (not typing in a field).
    await page.getByTestId('waterfall-body').focus();
    await page.keyboard.press('n');
    await expect(page.getByTestId('match-position')).toHaveText(n > 1 ? `2 / ${n}` : `1 / ${n}`);
    await page.keyboard.press('Shift+N');
    await expect(t.selectedRow).toHaveAttribute('data-span-uid', first!);

    // Matches only: the matches plus their ancestors, fewer than all rows.
    await page.getByTestId('matches-only').check();
    await expect(page.getByTestId('row-count')).toContainText('of');
    const shown = await t.shown();
    expect(shown).toBeGreaterThanOrEqual(n);
    expect(shown).toBeLessThan(total);
    await expect(t.rows).toHaveCount(shown);
    await expect(t.matchRows).toHaveCount(n);

    // The URL holds the filter; a reload shows the same rows.
    await expect(page).toHaveURL(/find=service%3Dpayments/);
    await expect(page).toHaveURL(/only=1/);
    await page.reload();
    await t.loaded();
    await expect(t.search).toHaveValue('service=payments');
    await expect(t.rows).toHaveCount(shown);
  });

  test('a syntax error is shown at its place without blocking typing', async ({ page }) => {
    const t = tp(page);
    await page.goto(`trace/${CHECKOUT_TIMEOUT}?source=demo`);
    await t.loaded();
    await t.search.fill('status=error');
    await expect(t.count).toHaveText(/^\d+ match/);
    const before = await t.count.textContent();
    await t.search.fill('status=error and (');
    await expect(page.getByTestId('trace-search-error')).toBeVisible();
    await expect(page.getByTestId('trace-search-error-mark')).toBeAttached();
    // The last valid query keeps filtering meanwhile.
    await expect(t.count).toHaveText(before!);
    await t.search.pressSequentially('kind=client)');
    await expect(page.getByTestId('trace-search-error')).toHaveCount(0);
    await expect(t.count).toHaveText(/^\d+ match/);
  });

  test("Jaeger's uiFind with a span id opens on that span, highlighted", async ({ page }) => {
    const t = tp(page);
    await page.goto(`trace/${CHECKOUT_TIMEOUT}?source=demo`);
    await t.loaded();
    const uid = (await t.rows.nth(3).getAttribute('data-span-uid'))!;
    await page.goto(`trace/${CHECKOUT_TIMEOUT}?source=demo&uiFind=${uid}`);
    await t.loaded();
    await expect(t.count).toHaveText('1 match');
    await expect(t.selectedRow).toHaveAttribute('data-span-uid', uid);
    await expect(t.selectedRow).toHaveClass(/is-match/);
    await expect(t.search).toHaveValue(uid);
  });

  test('quick filters: errors and slowest spans', async ({ page }) => {
    const t = tp(page);
    await page.goto(`trace/${CHECKOUT_TIMEOUT}?source=demo`);
    await t.loaded();
    await page.getByTestId('quick-filter-errors').click();
    await expect(page).toHaveURL(/qf=errors/);
    const errors = await t.matchCount();
    expect(errors).toBeGreaterThan(0);
    await expect(t.matchRows).toHaveCount(errors);
    expect(await page.locator('[data-testid="span-row"].is-match.is-error').count()).toBe(errors);
    await page.getByTestId('quick-filter-slowest').click();
    await expect(page).toHaveURL(/qf=slowest/);
    await expect(t.count).toHaveText(/^\d+ match/);
    await page.getByTestId('quick-filter-slowest').click();
    await expect(t.count).toHaveText('');
  });

  test('critical path: bands on the bars, only-critical filter, stepping, share by service', async ({ page }, info) => {
    test.slow(); // many steps; the shared machine is often busy
    const t = tp(page);
    await page.goto(`trace/${CHECKOUT_TIMEOUT}?source=demo`);
    await t.loaded();
    await expect(page.locator('[data-testid="span-row"].is-critical')).toHaveCount(0);
    const plain = await barMiddleLines(page, 19);
    await page.getByTestId('cp-toggle').click();
    await expect(page).toHaveURL(/cp=1/);
    // The bars get dark bands where they are on the path (painted on the timeline canvas):
    // most of the 5 s goes to the payment call's retries.
    await expect.poll(async () => darkened(plain, await barMiddleLines(page, 19))).toBeGreaterThan(500);
    const criticalRows = await page.locator('[data-testid="span-row"].is-critical').count();
    expect(criticalRows).toBeGreaterThan(1);
    // The root is always on the path.
    await expect(t.rows.first()).toHaveClass(/is-critical/);

    await page.getByTestId('cp-next').click();
    await expect(t.selectedRow).toHaveClass(/is-critical/);
    const a = await t.selectedRow.getAttribute('data-span-uid');
    await page.getByTestId('cp-next').click();
    await expect(t.selectedRow).not.toHaveAttribute('data-span-uid', a!);
    await expect(t.selectedRow).toHaveClass(/is-critical/);

    await page.getByTestId('cp-share').click();
    const table = page.getByTestId('cp-share-table');
    await expect(table).toContainText('%');
    await expect(table).toContainText('api-gateway');
    await snap(page, 'filter-critical-share-checkout', info);
    await page.keyboard.press('Escape');

    // Only the critical path: every ancestor of a critical span is critical, so the rows
    // shown are exactly the critical spans.
    await page.getByTestId('quick-filter-critical').click();
    await page.getByTestId('matches-only').check();
    await expect(t.rows).toHaveCount(criticalRows);
    await expect(t.count).toHaveText(`${criticalRows} matches`);

    // Pasting the URL opens the same view.
    const url = page.url();
    const other = await page.context().newPage();
    await other.goto(url);
    await expect(other.getByTestId('span-row').first()).toBeVisible({ timeout: 30_000 });
    await expect(other.getByTestId('span-row')).toHaveCount(criticalRows);
    await expect(other.locator('[data-testid="span-row"].is-critical')).toHaveCount(criticalRows);
    const banded = await barMiddleLines(other, criticalRows);
    await other.getByTestId('cp-toggle').click();
    await expect(other.locator('[data-testid="span-row"].is-critical')).toHaveCount(0);
    expect(darkened(await barMiddleLines(other, criticalRows), banded)).toBeGreaterThan(500);
    await other.close();
  });

  test('clock skew: detected, adjusted on demand, adjusted spans marked', async ({ page }, info) => {
    const t = tp(page);
    await page.goto(`trace/${DEMO_TRACE_IDS.clockSkew}?source=demo`);
    await t.loaded();
    const toggle = page.getByTestId('skew-toggle');
    await expect(toggle).not.toBeChecked();
    await expect(page.getByTestId('skew-mark')).toHaveCount(0);
    await page.getByTestId('trace-warnings-button').click();
    const panel = page.getByTestId('trace-warnings');
    await expect(panel.locator('[data-category="clock-skew"]')).toContainText('inventory');
    await page.keyboard.press('Escape');

    await toggle.check();
    await expect(page).toHaveURL(/skew=1/);
    const marks = page.getByTestId('skew-mark');
    await expect(marks.first()).toBeVisible();
    await expect(marks.first()).toHaveAttribute('title', /Clock skew: shown shifted by \+/);
    await snap(page, 'filter-clock-skew-adjusted', info);
    await page.reload();
    await t.loaded();
    await expect(page.getByTestId('skew-toggle')).toBeChecked();
    await expect(page.getByTestId('skew-mark').first()).toBeVisible();
    await page.getByTestId('skew-toggle').uncheck();
    await expect(page.getByTestId('skew-mark')).toHaveCount(0);
  });

  test('the data-quality panel links select the orphan span', async ({ page }, info) => {
    const t = tp(page);
    await page.goto(`trace/${DEMO_TRACE_IDS.orphanSpan}?source=demo`);
    await t.loaded();
    await page.getByTestId('trace-warnings-button').click();
    const group = page.locator('[data-testid="quality-group"][data-category="orphans"]');
    await expect(group).toContainText('Orphan spans');
    const link = group.getByTestId('quality-span-link').first();
    const uid = (await link.getAttribute('data-span-uid'))!;
    await snap(page, 'filter-quality-panel-orphan', info);
    await link.click();
    await expect(t.selectedRow).toHaveAttribute('data-span-uid', uid);
    await expect(t.selectedRow).toBeInViewport();
    await expect(t.selectedRow).toContainText('orders');
    await expect(page.getByTestId('span-warnings')).toContainText('orphan');
  });

  test('screenshots on the 5,000-span trace: search, matches only, critical path', async ({ page }, info) => {
    test.slow(); // many steps; the shared machine is often busy
    const t = tp(page);
    await page.goto(`trace/${DEMO_TRACE_IDS.bigTrace}?source=demo`);
    await t.loaded();
    await t.search.fill('duration>50ms');
    await expect(t.count).toHaveText(/^\d[\d,]* match/);
    await snap(page, 'filter-big-search', info);
    await page.getByTestId('matches-only').check();
    await page.getByTestId('cp-toggle').click();
    await expect(page.locator('[data-testid="span-row"].is-critical').first()).toBeVisible();
    await snap(page, 'filter-big-matches-only-critical', info);
    await page.getByTestId('matches-only').uncheck();
    await t.search.fill('');
    await expect(t.count).toHaveText('');
    await page.getByTestId('cp-next').click();
    await page.getByTestId('cp-next').click();
    await expect(t.selectedRow).toHaveClass(/is-critical/);
    await snap(page, 'filter-big-critical-step', info);
  });
});
