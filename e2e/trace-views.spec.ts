import { expect, test, type Page } from '@playwright/test';
import { DEMO_TRACE_IDS } from '../src/adapters/demo/demo-trace-ids';
import { AppShell } from './pages/app-shell';
import { meshTraceFile } from './support/mesh-trace-file';
import { snap } from './support/screenshot';

// The other views of one trace (statistics, flame graph, service graph, JSON), switched by
// the tabs and by `view=` in the URL, on the demo source's 5,000-span trace.

const BIG = DEMO_TRACE_IDS.bigTrace;
const open = (page: Page, view?: string) => page.goto(`trace/${BIG}?source=demo${view ? `&view=${view}` : ''}`);

async function numbersIn(page: Page, column: number): Promise<number[]> {
  const texts = await page.getByTestId('stats-row').evaluateAll(
    (rows, c) => rows.map((r) => (r.querySelectorAll('[role="cell"]')[c]?.textContent ?? '').trim()),
    column,
  );
  return texts.map((t) => Number(t.split(' ')[0]!.replace(/,/g, '')));
}

test.describe('trace views', () => {
  test('tabs switch views and write view= to the URL; the URL reopens the view', async ({ page }) => {
    await open(page);
    await expect(page.getByTestId('trace-title')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('view-tab-timeline')).toHaveAttribute('aria-selected', 'true');

    await page.getByTestId('view-tab-stats').click();
    await expect(page).toHaveURL(/view=stats/);
    await expect(page.getByTestId('trace-stats')).toBeVisible();
    await expect(page.getByTestId('trace-title')).toBeVisible();

    await page.getByTestId('view-tab-flame').click();
    await expect(page).toHaveURL(/view=flame/);
    await expect(page.getByTestId('flame-canvas')).toBeVisible();

    await page.getByTestId('view-tab-json').click();
    await expect(page.getByTestId('raw-json')).toBeVisible();

    await page.getByTestId('view-tab-timeline').click();
    await expect(page).not.toHaveURL(/view=/);

    await page.goBack();
    await expect(page.getByTestId('raw-json')).toBeVisible();

    await open(page, 'graph');
    await expect(page.getByTestId('service-graph')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('view-tab-graph')).toHaveAttribute('aria-selected', 'true');

    await open(page, 'bogus');
    await expect(page.getByTestId('view-tab-timeline')).toHaveAttribute('aria-selected', 'true');
  });

  test('the views load their code while the timeline is read: a tab then opens without a spinner', async ({ page }) => {
    // Whether the view's loading spinner was ever on screen, seen from inside the page.
    const watchSpinner = () =>
      page.evaluate(() => {
        const w = window as unknown as { spinnerSeen: boolean };
        w.spinnerSeen = false;
        new MutationObserver(() => {
          if (document.body.textContent?.includes('Loading the view')) w.spinnerSeen = true;
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    const spinnerSeen = () => page.evaluate(() => (window as unknown as { spinnerSeen: boolean }).spinnerSeen);

    // Unprompted, a few seconds after the trace shows.
    const statsCode = page.waitForResponse(/trace-stats-[^/]*\.js$/, { timeout: 15_000 });
    await open(page);
    await expect(page.getByTestId('span-row').first()).toBeVisible({ timeout: 30_000 });
    await statsCode;
    await watchSpinner();
    await page.getByTestId('view-tab-stats').click();
    await expect(page.getByTestId('stats-row').first()).toBeVisible();
    expect(await spinnerSeen()).toBe(false);

    // At once when the pointer comes to the tabs (a new page: the code is loaded anew).
    await page.goto('about:blank');
    await open(page);
    await expect(page.getByTestId('span-row').first()).toBeVisible({ timeout: 30_000 });
    const flameCode = page.waitForResponse(/flame-graph-[^/]*\.js$/, { timeout: 2_000 });
    await page.getByTestId('view-tab-flame').hover();
    await flameCode;
    await watchSpinner();
    await page.getByTestId('view-tab-flame').click();
    await expect(page.getByTestId('flame-canvas')).toBeVisible();
    expect(await spinnerSeen()).toBe(false);
  });

  test('statistics: group by service, operation or an attribute; sort by clicking headers', async ({ page }, info) => {
    await open(page, 'stats');
    const groups = page.getByTestId('stats-group-count');
    await expect(groups).toContainText('15 groups', { timeout: 30_000 });
    // Default order: self time, largest first.
    const self = await numbersIn(page, 2);
    expect(self.length).toBeGreaterThan(3);
    await snap(page, 'trace-view-stats', info);

    await page.getByTestId('stats-sort-count').click();
    let counts = await numbersIn(page, 1);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.getByTestId('stats-sort-count').click();
    counts = await numbersIn(page, 1);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    await expect(page.getByRole('columnheader', { name: /Count/ })).toHaveAttribute('aria-sort', 'ascending');

    await page.getByTestId('stats-group-by').selectOption('service-operation');
    await expect(page.getByRole('columnheader', { name: 'Operation' })).toBeVisible();
    const byOp = Number((await groups.textContent())!.replace(/,/g, '').match(/^\d+/)![0]);
    expect(byOp).toBeGreaterThan(15);

    await page.getByTestId('stats-group-by').selectOption('attr:service.name');
    await expect(groups).toContainText('15 groups');
    await expect(page.getByRole('columnheader', { name: /service\.name/ })).toBeVisible();
  });

  test('flame graph: click to zoom into a subtree and back; search highlights matches', async ({ page }, info) => {
    await open(page, 'flame');
    const canvas = page.getByTestId('flame-canvas');
    await expect(canvas).toBeVisible({ timeout: 30_000 });
    await page.waitForTimeout(300);
    await snap(page, 'trace-view-flame', info);
    const flame = page.getByTestId('flame-graph');
    await expect(flame).toHaveAttribute('data-focus', '');

    // Row 4 (depth 3) near the left edge: "load account list" on the demo trace.
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + 60, box.y + 3 * 20 + 10);
    await expect(page.getByTestId('flame-tooltip')).toBeVisible();
    const name = (await page.locator('.fg-tip-name').textContent())!;
    await page.mouse.click(box.x + 60, box.y + 3 * 20 + 10);
    await expect(flame).not.toHaveAttribute('data-focus', '');
    await expect(page.getByTestId('flame-breadcrumb')).toContainText(name);
    // Selecting in the flame graph selects the span for the whole page, as the waterfall does.
    await expect(page).toHaveURL(/span=[0-9a-f]+/);
    await expect(page.getByTestId('span-details-name')).toContainText(name);
    await snap(page, 'trace-view-flame-zoomed', info);

    await page.getByTestId('flame-reset').click();
    await expect(flame).toHaveAttribute('data-focus', '');

    await page.getByTestId('flame-search').fill('service=ledger');
    await expect(page.getByTestId('flame-match-count')).toHaveText('860 matches');
    await page.getByTestId('flame-search').fill('service=');
    await expect(page.getByTestId('flame-match-count')).not.toContainText('matches');
  });

  test('JSON view shows the trace as OTLP text, more on request', async ({ page }, info) => {
    await open(page, 'json');
    const text = page.getByTestId('raw-json-text');
    await expect(text.first()).toContainText('"resourceSpans"', { timeout: 30_000 });
    await expect(text.first()).toContainText(BIG);
    await snap(page, 'trace-view-json', info);
    const more = page.getByTestId('raw-json-more');
    if (await more.isVisible()) {
      await more.click();
      await expect(text).toHaveCount(2);
    }
    await page.getByTestId('raw-json-kind').selectOption('model');
    await expect(text.first()).toContainText(`"traceId": "${BIG}"`);
  });

  test('a trace whose services all call each other has its service graph on a circle, not in one row', async ({ page }, info) => {
    const mesh = 'cafe0000000000000000000000000001';
    const services = ['api', 'billing', 'cart', 'catalog', 'orders', 'payments', 'search', 'users'];
    await page.goto('search?source=demo');
    await new AppShell(page).dropFile('mesh.json', meshTraceFile(mesh, services));
    await expect(page).toHaveURL(new RegExp(`/trace/${mesh}`));
    await page.getByTestId('view-tab-graph').click();
    const graph = page.getByTestId('service-graph');
    await expect(graph.locator('[data-layout]')).toHaveAttribute('data-layout', 'circle');
    await expect(graph.locator('[data-edges]')).toHaveAttribute('data-edges', String(services.length * (services.length - 1)));
    // Every service has a place of its own, away from the others.
    const boxes = await Promise.all(services.map((s) => graph.getByText(s, { exact: true }).boundingBox()));
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) expect(Math.hypot(boxes[a]!.x - boxes[b]!.x, boxes[a]!.y - boxes[b]!.y)).toBeGreaterThan(40);
    }
    await snap(page, 'trace-view-graph-mesh', info);
  });

  test('service graph of the trace', async ({ page }, info) => {
    await open(page, 'graph');
    await expect(page.getByTestId('service-graph')).toBeVisible({ timeout: 30_000 });
    // A call tree with a shortcut or two stays left to right.
    await expect(page.getByTestId('service-graph').locator('[data-layout]')).toHaveAttribute('data-layout', 'layered');
    await expect(page.getByTestId('service-graph').getByText('ledger').first()).toBeVisible();
    await page.waitForTimeout(500);
    await snap(page, 'trace-view-graph', info);
  });
});
