import { expect, test } from '@playwright/test';
import { DEMO_TRACE_IDS } from '../src/adapters/demo/demo-trace-ids';
import { snap } from './support/screenshot';

// Jaeger UI's links, with Tracescope in place of Jaeger UI's prefix, on the demo source.

const CHECKOUT_OK = DEMO_TRACE_IDS.checkout[0];
const CHECKOUT_TIMEOUT = DEMO_TRACE_IDS.checkoutTimeout[0];
const firstRow = (page: import('@playwright/test').Page) =>
  expect(page.getByTestId('span-row').first()).toBeVisible({ timeout: 30_000 });

test.describe('Jaeger UI links', () => {
  test('/search?service=…&lookback=… opens the search with results', async ({ page }) => {
    await page.goto('search?service=api-gateway&lookback=1h&limit=20');
    await expect(page.getByTestId('trace-result').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('header-source-picker')).toBeVisible();
  });

  test('/search?traceID=a&traceID=b lists those traces, fetched by id', async ({ page }, info) => {
    await page.goto(`search?traceID=${CHECKOUT_OK}&traceID=${CHECKOUT_TIMEOUT.toUpperCase()}&traceID=nope`);
    const list = page.getByTestId('trace-id-list');
    await expect(list).toBeVisible();
    const rows = page.getByTestId('trace-list-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('api-gateway');
    await expect(rows.nth(1)).toHaveAttribute('data-trace-id', CHECKOUT_TIMEOUT);
    await expect(rows.nth(1)).toContainText('Demo');
    await expect(list).toContainText('"nope"');
    await snap(page, 'jaeger-trace-id-list', info);
    await rows.nth(1).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/trace/${CHECKOUT_TIMEOUT}\\?source=demo$`));
    await firstRow(page);
  });

  test('/trace/<id>?uiFind=… opens the trace (looked up without a source) and keeps uiFind', async ({ page }) => {
    await page.goto(`trace/${CHECKOUT_TIMEOUT}?uiFind=payments`);
    await firstRow(page);
    await expect(page).toHaveURL(/[?&]source=demo/);
    await expect(page).toHaveURL(/[?&]uiFind=payments/);
    await expect(page.getByTestId('trace-title')).toContainText('api-gateway');
  });

  test('/trace/<a>...<b> opens the comparison', async ({ page }) => {
    await page.goto(`trace/${CHECKOUT_OK}...${CHECKOUT_TIMEOUT}`);
    await expect(page).toHaveURL(new RegExp(`/compare/${CHECKOUT_OK}\\.\\.\\.${CHECKOUT_TIMEOUT}$`));
    await expect(page.getByTestId('compare-view')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('compare-side-a')).toContainText(CHECKOUT_OK);
    await expect(page.getByTestId('compare-side-b')).toContainText(CHECKOUT_TIMEOUT);
  });

  test('uiEmbed=v0 with uiTimeline… and uiTheme opens embed mode', async ({ page }, info) => {
    await page.goto(
      `trace/${CHECKOUT_TIMEOUT}?source=demo&uiEmbed=v0&uiTimelineHideMinimap=1&uiTimelineHideSummary=1&uiTheme=dark`,
    );
    await firstRow(page);
    await expect(page.locator('header.header')).toHaveCount(0);
    await expect(page.getByTestId('open-in-tracescope')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('.th-stats')).toBeHidden();
    await expect(page.getByTestId('minimap')).toBeHidden();
    await snap(page, 'jaeger-embed-dark', info);
  });

  test('/dependencies opens the dependencies page', async ({ page }) => {
    await page.goto('dependencies');
    await expect(page).toHaveURL(/\/dependencies/);
    await expect(page.getByTestId('not-found')).toHaveCount(0);
  });
});
