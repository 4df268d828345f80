import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { SearchPageObject } from './pages/search-page';
import { recordedSearchUrl, useRecordedBackend, type Backend } from './support/replay';
import { snap } from './support/screenshot';

// Each backend adapter end to end against recorded responses (e2e/recordings/README.md).
const HOTROD = '5b8aa5a2d2c872e8321cf37308d69df2';
const BACKENDS: readonly Backend[] = ['jaeger', 'tempo', 'zipkin'];

for (const backend of BACKENDS) {
  test.describe(`${backend} (recorded)`, () => {
    test('search renders results, and a result opens the trace', async ({ page }, info) => {
      await useRecordedBackend(page, backend);
      const search = new SearchPageObject(page);
      await page.goto(recordedSearchUrl(backend));
      await expect(search.results.first()).toBeVisible();
      const hotrod = page.locator(`[data-testid="trace-result"][data-trace-id="${HOTROD}"]`);
      await expect(hotrod).toContainText('frontend');
      await expect(hotrod).toContainText('7 spans');
      await expect(search.dots.first()).toBeVisible();
      // The service list comes from the backend too.
      await expect(search.service.locator('option', { hasText: 'customer' })).toBeAttached();
      await snap(page, `${backend}-search`, info);

      await hotrod.locator('a').click();
      await expect(page).toHaveURL(new RegExp(`/trace/${HOTROD}\\?source=${backend}`));
      await expect(page.getByTestId('span-row')).toHaveCount(7);
      await page.reload();
      await expect(page.getByTestId('span-row')).toHaveCount(7);
    });

    test('an empty answer says nothing matched', async ({ page }) => {
      await useRecordedBackend(page, backend, 'empty');
      const search = new SearchPageObject(page);
      await page.goto(recordedSearchUrl(backend));
      await expect(search.empty).toContainText('No traces match');
    });

    test('down: the source could not be reached', async ({ page }) => {
      await useRecordedBackend(page, backend, 'down');
      const search = new SearchPageObject(page);
      await page.goto(recordedSearchUrl(backend));
      await expect(search.errorPanel).toHaveAttribute('data-kind', /unreachable|cors/);
      await expect(search.errorPanel).toContainText(/could not be reached|blocked the request/);
    });

    test('garbage: the answer is unreadable', async ({ page }) => {
      await useRecordedBackend(page, backend, 'garbage');
      const search = new SearchPageObject(page);
      await page.goto(recordedSearchUrl(backend));
      await expect(search.errorPanel).toHaveAttribute('data-kind', 'bad-payload');
    });

    test('a server error shows the body text', async ({ page }, info) => {
      await useRecordedBackend(page, backend, 'server-error');
      const search = new SearchPageObject(page);
      await page.goto(recordedSearchUrl(backend));
      await expect(search.errorPanel).toHaveAttribute('data-kind', 'server');
      await expect(search.errorPanel).toContainText('HTTP 500');
      if (backend === 'jaeger') {
        await expect(search.errorPanel).toContainText('storage unavailable');
        await snap(page, 'jaeger-server-error', info);
      }
    });

    test('a trace that does not exist is a 404 explained', async ({ page }) => {
      await useRecordedBackend(page, backend);
      await page.goto(`trace/deadbeefdeadbeefdeadbeefdeadbeef?source=${backend}`);
      await expect(page.getByTestId('error-panel').first()).toHaveAttribute('data-kind', 'not-found');
    });
  });
}

test('tempo: a rejected TraceQL query shows the backend message', async ({ page }) => {
  await useRecordedBackend(page, 'tempo', 'bad-request');
  const search = new SearchPageObject(page);
  await page.goto(recordedSearchUrl('tempo'));
  await expect(search.errorPanel).toHaveAttribute('data-kind', 'bad-request');
  await expect(search.errorPanel).toContainText('invalid TraceQL query');
});

test('tempo: 401 asks for credentials', async ({ page }) => {
  await useRecordedBackend(page, 'tempo', 'unauthorized');
  const search = new SearchPageObject(page);
  await page.goto(recordedSearchUrl('tempo'));
  await expect(search.errorPanel).toHaveAttribute('data-kind', 'unauthorized');
  await expect(search.errorPanel).toContainText('credentials');
});

