import { expect, test, type Page } from '@playwright/test';
import { SearchPageObject } from './pages/search-page';
import { useRecordedBackend } from './support/replay';
import { snap } from './support/screenshot';

// The filter language on the search page: one query box beside the form, compiled per
// source (demo in the browser, Jaeger with a browser-side rest, Tempo as TraceQL).

/** The recordings' window (e2e/support/replay.ts). */
const RECORDED_WINDOW = `lookback=custom&start=${Date.UTC(2026, 10, 22) * 1000}&end=${Date.UTC(2026, 10, 24) * 1000}`;

const qParam = (page: Page) => new URL(page.url()).searchParams.get('q');

test.describe('query language (demo source)', () => {
  test('type a query, see results; the URL keeps it through reload, back and forward', async ({ page }, info) => {
    const search = new SearchPageObject(page);
    await search.goto('source=demo&lookback=2d&limit=100');
    await expect(search.results.first()).toBeVisible();
    const all = await search.results.count();

    await search.search('service=checkout error');
    await expect(page).toHaveURL(/q=service%3Dcheckout\+error/);
    await expect(search.notes).toContainText('Filtered in the browser: service=checkout status=error.');
    await expect(search.results.first()).toBeVisible();
    const errorIds = await search.traceIds();
    expect(errorIds.length).toBeGreaterThan(0);
    expect(errorIds.length).toBeLessThan(all);
    for (const row of await search.results.all()) await expect(row.getByTestId('result-errors')).toBeVisible();
    await snap(page, 'query-demo-results', info);

    await page.reload();
    await expect(search.query).toHaveValue('service=checkout error');
    await expect(search.results.first()).toBeVisible();
    expect(await search.traceIds()).toEqual(errorIds);

    await search.search('service=checkout error duration>=5s');
    await expect(page).toHaveURL(/duration%3E%3D5s/);
    await page.goBack();
    await expect(search.query).toHaveValue('service=checkout error');
    await expect(search.service).toHaveValue('checkout');
    await page.goForward();
    await expect(search.query).toHaveValue('service=checkout error duration>=5s');
    await expect(search.minDuration).toHaveValue('5s');
  });

  test('an error shows inline at its position and the search does not run', async ({ page }, info) => {
    const search = new SearchPageObject(page);
    await search.goto('source=demo');
    await expect(search.results.first()).toBeVisible();
    const before = page.url();
    await search.query.fill('service=checkout duration>fast');
    await expect(search.queryError).toContainText('Expected a duration such as 250ms or 1.5s');
    await expect(search.queryError).toContainText('at character 27');
    // The underline covers exactly the bad value.
    await expect(page.getByTestId('query-overlay').locator('[data-error="true"]')).toHaveText('fast');
    await expect(search.query).toHaveAttribute('aria-invalid', 'true');
    await search.querySubmit.click();
    await expect(search.formProblem).toContainText('Expected a duration');
    expect(page.url()).toBe(before);
    await expect(search.formLocked).toContainText('Fix the query');
    await snap(page, 'query-error', info);

    // An unclosed parenthesis at the very end is marked where the missing part goes.
    await search.query.fill('(service=a or');
    await expect(search.queryError).toContainText('Expected a condition after "or"');
    await search.query.fill('service=checkout duration>=1s');
    await expect(search.queryError).toHaveCount(0);
  });

  test('autocomplete picks a key, then a value, from the keyboard', async ({ page }, info) => {
    const search = new SearchPageObject(page);
    await search.goto('source=demo');
    await expect(search.results.first()).toBeVisible();
    await search.query.click();
    await search.query.pressSequentially('serv');
    await expect(search.suggestions.first()).toHaveText(/service/);
    await search.query.press('Enter');
    await expect(search.query).toHaveValue('service=');
    // Values of service= come from the source's service list.
    await search.query.pressSequentially('check');
    await expect(search.suggestions.first()).toContainText('checkout');
    await search.query.press('Tab');
    await expect(search.query).toHaveValue('service=checkout ');
    // After a finished term the field list waits for ↓, so Enter would search.
    await expect(search.suggestions).toHaveCount(0);

    // Attribute keys: from the source's tag list and the traces already loaded.
    await search.query.pressSequentially('http.resp');
    await expect(search.suggestions.first()).toContainText('http.response.status_code');
    await snap(page, 'query-autocomplete', info);
    await search.query.press('ArrowDown');
    await search.query.press('ArrowUp');
    await search.query.press('Enter');
    await expect(search.query).toHaveValue('service=checkout http.response.status_code=');
    await expect(search.suggestions.first()).toBeVisible();
    await search.query.press('Escape');
    await expect(search.suggestions).toHaveCount(0);
    await search.query.pressSequentially('500');
    await search.query.press('Escape');
    await search.query.press('Enter');
    await expect(page).toHaveURL(/q=service%3Dcheckout\+http.response.status_code%3D500/);
  });

  test('recent queries are offered in an empty box, per source', async ({ page }) => {
    const search = new SearchPageObject(page);
    await search.goto('source=demo');
    await search.search('service=checkout error');
    await expect(search.results.first()).toBeVisible();
    const submittedBox = await search.query.elementHandle();
    await search.search('kind=consumer');
    await expect(page).toHaveURL(/q=kind%3Dconsumer/);
    // A search starts a fresh draft from the address (a new query box): clearing the old box
    // before it is replaced would be undone by the new one.
    await page.waitForFunction((old) => document.querySelector('[data-testid="query-input"]') !== old, submittedBox);
    await search.query.fill('');
    await search.query.click();
    await expect(search.suggestions.nth(0)).toContainText('kind=consumer');
    await expect(search.suggestions.nth(1)).toContainText('service=checkout error');
    await search.suggestions.nth(1).click();
    await expect(search.query).toHaveValue('service=checkout error');
  });

  test('the form and the query stay in sync both ways', async ({ page }) => {
    const search = new SearchPageObject(page);
    await search.goto('source=demo');
    await search.pickService('checkout');
    await expect(search.query).toHaveValue('service=checkout');
    await search.tags.fill('error=true http.response.status_code=500');
    await expect(search.query).toHaveValue('service=checkout status=error http.response.status_code=500');
    await search.minDuration.fill('250ms');
    await expect(search.query).toHaveValue('service=checkout status=error http.response.status_code=500 duration>=250ms');

    // A query the form can say fills it.
    await search.query.fill('operation="POST /api/checkout" service=payments region=eu duration<=2s');
    await expect(search.service).toHaveValue('payments');
    await expect(search.operation).toHaveValue('POST /api/checkout');
    await expect(search.tags).toHaveValue('region=eu');
    await expect(search.maxDuration).toHaveValue('2s');
    await expect(search.formLocked).toHaveCount(0);

    // One it cannot: the fields go read-only and say why.
    await search.query.fill('service=payments or duration>1s');
    await expect(search.formLocked).toHaveText('Query too complex for the form: edit it in the query box.');
    await expect(search.service).toBeDisabled();
    await expect(search.tags).toBeDisabled();
    await search.query.fill('service=payments');
    await expect(search.service).toBeEnabled();
    await expect(search.service).toHaveValue('payments');

    // A duration the form cannot read yet is the form's problem, not the query's.
    await search.minDuration.fill('soon');
    await expect(search.formProblem).toContainText('Min duration "soon" is not a duration');
    await expect(search.query).toHaveValue('service=payments');
  });

  test('a Jaeger UI search URL opens as the equivalent query', async ({ page }) => {
    const search = new SearchPageObject(page);
    await search.goto(
      'source=demo&service=checkout&operation=all&minDuration=1s&lookback=6h&limit=20' +
        `&tags=${encodeURIComponent('{"error":"true"}')}`,
    );
    await expect(search.query).toHaveValue('service=checkout status=error duration>=1s');
    await expect(search.tags).toHaveValue('error=true');
    await expect(search.results.first()).toBeVisible();
    // The URL now says it as q (the form parameters would apply twice).
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('service=checkout status=error duration>=1s');
    expect(url.searchParams.get('service')).toBeNull();
    expect(url.searchParams.get('tags')).toBeNull();
    expect(url.searchParams.get('lookback')).toBe('6h');
  });
});

