import { expect, test } from '@playwright/test';
import { SearchPageObject } from './pages/search-page';
import { failBackend, type BackendFailure } from './support/backend-errors';
import { backendConfig, routeConfig } from './support/config';
import { snap } from './support/screenshot';

const BACKENDS = ['jaeger', 'tempo', 'zipkin'] as const;

/** What the error panel must say for each failure (its kind and the text that explains it). */
const EXPECTED: Readonly<Record<BackendFailure, { kind: RegExp; text: RegExp }>> = {
  refused: { kind: /unreachable|cors/, text: /could not be reached|blocked the request/ },
  'not-found': { kind: /not-found/, text: /Not found \(HTTP 404\)/ },
  server: { kind: /server/, text: /storage backend exploded: disk full/ },
  garbage: { kind: /bad-payload/, text: /unreadable/ },
};

function searchUrl(type: string): string {
  const end = Date.now() * 1000;
  return `search?source=${type}&service=frontend&lookback=1h&start=${end - 3600e6}&end=${end}&limit=20`;
}

for (const backend of BACKENDS) {
  test.describe(`${backend} failures are explained`, () => {
    for (const failure of Object.keys(EXPECTED) as BackendFailure[]) {
      test(`${failure}`, async ({ page }, info) => {
        await routeConfig(page, backendConfig(backend));
        await failBackend(page, backend, failure);
        const search = new SearchPageObject(page);
        await page.goto(searchUrl(backend));
        await expect(search.errorPanel).toBeVisible();
        await expect(search.errorPanel).toHaveAttribute('data-kind', EXPECTED[failure].kind);
        await expect(search.errorPanel).toContainText(EXPECTED[failure].text);
        if (failure === 'server' || (backend === 'jaeger' && failure === 'refused')) {
          await snap(page, `${backend}-${failure}`, info);
        }
      });
    }

    test('opening a trace that fails shows the panel on the trace page', async ({ page }) => {
      await routeConfig(page, backendConfig(backend));
      await failBackend(page, backend, 'server');
      await page.goto(`trace/0af7651916cd43dd8448eb211c80319c?source=${backend}`);
      await expect(page.getByTestId('error-panel').first()).toContainText('storage backend exploded');
    });
  });
}
