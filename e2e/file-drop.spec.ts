import { expect, test } from '@playwright/test';
import { AppShell } from './pages/app-shell';
import { SearchPageObject } from './pages/search-page';
import { otlpFile } from './support/otlp-file';
import { snap } from './support/screenshot';

const ONE = '0af7651916cd43dd8448eb211c80319c';
const TWO = '4bf92f3577b34da6a3ce929d0e0e4736';

test.describe('trace files', () => {
  test('dropping a one-trace file opens the trace', async ({ page }, info) => {
    const shell = new AppShell(page);
    await page.goto('search?source=demo');
    await expect(page.getByTestId('search-form')).toBeVisible();
    await shell.dropFile('one-trace.json', otlpFile([ONE]));
    await expect(page).toHaveURL(new RegExp(`/trace/${ONE}\\?source=file%3Aone-trace\\.json`));
    await expect(page.getByTestId('span-row')).toHaveCount(2);
    await expect(page.getByText('SELECT cart').first()).toBeVisible();
    await snap(page, 'file-drop-one-trace', info);
  });

  test('a file with several traces opens as a result list', async ({ page }, info) => {
    const shell = new AppShell(page);
    const search = new SearchPageObject(page);
    await page.goto('search?source=demo');
    await expect(search.form).toBeVisible();
    await shell.dropFile('two-traces.json', otlpFile([ONE, TWO]));
    await expect(page).toHaveURL(/\/search\?source=file%3Atwo-traces\.json/);
    await expect(search.results).toHaveCount(2);
    await expect(page.getByTestId('search-notes')).toContainText('time range is ignored');
    await expect(page.getByTestId('header-source-picker')).toHaveValue('file:two-traces.json');
    await snap(page, 'file-drop-two-traces', info);
    await page.locator(`[data-testid="trace-result"][data-trace-id="${TWO}"] a`).click();
    await expect(page).toHaveURL(new RegExp(`/trace/${TWO}\\?source=file%3Atwo-traces\\.json`));
    await expect(page.getByTestId('span-row')).toHaveCount(2);
  });

  test('the file picker opens a file too', async ({ page }) => {
    const shell = new AppShell(page);
    await page.goto('search?source=demo');
    await shell.fileInput.setInputFiles({ name: 'picked.json', mimeType: 'application/json', buffer: Buffer.from(otlpFile([ONE])) });
    await expect(page).toHaveURL(new RegExp(`/trace/${ONE}\\?source=file%3Apicked\\.json`));
  });

  test('an unreadable file is explained and the page stays', async ({ page }, info) => {
    const shell = new AppShell(page);
    await page.goto('search?source=demo');
    await expect(page.getByTestId('search-form')).toBeVisible();
    await shell.dropFile('broken.json', '{"resourceSpans": [ {"oops" ');
    await expect(shell.fileError).toContainText('Could not open broken.json');
    await expect(page).toHaveURL(/\/search/);
    await snap(page, 'file-drop-error', info);
  });

  test('a trace id pasted in the header is looked up in opened files too', async ({ page }) => {
    const shell = new AppShell(page);
    await page.goto('search?source=demo');
    await expect(page.getByTestId('search-form')).toBeVisible();
    await shell.dropFile('two-traces.json', otlpFile([ONE, TWO]));
    await expect(page).toHaveURL(/\/search\?source=file%3Atwo-traces\.json/);
    // Back to the demo source (the file stays open in this tab), then paste an id only the file has.
    await shell.sourcePicker.selectOption('demo');
    await expect(page).toHaveURL(/\/search\?source=demo/);
    await shell.openTraceById(TWO);
    await expect(page).toHaveURL(new RegExp(`/trace/${TWO}\\?source=file%3Atwo-traces\\.json`));
    await expect(page.getByTestId('span-row')).toHaveCount(2);
  });

  test('a file trace link in a new tab explains that files stay in their tab', async ({ page }) => {
    await page.goto(`trace/${ONE}?source=file:gone.json`);
    await expect(page.getByTestId('error-panel')).toContainText('not open in this tab');
  });
});