test.describe('query language on backends (recorded)', () => {
  test('Jaeger: the part it cannot express runs in the browser, and the results say so', async ({ page }, info) => {
    await useRecordedBackend(page, 'jaeger');
    const search = new SearchPageObject(page);
    const requests: URL[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/v3/traces?')) requests.push(new URL(r.url()));
    });
    await page.goto(`search?source=jaeger&${RECORDED_WINDOW}&limit=3&q=${encodeURIComponent('service=frontend operation=~"dispatch|config"')}`);
    await expect(search.results).toHaveCount(2);
    await expect(search.notes).toContainText(
      'Filtered in the browser: operation=~"dispatch|config" — Jaeger returned 3 traces (its limit) before this filter; raise the limit to see more.',
    );
    // Jaeger got what it can filter on: the service.
    expect(requests.at(-1)?.searchParams.get('query.service_name')).toBe('frontend');
    expect(requests.at(-1)?.searchParams.get('query.attributes')).toBeNull();
    await search.nativeQuery.locator('summary').click();
    await expect(page.getByTestId('native-query-text')).toHaveText('service=frontend\nlimit=3');
    await snap(page, 'query-jaeger-browser-filter', info);

    // Jaeger needs a service: said in the box, no request sent.
    const sent = requests.length;
    await search.search('http.method=GET');
    await expect(search.queryError).toContainText('Jaeger searches one service at a time');
    expect(requests.length).toBe(sent);
  });

  test('Tempo: the search sends the compiled TraceQL; raw TraceQL passes through', async ({ page }, info) => {
    await useRecordedBackend(page, 'tempo');
    const sent: string[] = [];
    // Registered after the replay, so it sees the request first and then lets the replay answer.
    await page.route('**/backends/tempo/api/search?**', async (route) => {
      sent.push(new URL(route.request().url()).searchParams.get('q') ?? '');
      await route.fallback();
    });
    const search = new SearchPageObject(page);
    await page.goto(`search?source=tempo&${RECORDED_WINDOW}`);
    await expect(search.form).toBeVisible();
    await search.search('service=frontend http.status_code>=500 duration>100ms');
    // The page's first search ({}) may still be showing its results: wait for the request.
    await expect
      .poll(() => sent.at(-1))
      .toBe('{resource.service.name = "frontend" && .http.status_code >= 500 && traceDuration > 100ms}');
    await expect(search.results.first()).toBeVisible();
    await expect(search.notes).toHaveCount(0);
    await search.nativeQuery.locator('summary').click();
    await expect(page.getByTestId('native-query-text')).toHaveText(sent.at(-1)!);

    // TraceQL mode starts from the compiled query; what is typed is sent as it is.
    await page.getByTestId('traceql-toggle').click();
    await expect(search.query).toHaveValue(sent.at(-1)!);
    await expect(search.formLocked).toContainText('TraceQL mode');
    const raw = '{ resource.service.name = "frontend" } >> { status = error }';
    await search.query.fill(raw);
    await search.query.press('Enter');
    await expect(page).toHaveURL(/traceql=/);
    await expect.poll(() => sent.at(-1)).toBe(raw);
    await expect(search.results.first()).toBeVisible();
    await snap(page, 'query-tempo-traceql', info);
    await page.reload();
    await expect(search.query).toHaveValue(raw);
    await expect(page.getByTestId('traceql-toggle')).toHaveAttribute('aria-pressed', 'true');

    // Free text has no TraceQL form: said where it is.
    await page.getByTestId('traceql-toggle').click();
    await search.query.fill('service=frontend "timeout"');
    await expect(search.queryError).toContainText('Tempo cannot search free text');
    await expect(search.queryError).toContainText('at character 18');
  });

  test('dark theme: colors and the error stay readable', async ({ page }, info) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const search = new SearchPageObject(page);
    await search.goto('source=demo');
    await search.query.fill('service=checkout and (http.response.status_code>=500 or has(db.statement)) duration>2s "timeout" kind=');
    await expect(search.queryError).toBeVisible();
    await snap(page, 'query-dark-error', info);
    await search.query.fill('service=checkout kind=client ');
    await search.query.press('Escape');
    await search.query.press('Enter');
    await expect(search.results.first()).toBeVisible();
    await snap(page, 'query-dark', info);
  });
});
