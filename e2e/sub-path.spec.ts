import { expect, test } from '@playwright/test';
import { SearchPageObject } from './pages/search-page';
import { snap } from './support/screenshot';

// Served by the second web server under /portal/tracescope/ (playwright.config.ts).
const BIG_TRACE = '5000c1a77211a1bfb9a6610414e5207e';
const CHECKOUT = '59cd7d9cabceb5b01c9bad3150a0db28';

test.describe('served from a sub-path', () => {
  test('a deep link to a trace loads assets and the trace', async ({ page }, info) => {
    const failed: string[] = [];
    const configRequests: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    const misplaced: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/config.json')) configRequests.push(r.url());
      // Assets resolved against the deep link instead of the app root (the preload scanner
      // reading ahead of <base>): none.
      if (r.url().includes('/trace/assets/')) misplaced.push(r.url());
    });
    await page.goto(`trace/${CHECKOUT}?source=demo`);
    await expect(page).toHaveURL(new RegExp(`/portal/tracescope/trace/${CHECKOUT}\\?source=demo`));
    await expect(page.getByTestId('span-row').first()).toBeVisible();
    expect(await page.evaluate(() => document.baseURI)).toMatch(/\/portal\/tracescope\/$/);
    expect(failed).toEqual([]);
    expect(misplaced).toEqual([]);
    // index.html asks for config.json before the app's code loads, at the app root, and the
    // app reads that answer rather than asking again.
    expect(configRequests).toEqual([new URL('config.json', page.url().replace(/trace\/.*$/, '')).href]);
    await snap(page, 'sub-path-trace', info);
  });

  test('root redirects to search, and navigation keeps the prefix', async ({ page }) => {
    const search = new SearchPageObject(page);
    await page.goto('./');
    await expect(page).toHaveURL(/\/portal\/tracescope\/search\?/);
    await expect(search.results.first()).toBeVisible();
    await search.results.first().click();
    await expect(page).toHaveURL(/\/portal\/tracescope\/trace\/[0-9a-f]{32}\?source=demo/);
    await page.reload();
    await expect(page.getByTestId('span-row').first()).toBeVisible();
  });

  test('a deep link to a search keeps its parameters', async ({ page }) => {
    const search = new SearchPageObject(page);
    await search.goto('source=demo&lookback=2d&limit=5&sort=longest');
    await expect(search.results).toHaveCount(5);
    await expect(page).toHaveURL(/\/portal\/tracescope\/search\?.*sort=longest/);
    await page.getByTestId('trace-id-input').fill(BIG_TRACE);
    await page.getByTestId('trace-id-input').press('Enter');
    await expect(page).toHaveURL(new RegExp(`/portal/tracescope/trace/${BIG_TRACE}`));
  });
});

test.describe('hash routing (config "routing": "hash") for hosts without rewrites', () => {
  test('deep links live in the hash, under the sub-path', async ({ page }) => {
    await page.route('**/config.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ sources: [{ id: 'demo', name: 'Demo', type: 'demo' }], routing: 'hash' }),
      }),
    );
    await page.goto(`./#/trace/${CHECKOUT}?source=demo`);
    await expect(page.getByTestId('span-row').first()).toBeVisible();
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/portal\/tracescope\/#\/search\?source=demo/);
    const search = new SearchPageObject(page);
    await expect(search.results.first()).toBeVisible();
    await search.results.first().click();
    await expect(page).toHaveURL(/\/portal\/tracescope\/#\/trace\/[0-9a-f]{32}\?source=demo/);
  });
});
