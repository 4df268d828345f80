import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type BrowserContext, type Download, type Page } from '@playwright/test';
import { DEMO_TRACE_IDS } from '../src/adapters/demo/demo-trace-ids';
import { AppShell } from './pages/app-shell';
import { snap } from './support/screenshot';

// Export menu on the trace page: OTLP JSON, the source's JSON, a saved offline HTML file that
// opens from disk with the network cut, and a link to the view.

const CHECKOUT = DEMO_TRACE_IDS.checkoutTimeout[0];
const OUT = resolve('test-results/exports');
mkdirSync(OUT, { recursive: true });

async function spanCount(page: Page): Promise<number> {
  return Number((await page.getByTestId('trace-span-count').textContent())?.replace(/,/g, ''));
}

async function exportVia(page: Page, item: string): Promise<Download> {
  await page.getByTestId('export-menu-button').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(item).click()]);
  return download;
}

/** Every request but file:// (and the page's own data:/blob: URLs) fails; returns what was tried. */
async function cutTheNetwork(context: BrowserContext): Promise<string[]> {
  const tried: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    tried.push(url);
    return route.abort('internetdisconnected');
  });
  return tried;
}

async function openSaved(context: BrowserContext, path: string): Promise<{ page: Page; tried: string[]; errors: string[] }> {
  const tried = await cutTheNetwork(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const url = r.url();
    if (!/^(file|data|blob):/.test(url)) tried.push(url);
  });
  await page.goto(pathToFileURL(path).href);
  return { page, tried, errors };
}

