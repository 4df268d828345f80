import { expect, test, type Page } from '@playwright/test';
import { anchorFor, generateDemoDataset } from '../src/adapters/demo/demo-dataset';
import { micros } from '../src/lib/units';
import { deriveServiceGraph } from '../src/model/service-graph/derive-graph';
import { focusGraph } from '../src/model/service-graph/focus';
import { counts, graphReady, host, node } from './support/graph';
import { useRecordedBackend } from './support/replay';
import { snap } from './support/screenshot';

// The dependency graph page: the demo source (derived from its traces), recorded Jaeger and
// Zipkin dependency answers, click-through to search, screenshots. The large-graph
// responsiveness measurement is dependencies-large.spec.ts.

/** The demo graph the page must show: every demo trace (all lie in the last hour), derived. */
function expectedDemoGraph() {
  const traces = generateDemoDataset(anchorFor(Date.now())).traces;
  return deriveServiceGraph(traces, { kind: 'sampled', traceCount: traces.length, fromUs: micros(0), toUs: micros(1) });
}

/** Centre of an element on screen. */
async function centre(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test.describe('dependencies (demo source)', () => {
  test('derives the graph from the demo traces and says how', async ({ page }) => {
    const expected = expectedDemoGraph();
    await page.goto('dependencies?source=demo');
    await graphReady(page);
    expect(await counts(page)).toEqual({ nodes: expected.nodes.length, edges: expected.edges.length });
    await expect(page.getByTestId('graph-node')).toHaveCount(expected.nodes.length);
    // The last hour: times, with the dates when it spans midnight ("Nov 22 23:19–Nov 23 00:19").
    await expect(page.getByTestId('deps-origin')).toHaveText(
      /^derived from \d+ sampled traces?, ([A-Z][a-z]{2} \d{1,2} )?\d\d:\d\d–([A-Z][a-z]{2} \d{1,2} )?\d\d:\d\d$/,
    );
    // Peers that send no spans are drawn as their own kinds.
    for (const kind of ['database', 'queue', 'external'] as const) {
      const peer = expected.nodes.find((n) => n.kind === kind);
      if (peer) await expect(page.locator(`[data-testid=graph-node][data-id="${peer.id}"]`)).toHaveAttribute('data-kind', kind);
    }
  });

  test('focus on a service with hops up and down, in the URL', async ({ page }) => {
    const expected = expectedDemoGraph();
    const hub = [...expected.nodes].sort((a, b) => b.callsIn + b.callsOut - (a.callsIn + a.callsOut))[0]!.id;
    await page.goto('dependencies?source=demo');
    await graphReady(page);
    await page.getByTestId('deps-focus').fill(hub);
    await page.getByTestId('deps-focus').press('Enter');
    await expect(page).toHaveURL(new RegExp(`focus=${encodeURIComponent(hub)}`));
    const one = focusGraph(expected, { service: hub, up: 1, down: 1 });
    await expect(host(page)).toHaveAttribute('data-nodes', String(one.nodes.length));
    expect(await counts(page)).toEqual({ nodes: one.nodes.length, edges: one.edges.length });

    await page.getByTestId('deps-up').fill('0');
    await page.getByTestId('deps-down').fill('2');
    await expect(page).toHaveURL(/up=0/);
    await expect(page).toHaveURL(/down=2/);
    const two = focusGraph(expected, { service: hub, up: 0, down: 2 });
    await expect(host(page)).toHaveAttribute('data-nodes', String(two.nodes.length));
    expect(await counts(page)).toEqual({ nodes: two.nodes.length, edges: two.edges.length });

    // The URL alone reproduces the view.
    await page.reload();
    await graphReady(page);
    expect(await counts(page)).toEqual({ nodes: two.nodes.length, edges: two.edges.length });
  });

  test('hide a node and show it again', async ({ page }) => {
    const expected = expectedDemoGraph();
    await page.goto('dependencies?source=demo&layout=layered');
    await graphReady(page);
    await node(page, 'checkout').click({ button: 'right' });
    await expect(page).toHaveURL(/hide=checkout/);
    await expect(host(page)).toHaveAttribute('data-nodes', String(expected.nodes.length - 1));
    await page.getByRole('button', { name: 'Show checkout' }).click();
    await expect(host(page)).toHaveAttribute('data-nodes', String(expected.nodes.length));
  });

  test('click a node → search its traces in the same window', async ({ page }) => {
    await page.goto('dependencies?source=demo&layout=layered');
    await graphReady(page);
    await node(page, 'checkout').click();
    await expect(page).toHaveURL(/\/search\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('service')).toBe('checkout');
    expect(url.searchParams.get('source')).toBe('demo');
    expect(url.searchParams.get('lookback')).toBe('custom');
    expect(Number(url.searchParams.get('end'))).toBeGreaterThan(Number(url.searchParams.get('start')));
    await expect(page.getByTestId('trace-result').first()).toBeVisible();
  });

  test('click an edge → search the caller, naming the callee', async ({ page }) => {
    // api-gateway's client spans name their callee in peer.service (the browser's calls to
    // it do not: that edge's link would find no traces, which the search page says).
    await page.goto('dependencies?source=demo&layout=layered&focus=api-gateway&down=1&up=0');
    await graphReady(page);
    const focused = focusGraph(expectedDemoGraph(), { service: 'api-gateway', up: 0, down: 1 });
    const services = new Set(focused.nodes.filter((n) => n.kind === 'service').map((n) => n.id));
    const a = await centre(page, '[data-testid=graph-node][data-id="api-gateway"] .sg-node__shape');
    // The nearest callee: nothing else lies on the way to it.
    let pick: { target: string; mid: { x: number; y: number }; d: number } | null = null;
    for (const e of focused.edges.filter((e) => e.source === 'api-gateway' && services.has(e.target))) {
      const b = await centre(page, `[data-testid=graph-node][data-id="${e.target}"] .sg-node__shape`);
      const d = Math.hypot(b.x - a.x, b.y - a.y);
      if (!pick || d < pick.d) pick = { target: e.target, mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, d };
    }
    expect(pick).not.toBeNull();
    const { target, mid } = pick!;
    await page.mouse.move(mid.x, mid.y);
    await expect(page.getByTestId('graph-tooltip')).toContainText(`api-gateway → ${target}`);
    await expect(page.getByTestId('graph-tooltip')).toContainText('p95');
    await page.mouse.click(mid.x, mid.y);
    await expect(page).toHaveURL(/\/search\?/);
    const url = new URL(page.url());
    expect(url.searchParams.get('service')).toBe('api-gateway');
    expect(url.searchParams.get('q')).toBe(`peer.service="${target}"`);
    // The search page runs it: api-gateway's client spans name the callee.
    await expect(page.getByTestId('trace-result').first()).toBeVisible();
  });

  test('shows sampling progress and can cancel it (Tempo: traces fetched one by one)', async ({ page }) => {
    await useRecordedBackend(page, 'tempo');
    // Slow trace fetches so progress and cancel can be seen.
    await page.route(
      (url) => url.pathname.includes('/backends/tempo/api/v2/traces/'),
      async (route) => {
        await new Promise((r) => setTimeout(r, 1500));
        await route.fallback();
      },
    );
    const start = Date.UTC(2026, 10, 22, 0, 0) * 1000;
    const end = Date.UTC(2026, 10, 24, 0, 0) * 1000;
    await page.goto(`dependencies?source=tempo&lookback=custom&start=${start}&end=${end}`);
    const progress = page.getByTestId('deps-progress');
    await expect(progress).toContainText(/Fetched \d of 3 traces/);
    await page.getByTestId('deps-cancel').click();
    await expect(page.getByText('Sampling cancelled')).toBeVisible();
    await page.getByRole('button', { name: 'Sample again' }).click();
    await graphReady(page);
    await expect(page.getByTestId('deps-origin')).toHaveText(/^derived from 3 sampled traces/);
    // frontend → customer, driver, redis (from the HotROD-like trace); no Tempo dependency API.
    await expect(page.locator('[data-testid=graph-node][data-id="frontend"]')).toHaveCount(1);
    await expect(page.getByTestId('deps-derive')).toHaveCount(0);
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const layout of ['force', 'layered'] as const) {
      test(`screenshot: ${layout} layout, ${theme}`, async ({ page }, info) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`dependencies?source=demo&layout=${layout}`);
        await graphReady(page);
        await page.waitForTimeout(300);
        await snap(page, `dependencies-${layout}-${theme}`, info);
      });
    }
  }
});

