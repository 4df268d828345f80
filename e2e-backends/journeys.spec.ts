import { expect, test, type Page } from '@playwright/test';
import { SearchPageObject } from '../e2e/pages/search-page';
import {
  backendOf,
  loadManifest,
  oneTrace,
  traceWithClearSlowestHop,
  sameName,
  searchUrl,
  shownParents,
  shownTraceIds,
  sortedIds,
  traceUrl,
  tracesOf,
  whyUnreachable,
  windowParams,
  type Backend,
  type DemoManifest,
  type ManifestTrace,
} from './support/journey';

// Journeys through the built app (scripts/serve.mjs and its backends/<id>/ proxies) against a
// real Jaeger, Tempo or Zipkin holding the demo system's traffic, checked against the demo
// manifest (what the SDK exported). One Playwright project per backend; see
// playwright.backends.config.ts and scripts/backends/test-backends.mjs.

let backend: Backend;
let manifest: DemoManifest;

test.beforeEach(async ({ request }, info) => {
  backend = backendOf(info);
  const reason = await whyUnreachable(request, backend);
  test.skip(reason !== null, reason ?? '');
  manifest = loadManifest();
});

const gatewayTraces = () => tracesOf(manifest, (t) => t.rootService === 'gateway');
const hasStatus = (t: ManifestTrace, test: (code: number) => boolean) =>
  t.spans.some((s) => typeof s.attributes['http.status_code'] === 'number' && test(s.attributes['http.status_code']));

/** Span count, services, parent links and root of the trace page against the manifest. */
async function expectTraceMatches(page: Page, t: ManifestTrace) {
  await expect(page.getByTestId('trace-span-count')).toHaveText(String(t.spanCount), { timeout: 30_000 });
  await expect(page.getByTestId('span-row')).toHaveCount(t.spanCount);
  const title = page.getByTestId('trace-title');
  await expect(title).toContainText(t.rootService);
  expect(sameName(backend, (await title.locator('.th-root-op').textContent()) ?? '', t.rootOperation)).toBe(true);
  const services = await page.locator('[data-testid="span-row"] .wf-service').allTextContents();
  expect([...new Set(services)].sort()).toEqual([...t.services].sort());
  const parents = await shownParents(page);
  const expected = new Map(t.spans.map((s) => [s.spanId, s.parentSpanId]));
  expect(Object.fromEntries(parents)).toEqual(Object.fromEntries(expected));
}

/**
 * A minimum duration in the widest gap between the gateway traces' durations, so timing noise
 * cannot flip a trace. Jaeger and Zipkin apply it to the service's spans (the app re-checks
 * the trace duration): a threshold between a trace's longest gateway span and the trace's
 * own duration (the timed-out checkout: gateway answers 504, payments goes on) would make
 * the backends' answer differ from the query's meaning, so such thresholds are avoided.
 */
function durationThresholdMs(traces: readonly ManifestTrace[]): number {
  const longestGatewaySpan = (t: ManifestTrace) => Math.max(...t.spans.filter((s) => s.service === 'gateway').map((s) => s.durationUs));
  const ambiguous = traces.map((t) => [longestGatewaySpan(t), t.durationUs] as const);
  const points = [...new Set(traces.flatMap((t) => [t.durationUs, longestGatewaySpan(t)]))].sort((a, b) => a - b);
  let best = { gap: -1, at: 0 };
  for (let i = 1; i < points.length; i++) {
    const at = (points[i]! + points[i - 1]!) / 2;
    const gap = points[i]! - points[i - 1]!;
    if (gap > best.gap && !ambiguous.some(([lo, hi]) => at > lo && at <= hi)) best = { gap, at };
  }
  return Math.round(best.at / 1000);
}

test('services and operations lists; search by service and operation from the form', async ({ page }) => {
  const search = new SearchPageObject(page);
  await page.goto(`search?source=${backend}&${windowParams(manifest)}&limit=100`);
  await expect(search.form).toBeVisible();
  const services = [...new Set(manifest.traces.flatMap((t) => t.services))].sort();
  for (const s of services) await expect(search.service.locator(`option[value="${s}"]`)).toBeAttached({ timeout: 30_000 });
  await search.service.selectOption('gateway');

  const rootOps = [...new Set(gatewayTraces().map((t) => t.rootOperation))];
  const options = async () => (await search.operation.locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value))).filter(Boolean);
  await expect
    .poll(
      async () => {
        const loaded = await options();
        return rootOps.every((op) => loaded.some((x) => sameName(backend, x, op)));
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  const orderOp = (await options()).find((o) => sameName(backend, o, 'POST /api/orders'))!;
  await search.operation.selectOption(orderOp);
  await search.find();
  await expect(page).toHaveURL(/\/search\?/);
  const orders = gatewayTraces().filter((t) => t.rootOperation === 'POST /api/orders');
  expect(await shownTraceIds(page)).toEqual(sortedIds(orders));
});

