import { expect, test } from '@playwright/test';
import { DEMO_TRACE_IDS } from '../src/adapters/demo/demo-trace-ids';
import { snap } from './support/screenshot';

// Compare two demo traces: aligned by service + operation path, in the URL.

const CHECKOUT_OK = DEMO_TRACE_IDS.checkout[0];
const CHECKOUT_TIMEOUT = DEMO_TRACE_IDS.checkoutTimeout[0];
const [REVIEWS_A, REVIEWS_B] = DEMO_TRACE_IDS.reviewsNPlusOne;

test.describe('compare', () => {
  test('a fast and a timed-out checkout: changes, Δ and %, critical path', async ({ page }, info) => {
    await page.goto(`compare/${CHECKOUT_OK}...${CHECKOUT_TIMEOUT}?source=demo`);
    await expect(page.getByTestId('compare-view')).toBeVisible({ timeout: 30_000 });
    const rows = page.getByTestId('diff-row');
    await expect(rows.first()).toContainText('api-gateway');
    // The root is slower in B: a positive Δ.
    await expect(rows.first().getByTestId('diff-delta')).toContainText('+');
    await expect(page.locator('[data-testid="diff-row"][data-change="changed"]').first()).toBeVisible();
    await expect(page.getByTestId('critical-diff')).toContainText('payments');
    await snap(page, 'compare-checkout', info);

    await page.getByTestId('only-changes').check();
    await expect(page).toHaveURL(/[?&]only=1/);
    await expect(page.locator('[data-testid="diff-row"][data-change="same"]')).toHaveCount(0);
    // The URL alone restores the view.
    await page.reload();
    await expect(page.getByTestId('only-changes')).toBeChecked({ timeout: 30_000 });
  });

  test('an N+1 loop shows as a count change on one row', async ({ page }, info) => {
    await page.goto(`compare/${REVIEWS_A}...${REVIEWS_B}?source=demo&only=1`);
    await expect(page.getByTestId('compare-view')).toBeVisible({ timeout: 30_000 });
    const loop = page.getByTestId('diff-row').filter({ hasText: 'SELECT catalog.reviews' }).first();
    await expect(loop).toContainText(/\d+→\d+ spans/);
    await expect(loop).toContainText('→');
    await snap(page, 'compare-n-plus-one', info);
  });

  test("a row's A and B figures open that span in its own trace", async ({ page }) => {
    await page.goto(`compare/${CHECKOUT_OK}...${CHECKOUT_TIMEOUT}?source=demo&only=1`);
    await expect(page.getByTestId('compare-view')).toBeVisible({ timeout: 30_000 });
    const changed = page.locator('[data-testid="diff-row"][data-change="changed"]').nth(1);
    const name = (await changed.locator('.diff-name').textContent())!;
    await changed.getByTestId('diff-b').getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/trace/${CHECKOUT_TIMEOUT}\\?source=demo&span=[0-9a-f]+`));
    // The span is selected and its details name the same operation.
    await expect(page.getByTestId('span-details')).toContainText(name);
    await page.goBack();
    await expect(page.getByTestId('compare-view')).toBeVisible();
    await changed.getByTestId('diff-a').getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/trace/${CHECKOUT_OK}\\?source=demo&span=`));
    await expect(page.getByTestId('span-details')).toContainText(name);
  });

  test('two results picked on the search page open in compare', async ({ page }) => {
    await page.goto(`search?source=demo&q=${encodeURIComponent('service=catalog')}`);
    const checks = page.getByTestId('compare-check');
    await expect(checks.nth(1)).toBeVisible({ timeout: 30_000 });
    await checks.nth(0).check();
    await checks.nth(1).check();
    await page.getByTestId('compare-button').click();
    await expect(page).toHaveURL(/\/compare\/[0-9a-f]{32}\.\.\.[0-9a-f]{32}/);
    await expect(page.getByTestId('compare-view')).toBeVisible({ timeout: 30_000 });
  });

  test('a trace compared with itself has no differences', async ({ page }) => {
    await page.goto(`compare/${CHECKOUT_OK}...${CHECKOUT_OK}?source=demo&only=1`);
    await expect(page.getByTestId('compare-identical')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('compare-summary')).toContainText('0 changed');
  });

  test('picked from a result list with the compare checkboxes', async ({ page }) => {
    await page.goto(`search?source=demo&traceID=${CHECKOUT_OK}&traceID=${CHECKOUT_TIMEOUT}`);
    const rows = page.getByTestId('trace-list-row');
    await expect(rows.nth(1)).toContainText('api-gateway', { timeout: 30_000 });
    await rows.nth(0).getByTestId('compare-check').check();
    await expect(page.getByTestId('compare-button')).toBeDisabled();
    await rows.nth(1).getByTestId('compare-check').check();
    await page.getByTestId('compare-button').click();
    await expect(page).toHaveURL(new RegExp(`/compare/${CHECKOUT_OK}\\.\\.\\.${CHECKOUT_TIMEOUT}\\?source=demo`));
    await expect(page.getByTestId('compare-view')).toBeVisible({ timeout: 30_000 });
  });

  test('a link with one id explains what a comparison needs', async ({ page }) => {
    await page.goto(`compare/${CHECKOUT_OK}?source=demo`);
    await expect(page.getByTestId('compare-bad-link')).toContainText('two trace ids');
  });
});
