import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkHttp, NGINX, startNginx, SUB_PATH, type RunningNginx } from '../scripts/nginx-test.mjs';
import { DEMO_TRACE_IDS } from '../src/adapters/demo/demo-trace-ids';
import { snap } from './support/screenshot';

// The nginx deployment of deploy/nginx/ at the sub-path /tracescope/, run with Debian's nginx
// (scripts/nginx-test.mjs), three fake backends behind its proxies, and the built dist/.

const CHECKOUT = DEMO_TRACE_IDS.checkoutTimeout[0];

test.describe('nginx deployment at /tracescope/', () => {
  test.skip(!existsSync(NGINX), `${NGINX} not found: install Debian's nginx (apt-get install -y nginx) to run the nginx deployment test`);
  test.describe.configure({ mode: 'serial' });

  let nginx: RunningNginx;
  let dist: string;
  test.beforeAll(async () => {
    // A copy of dist/, so a rebuild meanwhile cannot pull files from under nginx.
    dist = mkdtempSync(join(tmpdir(), 'tracescope-nginx-dist-'));
    cpSync('dist', dist, { recursive: true });
    nginx = await startNginx({ distDir: dist });
  });
  test.afterAll(async () => {
    await nginx?.stop();
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  test('HTTP: SPA fallback, cache headers, 404 for missing assets, proxies with prefix stripped and tenant injected', async () => {
    expect(await checkHttp(nginx.appUrl)).toEqual([]);
  });

  test('search page and navigation stay under the sub-path', async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${nginx.appUrl}search?source=demo`);
    const results = page.getByTestId('trace-result');
    await expect(results.first()).toBeVisible({ timeout: 30_000 });
    await results.first().locator('a').first().click();
    await expect(page).toHaveURL(new RegExp(`${SUB_PATH}trace/[0-9a-f]{32}\\?source=demo`));
    await expect(page.getByTestId('span-row').first()).toBeVisible();
    expect(failed).toEqual([]);
  });

  test('a deep link to a span opens the trace, reloads, and proxied backends answer', async ({ page }, info) => {
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${nginx.appUrl}trace/${CHECKOUT}?source=demo`);
    await expect(page.getByTestId('span-row').first()).toBeVisible({ timeout: 30_000 });
    await page.getByTestId('span-row').nth(1).click();
    await expect(page).toHaveURL(/[?&]span=[0-9a-f]{16}/);
    const deepLink = page.url();

    await page.goto(deepLink);
    await expect(page.getByTestId('span-details')).toBeVisible();
    expect(await page.evaluate(() => document.baseURI)).toBe(nginx.appUrl);
    await snap(page, 'nginx-deep-link', info);

    // From the page, as the app's adapters call them: same origin, relative to the app.
    const answers = await page.evaluate(async () =>
      Promise.all(
        ['jaeger/api/v3/services', 'tempo/api/echo', 'zipkin/api/v2/services'].map(async (p) => {
          const r = await fetch(new URL(`backends/${p}`, document.baseURI));
          return r.json() as Promise<{ backend: string; path: string; tenant: string | null }>;
        }),
      ),
    );
    expect(answers.map((a) => [a.backend, a.path, a.tenant])).toEqual([
      ['jaeger', '/api/v3/services', null],
      ['tempo', '/api/echo', 'team-a'],
      ['zipkin', '/api/v2/services', null],
    ]);
    expect(failed).toEqual([]);
  });
});
