import { expect, test, type Page } from '@playwright/test';
import { DEMO_TRACE_IDS } from '../src/adapters/demo/demo-trace-ids';
import { AppShell } from './pages/app-shell';
import { failBackend } from './support/backend-errors';
import { routeConfig } from './support/config';
import { otlpFile } from './support/otlp-file';
import { snap } from './support/screenshot';

// A trace id looked up in every configured source at once: two demo sources (both have every
// demo trace) and a Jaeger that refuses connections.

const TRACE = DEMO_TRACE_IDS.checkoutTimeout[0];
const UNKNOWN = '0123456789abcdef0123456789abcdef';

async function threeSources(page: Page) {
  await routeConfig(page, {
    sources: [
      { id: 'demo', name: 'Demo', type: 'demo' },
      { id: 'mirror', name: 'Demo mirror', type: 'demo' },
      { id: 'jaeger', name: 'Jaeger (down)', type: 'jaeger', url: 'backends/jaeger', timeoutMs: 3000 },
    ],
    defaultSource: 'demo',
  });
  await failBackend(page, 'jaeger', 'refused');
}

test.describe('trace id in every source', () => {
  test('the header box opens the first source that has it, names the others, and merges', async ({ page }, info) => {
    await threeSources(page);
    await page.goto('search?source=demo');
    await page.getByTestId('trace-id-input').fill(TRACE.toUpperCase());
    await page.getByTestId('trace-id-input').press('Enter');
    await expect(page.getByTestId('span-row').first()).toBeVisible({ timeout: 30_000 });
    await expect(page).toHaveURL(new RegExp(`/trace/${TRACE}\\?source=(demo|mirror)$`));
    const shown = new URL(page.url()).searchParams.get('source');
    const other = shown === 'demo' ? 'Demo mirror' : 'Demo';
    const banner = page.getByTestId('found-elsewhere-banner');
    await expect(banner).toContainText(`Also found in ${other}`);
    await expect(banner).not.toContainText('Jaeger');
    const spans = await page.getByTestId('trace-span-count').textContent();
    await snap(page, 'cross-source-banner', info);
    // Selecting a span rewrites the URL: the banner stays.
    await page.getByTestId('span-row').nth(1).click();
    await expect(page).toHaveURL(/[?&]span=/);
    await expect(banner).toBeVisible();

    await page.getByTestId('merge-sources').click();
    await expect(page).toHaveURL(/[?&]source=demo%2Cmirror/);
    await expect(page.getByTestId('merged-banner')).toContainText('Merged from Demo + Demo mirror');
    await expect(page.getByTestId('span-row').first()).toBeVisible({ timeout: 30_000 });
    // The mirror's copies are the same spans: removed as duplicates.
    await expect(page.getByTestId('trace-span-count')).toHaveText(spans ?? '');
    await snap(page, 'cross-source-merged', info);

    // Back to one source from the merged view.
    await page.getByTestId('merged-banner').getByRole('link', { name: 'only Demo mirror' }).click();
    await expect(page).toHaveURL(/[?&]source=mirror(&|$)/);
  });

  test('an opened file that holds the trace is named beside the sources, and left out of the merge', async ({ page }, info) => {
    await threeSources(page);
    const shell = new AppShell(page);
    await page.goto('search?source=demo');
    await expect(page.getByTestId('search-form')).toBeVisible();
    await shell.dropFile('copy.json', otlpFile([TRACE]));
    await expect(page).toHaveURL(new RegExp(`/trace/${TRACE}\\?source=file%3Acopy\\.json`));
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await shell.openTraceById(TRACE);
    await expect(page.getByTestId('span-row').first()).toBeVisible({ timeout: 30_000 });
    const banner = page.getByTestId('found-elsewhere-banner');
    await expect(banner).toBeVisible({ timeout: 30_000 });
    // Whichever answered first is shown; the banner names the others, the file among them
    // unless it is the one shown, and merges only the two configured sources.
    const shown = new URL(page.url()).searchParams.get('source');
    if (shown !== 'file:copy.json') await expect(banner).toContainText('copy.json');
    await expect(page.getByTestId('merge-sources')).toHaveText('merge 2 sources into one view');
    await snap(page, 'cross-source-with-file', info);
    await page.getByTestId('merge-sources').click();
    await expect(page).toHaveURL(/[?&]source=demo%2Cmirror(&|$)/);
  });

  test('a merged link opens on its own', async ({ page }) => {
    await threeSources(page);
    await page.goto(`trace/${TRACE}?source=mirror,demo`);
    await expect(page.getByTestId('span-row').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('merged-banner')).toContainText('Demo mirror + Demo');
    // The header's source picker names the merged view, not "demo,mirror (unknown)".
    await expect(page.getByTestId('header-source-picker').locator('option:checked')).toHaveText('Demo mirror + Demo');
  });

  test('not found anywhere: each source says why', async ({ page }, info) => {
    await threeSources(page);
    await page.goto(`trace/${UNKNOWN}`);
    const box = page.getByTestId('lookup-not-found');
    await expect(box).toBeVisible({ timeout: 30_000 });
    await expect(box).toContainText(`Trace ${UNKNOWN} was not found in any source`);
    await expect(box.locator('[data-source="demo"]')).toContainText('not found');
    await expect(box.locator('[data-source="mirror"]')).toContainText('not found');
    await expect(box.locator('[data-source="jaeger"]')).toContainText(/unreachable|cors/);
    await snap(page, 'cross-source-not-found', info);
  });
});
