import { expect, test } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { SearchPageObject } from './pages/search-page';
import { snap } from './support/screenshot';

// The demo source: known ids, traces placed relative to "now" so "last hour" finds them.

test.describe('search (demo source)', () => {
  test('opens on the search page with results, scatter plot and stable URL', async ({ page }, info) => {
    const search = new SearchPageObject(page);
    await page.goto('./');
    await expect(page).toHaveURL(/\/search\?/);
    await expect(search.results.first()).toBeVisible();
    // The time window is fixed in the URL, so a reload shows the same search.
    const url = new URL(page.url());
    expect(url.searchParams.get('lookback')).toBe('1h');
    expect(Number(url.searchParams.get('end'))).toBeGreaterThan(Number(url.searchParams.get('start')));
    await expect(search.dots.first()).toBeVisible();
    expect(await search.dots.count()).toBe(await search.results.count());
    await expect(page.locator('.scatter__dot--error').first()).toBeVisible();
    await snap(page, 'search-demo', info);
  });

  test('the demo journey: search → results → open trace → reload → back', async ({ page }, info) => {
    const search = new SearchPageObject(page);
    await search.goto('source=demo');
    await search.pickService('checkout');
    await search.lookback.selectOption('6h');
    await search.limit.fill('50');
    await search.find();
    // The form writes the query (q=), which the URL keeps.
    await expect(page).toHaveURL(/q=service%3Dcheckout/);
    await expect(search.results.first()).toBeVisible();
    const titles = await search.results.locator('.result__service').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    const searchUrl = page.url();
    expect(searchUrl).toContain('lookback=6h');
    expect(searchUrl).toContain('limit=50');

    // Reload reproduces the form and the results.
    const idsBefore = await search.traceIds();
    await page.reload();
    await expect(search.service).toHaveValue('checkout');
    await expect(search.lookback).toHaveValue('6h');
    await expect(search.limit).toHaveValue('50');
    await expect(search.results.first()).toBeVisible();
    expect(await search.traceIds()).toEqual(idsBefore);

    // Open the first trace: URL names the trace and the source.
    const firstId = idsBefore[0]!;
    await search.results.first().click();
    await expect(page).toHaveURL(new RegExp(`/trace/${firstId}\\?source=demo`));
    await expect(page.getByTestId('span-row').first()).toBeVisible();
    await snap(page, 'trace-from-search', info);
    await page.reload();
    await expect(page.getByTestId('span-row').first()).toBeVisible();

    // Back returns to the same search.
    await page.goBack();
    await expect(page).toHaveURL(searchUrl);
    await expect(search.results.first()).toBeVisible();
    expect(await search.traceIds()).toEqual(idsBefore);
  });

  test('the scatter plot names a trace on hover and opens it on click', async ({ page }) => {
    const search = new SearchPageObject(page);
    await search.goto('source=demo');
    const dot = page.locator('.scatter__dot--error').first();
    await expect(dot).toBeVisible();
    const id = await dot.getAttribute('data-trace-id');
    await dot.dispatchEvent('mouseenter');
    await expect(page.getByRole('tooltip')).toContainText('errors');
    await dot.dispatchEvent('click');
    await expect(page).toHaveURL(new RegExp(`/trace/${id}\\?source=demo`));
    await expect(page.getByTestId('span-row').first()).toBeVisible();
  });

  test('sorting reorders the list and lives in the URL', async ({ page }) => {
    const search = new SearchPageObject(page);
    await search.goto('source=demo&lookback=2d&limit=100');
    await expect(search.results.first()).toBeVisible();
    // The URL changes in a transition, so the list may re-sort a frame later: poll the order
    // rather than reading it once.
    const isDescending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1]! >= x);
    const isAscending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1]! <= x);
    await search.sort.selectOption('longest');
    await expect(page).toHaveURL(/sort=longest/);
    await expect.poll(async () => isDescending(await search.durationsUs())).toBe(true);
    const longest = await search.durationsUs();
    expect(longest.length).toBeGreaterThan(3);
    expect(isAscending(longest)).toBe(false);
    await search.sort.selectOption('shortest');
    await expect(page).toHaveURL(/sort=shortest/);
    await expect.poll(async () => isAscending(await search.durationsUs())).toBe(true);
    const shortest = await search.durationsUs();
    expect(shortest).toEqual([...longest].sort((a, b) => a - b));
    await search.sort.selectOption('most-errors');
    await expect(search.results.first().getByTestId('result-errors')).toBeVisible();
  });

  test('filters by attribute and duration, and explains a bad field', async ({ page }) => {
    const search = new SearchPageObject(page);
    await search.goto('source=demo');
    await search.minDuration.fill('soon');
    await search.find();
    await expect(search.formProblem).toContainText('Min duration "soon" is not a duration');
    await search.minDuration.fill('1s');
    await search.tags.fill('error=');
    await search.find();
    await expect(page).toHaveURL(/q=attr.error%3D%22%22\+duration%3E%3D1s/);
    await search.tags.fill('oops');
    await search.find();
    await expect(search.formProblem).toContainText('"oops" needs a value');
  });

  test('a search that matches nothing says what to try', async ({ page }) => {
    const search = new SearchPageObject(page);
    await search.goto('source=demo');
    await search.minDuration.fill('1h');
    await search.find();
    await expect(search.empty).toContainText('No traces match');
    await expect(search.empty).toContainText('Widen the time range');
  });

  test('opens a Jaeger UI search link (JSON tags)', async ({ page }) => {
    const search = new SearchPageObject(page);
    const end = Date.now() * 1000;
    const start = end - 3600e6;
    await search.goto(
      `source=demo&service=checkout&lookback=custom&start=${start}&end=${end}&limit=20` +
        `&tags=${encodeURIComponent('{"error":"true"}')}`,
    );
    await expect(search.tags).toHaveValue('error=true');
    await expect(search.lookback).toHaveValue('custom');
    await expect(page.getByTestId('start-input')).toBeVisible();
  });

  test('the trace-id box opens a trace; a bad id is refused', async ({ page }) => {
    const shell = new AppShell(page);
    const search = new SearchPageObject(page);
    await search.goto('source=demo');
    await shell.openTraceById('not-an-id!');
    await expect(page.getByText('not a trace id')).toBeVisible();
    await expect(page).toHaveURL(/\/search/);
    await shell.openTraceById('5000C1A77211A1BFB9A6610414E5207E');
    await expect(page).toHaveURL(/\/trace\/5000c1a77211a1bfb9a6610414e5207e\?source=demo/);
  });

  test('an unknown source is explained, not blank', async ({ page }, info) => {
    const search = new SearchPageObject(page);
    await page.goto('search?source=nope&start=1&end=2');
    await expect(search.errorPanel).toContainText('There is no source "nope" in config.json');
    await snap(page, 'unknown-source', info);
  });

  test('the theme toggle is remembered', async ({ page }, info) => {
    await page.goto('search?source=demo');
    const toggle = page.getByRole('button', { name: /Theme:/ });
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByTestId('trace-result').first()).toBeVisible();
    await snap(page, 'search-dark', info);
  });

  test('follows the system dark preference without a stored choice', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('search?source=demo');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(17, 19, 24)');
  });
});

test('a custom range without dates waits for the user instead of looping', async ({ page }) => {
  const search = new SearchPageObject(page);
  await search.goto('source=demo&lookback=custom');
  await expect(search.empty).toContainText('Find traces');
  await expect(page.getByTestId('start-input')).toBeVisible();
});