test('search by service lists every trace through the gateway', async ({ page }) => {
  await page.goto(searchUrl(backend, manifest, { service: 'gateway' }));
  expect(await shownTraceIds(page)).toEqual(sortedIds(gatewayTraces()));
});

test('attribute filter http.status_code=500 returns only the failing traces', async ({ page }) => {
  const failing = gatewayTraces().filter((t) => hasStatus(t, (c) => c === 500));
  expect(failing.length).toBeGreaterThan(0);
  // Jaeger UI's own link form (tags=), which the search page reads into its query.
  await page.goto(searchUrl(backend, manifest, { service: 'gateway', tags: 'http.status_code=500' }));
  expect(await shownTraceIds(page)).toEqual(sortedIds(failing));
});

test('the error flag returns only the traces with errors', async ({ page }) => {
  const failing = gatewayTraces().filter((t) => t.hasError);
  expect(failing.length).toBeGreaterThan(1);
  await page.goto(searchUrl(backend, manifest, { q: 'service=gateway error=true' }));
  expect(await shownTraceIds(page)).toEqual(sortedIds(failing));
});

test('filter language (q=): a range on an attribute, checked in the browser where the backend cannot', async ({ page }) => {
  const serverErrors = gatewayTraces().filter((t) => hasStatus(t, (c) => c >= 500));
  expect(serverErrors.length).toBeGreaterThan(1);
  await page.goto(searchUrl(backend, manifest, { q: 'service=gateway http.status_code>=500' }));
  expect(await shownTraceIds(page)).toEqual(sortedIds(serverErrors));
  await expect(page.getByTestId('query-submit')).toBeVisible();
});

test('minimum duration filter', async ({ page }) => {
  const threshold = durationThresholdMs(gatewayTraces());
  const slow = gatewayTraces().filter((t) => t.durationUs >= threshold * 1000);
  expect(slow.length).toBeGreaterThan(0);
  expect(slow.length).toBeLessThan(gatewayTraces().length);
  await page.goto(searchUrl(backend, manifest, { service: 'gateway', minDuration: `${threshold}ms` }));
  expect(await shownTraceIds(page)).toEqual(sortedIds(slow));
  if (backend !== 'tempo') {
    // The page says that the backend bounds spans, not traces (see durationThresholdMs).
    await expect(page.getByTestId('search-notes')).toContainText('min/max duration');
  }
});

test('open a trace from the search results: spans, tree and services as exported', async ({ page }, info) => {
  const checkout = oneTrace(manifest, 'create-order');
  await page.goto(searchUrl(backend, manifest, { service: 'gateway', operation: 'POST /api/orders' }));
  const result = page.locator(`[data-testid="trace-result"][data-trace-id="${checkout.traceId}"]`);
  await expect(result).toBeVisible({ timeout: 30_000 });
  await expect(result).toContainText(`${checkout.spanCount} spans`);
  await result.locator('a').first().click();
  await expect(page).toHaveURL(new RegExp(`/trace/${checkout.traceId}\\?(.*&)?source=${backend}`));
  await expectTraceMatches(page, checkout);
  const path = `test-results/screenshots/backend-${backend}-trace.png`;
  await page.screenshot({ path });
  await info.attach(`${backend}-trace`, { path, contentType: 'image/png' });
});

test('open traces by URL: every scenario shape (errors, N+1, links to another trace)', async ({ page }) => {
  for (const scenario of ['get-user-slow-query', 'list-users-n-plus-one', 'create-order-payment-error', 'create-order-payment-timeout', 'order-notification']) {
    const t = oneTrace(manifest, scenario);
    await page.goto(traceUrl(backend, t.traceId));
    await test.step(scenario, () => expectTraceMatches(page, t));
  }
});