test.describe('export', () => {
  test('OTLP JSON download parses and holds every span', async ({ page }) => {
    await page.goto(`trace/${CHECKOUT}?source=demo`);
    await expect(page.getByTestId('span-row').first()).toBeVisible({ timeout: 30_000 });
    const count = await spanCount(page);
    const download = await exportVia(page, 'export-otlp');
    expect(download.suggestedFilename()).toBe(`trace-${CHECKOUT}.otlp.json`);
    const json = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      resourceSpans: { resource: { attributes: { key: string }[] }; scopeSpans: { spans: { traceId: string; startTimeUnixNano: string }[] }[] }[];
    };
    const spans = json.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
    expect(spans).toHaveLength(count);
    expect(new Set(spans.map((s) => s.traceId))).toEqual(new Set([CHECKOUT]));
    expect(spans[0]!.startTimeUnixNano).toMatch(/^\d{19}$/);
    expect(json.resourceSpans.every((r) => r.resource.attributes.some((a) => a.key === 'service.name'))).toBe(true);
    await expect(page.getByTestId('export-status')).toHaveText('OTLP JSON downloaded.');
    // A demo trace has no JSON of its own besides OTLP.
    await page.getByTestId('export-menu-button').click();
    await expect(page.getByTestId('export-source-json')).toHaveCount(0);
  });

  test('a saved offline HTML file opens from disk with the network cut, at the selected span', async ({ page, browser }, info) => {
    test.slow(); // two pages and two files of the whole app
    await page.goto(`trace/${CHECKOUT}?source=demo`);
    await expect(page.getByTestId('span-row').first()).toBeVisible({ timeout: 30_000 });
    const count = await spanCount(page);
    // Select a span so the saved file reopens the same view.
    await page.getByTestId('span-row').nth(2).click();
    await expect(page).toHaveURL(/[?&]span=/);
    const span = new URL(page.url()).searchParams.get('span')!;

    const download = await exportVia(page, 'export-offline-html');
    expect(download.suggestedFilename()).toBe(`trace-${CHECKOUT}.html`);
    const saved = resolve(OUT, `trace-${CHECKOUT}.html`);
    await download.saveAs(saved);
    const html = await readFile(saved, 'utf8');
    expect(html).not.toMatch(/<script[^>]+\ssrc=/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    try {
      const { page: offline, tried, errors } = await openSaved(context, saved);
      await expect(offline.getByTestId('span-row').first()).toBeVisible({ timeout: 30_000 });
      await expect(offline.getByTestId('trace-span-count')).toHaveText(String(count));
      await expect(offline.getByTestId('span-row')).toHaveCount(count);
      await expect(offline.getByTestId('trace-title')).toContainText('api-gateway');
      expect(offline.url()).toContain(`#/trace/${CHECKOUT}?`);
      expect(new URL(offline.url().replace('#/', '')).searchParams.get('span')).toBe(span);
      await expect(offline.getByTestId('span-details')).toBeVisible();
      await snap(offline, 'export-offline-html-from-disk', info);
      // Every view of the trace is in the file too (their code is loaded on demand online).
      for (const [tab, view] of [['stats', 'trace-stats'], ['flame', 'flame-graph'], ['graph', 'service-graph'], ['json', 'raw-json']] as const) {
        await offline.getByTestId(`view-tab-${tab}`).click();
        await expect(offline.getByTestId(view)).toBeVisible();
        await snap(offline, `export-offline-html-${tab}`, info);
      }
      await offline.getByTestId('view-tab-timeline').click();
      await expect(offline.getByTestId('span-row')).toHaveCount(count);
      expect(tried).toEqual([]);
      expect(errors).toEqual([]);

      // Saving again from the saved file works without a server (it re-uses its own page).
      const again = await exportVia(offline, 'export-offline-html');
      const savedAgain = resolve(OUT, `trace-${CHECKOUT}-again.html`);
      await again.saveAs(savedAgain);
      const second = await openSaved(context, savedAgain);
      await expect(second.page.getByTestId('span-row')).toHaveCount(count);
    } finally {
      await context.close();
    }
  });

  test('data that looks like markup stays text in the saved file', async ({ page, browser }, info) => {
    test.slow();
    const traceId = 'c0ffee00000000000000000000000001';
    const hostile = '</script><script>window.__pwned = 1</script><!--';
    const otlp = {
      resourceSpans: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: '<b>svc</b>' } }] },
          scopeSpans: [
            {
              spans: [
                {
                  traceId,
                  spanId: '00000000000000a1',
                  name: hostile,
                  kind: 2,
                  startTimeUnixNano: '1700000000000000000',
                  endTimeUnixNano: '1700000000250000000',
                  attributes: [{ key: 'note', value: { stringValue: hostile } }],
                },
              ],
            },
          ],
        },
      ],
    };
    await page.goto('search?source=demo');
    await new AppShell(page).fileInput.setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(otlp)) });
    await expect(page.getByTestId('span-row')).toHaveCount(1);
    const download = await exportVia(page, 'export-offline-html');
    const saved = resolve(OUT, 'hostile.html');
    await download.saveAs(saved);
    expect(await readFile(saved, 'utf8')).not.toContain('window.__pwned = 1</script>');

    const context = await browser.newContext();
    try {
      const { page: offline, errors } = await openSaved(context, saved);
      await expect(offline.getByTestId('span-row')).toHaveCount(1);
      await expect(offline.getByTestId('trace-title')).toContainText(hostile);
      expect(await offline.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(errors).toEqual([]);
      await snap(offline, 'export-offline-hostile', info);
    } finally {
      await context.close();
    }
  });

  test("a Jaeger trace downloads as Jaeger JSON too, and that file opens again", async ({ page }) => {
    const traceID = '00000000000000000000000000c0ffee';
    const jaeger = {
      data: [
        {
          traceID,
          processes: { p1: { serviceName: 'frontend', tags: [{ key: 'host', type: 'string', value: 'h1' }] } },
          spans: [
            { traceID, spanID: '00000000000000a1', operationName: 'GET /', references: [], startTime: 1700000000000000, duration: 5000, processID: 'p1',
              tags: [{ key: 'span.kind', type: 'string', value: 'server' }, { key: 'http.status_code', type: 'int64', value: 200 }], logs: [] },
            { traceID, spanID: '00000000000000a2', operationName: 'SELECT', references: [{ refType: 'CHILD_OF', traceID, spanID: '00000000000000a1' }],
              startTime: 1700000000001000, duration: 2000, processID: 'p1', tags: [{ key: 'error', type: 'bool', value: true }],
              logs: [{ timestamp: 1700000000001500, fields: [{ key: 'event', type: 'string', value: 'retry' }] }] },
          ],
        },
      ],
    };
    const shell = new AppShell(page);
    await page.goto('search?source=demo');
    await shell.fileInput.setInputFiles({ name: 'jaeger.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(jaeger)) });
    await expect(page.getByTestId('span-row')).toHaveCount(2);
    const download = await exportVia(page, 'export-source-json');
    expect(download.suggestedFilename()).toBe(`trace-${traceID}.jaeger.json`);
    const text = await readFile(await download.path(), 'utf8');
    const back = JSON.parse(text) as typeof jaeger;
    expect(back.data[0]!.spans.map((s) => [s.spanID, s.operationName, s.startTime, s.duration])).toEqual(
      jaeger.data[0]!.spans.map((s) => [s.spanID, s.operationName, s.startTime, s.duration]),
    );
    // The downloaded file opens in Tracescope as the same trace.
    await shell.fileInput.setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page).toHaveURL(/source=file%3Aagain\.json/);
    await expect(page.getByTestId('span-row')).toHaveCount(2);
    await expect(page.locator('.wf-row.is-error')).toHaveCount(1);
  });

  test('copy link puts the current view on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`trace/${CHECKOUT}?source=demo`);
    await expect(page.getByTestId('span-row').first()).toBeVisible({ timeout: 30_000 });
    await page.getByTestId('span-row').nth(1).click();
    await page.getByTestId('export-menu-button').click();
    await page.getByTestId('export-copy-link').click();
    await expect(page.getByTestId('export-status')).toHaveText('Link to this view copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });
});