test.describe('dependencies (recorded backends)', () => {
  test('Jaeger /api/dependencies', async ({ page }, info) => {
    await useRecordedBackend(page, 'jaeger');
    await page.goto('dependencies?source=jaeger&layout=layered');
    await graphReady(page);
    await expect(page.getByTestId('deps-origin')).toHaveText(/^Jaeger dependencies, last 1h \(/);
    expect(await counts(page)).toEqual({ nodes: 5, edges: 4 });
    await expect(page.getByTestId('deps-derive')).not.toBeChecked();
    await snap(page, 'dependencies-jaeger', info);
    await node(page, 'driver').click();
    await expect(page).toHaveURL(/\/search\?.*service=driver/);
    expect(new URL(page.url()).searchParams.get('source')).toBe('jaeger');
  });

  test('Jaeger: derive from traces instead (search per service, whole traces in the answer)', async ({ page }) => {
    await useRecordedBackend(page, 'jaeger');
    await page.goto('dependencies?source=jaeger&layout=layered');
    await graphReady(page);
    await page.getByTestId('deps-derive').check();
    await expect(page).toHaveURL(/derive=1/);
    await expect(page.getByTestId('deps-origin')).toHaveText(/^derived from 3 sampled traces/);
    await graphReady(page);
    // The HotROD-like trace: frontend calls customer and driver, driver calls redis.
    for (const id of ['frontend', 'customer', 'driver', 'redis']) {
      await expect(page.locator(`[data-testid=graph-node][data-id="${id}"]`)).toHaveCount(1);
    }
  });

  test('Zipkin /api/v2/dependencies with error counts', async ({ page }) => {
    await useRecordedBackend(page, 'zipkin');
    await page.goto('dependencies?source=zipkin&layout=layered');
    await graphReady(page);
    await expect(page.getByTestId('deps-origin')).toHaveText(/^Zipkin dependencies, last 1h/);
    expect(await counts(page)).toEqual({ nodes: 4, edges: 3 });
    const a = await centre(page, '[data-testid=graph-node][data-id="driver"] .sg-node__shape');
    const b = await centre(page, '[data-testid=graph-node][data-id="redis"] .sg-node__shape');
    await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2);
    await expect(page.getByTestId('graph-tooltip')).toContainText('3 (0.60 %)');
    await page.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2);
    const url = new URL(page.url());
    expect(url.pathname).toMatch(/\/search$/);
    expect(url.searchParams.get('service')).toBe('driver');
    expect(url.searchParams.get('remoteServiceName')).toBe('redis');
  });
});