test('span detail of the slow database span shows its statement and system', async ({ page }) => {
  const slow = oneTrace(manifest, 'get-user-slow-query');
  const db = slow.spans.filter((s) => s.attributes['db.system']).sort((a, b) => b.durationUs - a.durationUs)[0]!;
  expect(db.spanId).toBe(slow.slowestHop.spanId);
  await page.goto(traceUrl(backend, slow.traceId));
  const row = page.locator(`[data-testid="span-row"][data-span-uid="${db.spanId}"]`);
  await row.locator('.wf-operation').click();
  await expect(page).toHaveURL(new RegExp(`span=${db.spanId}`));
  const details = page.getByTestId('span-details');
  await expect(details).toBeVisible();
  expect(sameName(backend, (await details.getByTestId('span-details-name').textContent()) ?? '', db.name)).toBe(true);
  const attrs = details.getByTestId('span-attributes');
  await expect(attrs.locator('tr', { has: page.locator('th', { hasText: /^db\.statement$/ }) })).toContainText(String(db.attributes['db.statement']));
  await expect(attrs.locator('tr', { has: page.locator('th', { hasText: /^db\.system$/ }) })).toContainText('postgresql');
  // A deep link to the span opens it again.
  await page.goto(traceUrl(backend, slow.traceId, `&span=${db.spanId}`));
  await expect(page.getByTestId('span-details').getByTestId('span-attributes')).toContainText(String(db.attributes['db.statement']));
});

test('critical path on the checkout trace runs through the payment call', async ({ page }) => {
  const checkout = traceWithClearSlowestHop(manifest, 'create-order');
  await page.goto(traceUrl(backend, checkout.traceId));
  await expect(page.getByTestId('span-row')).toHaveCount(checkout.spanCount, { timeout: 30_000 });
  await page.getByTestId('cp-toggle').click();
  await expect(page).toHaveURL(/cp=1/);
  const row = (id: string) => page.locator(`[data-testid="span-row"][data-span-uid="${id}"]`);
  await expect(row(checkout.rootSpanId)).toHaveClass(/is-critical/);
  await expect(row(checkout.slowestHop.spanId)).toHaveClass(/is-critical/);
  expect(await page.locator('[data-testid="span-row"].is-critical').count()).toBeGreaterThan(2);
});

test('dependency graph: the services the demo calls, with the edges the backend reports', async ({ page }) => {
  const edges = [...new Set(manifest.traces.flatMap((t) => t.serviceEdges.map((e) => `${e.parent}->${e.child}`)))];
  const services = [...new Set(edges.flatMap((e) => e.split('->')))];
  const api = backend === 'jaeger' ? /\/backends\/jaeger\/api\/dependencies/ : backend === 'zipkin' ? /\/backends\/zipkin\/api\/v2\/dependencies/ : null;
  const answer = api ? page.waitForResponse((r) => api.test(r.url()), { timeout: 30_000 }) : null;
  await page.goto(`dependencies?source=${backend}&layout=layered&${windowParams(manifest)}`);
  const host = page.locator('.sg__host');
  await expect(host).toHaveAttribute('data-layout-state', 'done', { timeout: 45_000 });
  for (const s of services) await expect(page.locator(`[data-testid=graph-node][data-id="${s}"]`)).toHaveCount(1);
  if (answer) {
    const body = (await (await answer).json()) as { data?: { parent: string; child: string }[] } | { parent: string; child: string }[];
    const links = Array.isArray(body) ? body : (body.data ?? []);
    const got = new Set(links.map((l) => `${l.parent}->${l.child}`));
    expect(edges.filter((e) => !got.has(e))).toEqual([]);
    const crossService = new Set(links.filter((l) => l.parent !== l.child).map((l) => `${l.parent}->${l.child}`));
    expect(Number(await host.getAttribute('data-edges'))).toBeGreaterThanOrEqual(crossService.size);
    await expect(page.getByTestId('deps-origin')).toContainText(backend === 'jaeger' ? 'Jaeger dependencies' : 'Zipkin dependencies');
  } else {
    // Tempo has no dependency API: the page derives the graph from sampled traces.
    await expect(page.getByTestId('deps-origin')).toContainText('derived from');
    expect(Number(await host.getAttribute('data-edges'))).toBeGreaterThanOrEqual(edges.length);
  }
});