test('jaeger: the form asks for a service before searching', async ({ page }) => {
  await useRecordedBackend(page, 'jaeger');
  const search = new SearchPageObject(page);
  await search.goto('source=jaeger');
  await expect(search.empty).toContainText('Find traces');
  await search.find();
  await expect(search.formProblem).toContainText('Jaeger searches one service at a time');
  await search.pickService('frontend');
  await expect(search.operation.locator('option', { hasText: 'HTTP GET /dispatch' })).toBeAttached();
  await search.lookback.selectOption('custom');
  await page.getByTestId('start-input').fill('2026-11-22T00:00');
  await page.getByTestId('end-input').fill('2026-11-24T00:00');
  await search.find();
  await expect(page).toHaveURL(/q=service%3Dfrontend/);
  await expect(search.results.first()).toBeVisible();
});

test('jaeger: a Jaeger UI link naming a service searches at once', async ({ page }) => {
  await useRecordedBackend(page, 'jaeger');
  const search = new SearchPageObject(page);
  await page.goto('search?source=jaeger&service=frontend&lookback=2d');
  await expect(search.results.first()).toBeVisible();
  await expect(page).toHaveURL(/start=\d+&end=\d+/);
});

// The answers `npm run record` captured from the real Jaeger 2.13, Tempo 2.8 and Zipkin 3.6
// servers (scenario 'recorded', e2e/recordings/<backend>/recorded-*.json), replayed: the same
// journey as above on what the servers really said. Ids, span counts and times come from the
// recordings themselves, so a re-recording keeps this test valid.
const RECORDINGS = join(dirname(fileURLToPath(import.meta.url)), 'recordings');

function recordedCheckout(backend: Backend): { traceId: string; spanCount: number; startMs: number } {
  const rec = JSON.parse(readFileSync(join(RECORDINGS, backend, 'recorded-trace-create-order.json'), 'utf8')) as {
    path: string;
    body: unknown;
  };
  const traceId = rec.path.split('/').pop()!;
  type OtlpSpan = { startTimeUnixNano: string };
  type Otlp = { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
  if (backend === 'zipkin') {
    const spans = rec.body as { timestamp: number }[];
    return { traceId, spanCount: spans.length, startMs: Math.min(...spans.map((s) => s.timestamp)) / 1000 };
  }
  const body = rec.body as { result?: Otlp; trace?: Otlp };
  const spans = (body.result ?? body.trace)!.resourceSpans.flatMap((rs) => rs.scopeSpans.flatMap((ss) => ss.spans));
  return { traceId, spanCount: spans.length, startMs: Math.min(...spans.map((s) => Number(BigInt(s.startTimeUnixNano) / 1_000_000n))) };
}

for (const backend of BACKENDS) {
  test(`${backend} (recorded from the real server): search by service, open the checkout trace`, async ({ page }) => {
    await useRecordedBackend(page, backend, 'recorded');
    const checkout = recordedCheckout(backend);
    const search = new SearchPageObject(page);
    const start = (checkout.startMs - 3600_000) * 1000;
    const end = (checkout.startMs + 3600_000) * 1000;
    await page.goto(`search?source=${backend}&service=gateway&lookback=custom&start=${start}&end=${end}&limit=20`);
    // The real answers are large (a 150 kB search): give a loaded machine time.
    await expect(search.service.locator('option[value="payments"]')).toBeAttached({ timeout: 30_000 });
    const result = page.locator(`[data-testid="trace-result"][data-trace-id="${checkout.traceId}"]`);
    await expect(result).toContainText(`${checkout.spanCount} spans`, { timeout: 30_000 });
    expect(await search.results.count()).toBeGreaterThan(5);
    await result.locator('a').first().click();
    await expect(page).toHaveURL(new RegExp(`/trace/${checkout.traceId}\\?(.*&)?source=${backend}`));
    await expect(page.getByTestId('trace-span-count')).toHaveText(String(checkout.spanCount), { timeout: 30_000 });
    await expect(page.getByTestId('span-row')).toHaveCount(checkout.spanCount);
    await expect(page.getByTestId('trace-title')).toContainText('gateway');
  });
}
