import { expect, test, type Page } from '@playwright/test';
import { DEMO_TRACE_IDS } from '../src/adapters/demo/demo-trace-ids';
import { snap } from './support/screenshot';

// Tracescope in an iframe of a host page served on the same origin (page.route): embed mode,
// the "Open in Tracescope" link and the postMessage protocol of docs/embedding.md.

const TRACE = DEMO_TRACE_IDS.checkoutTimeout[0];

const HOST_PAGE = (src: string) => `<!doctype html>
<html><head><title>Host</title>
<style>body{margin:0;font:13px sans-serif} iframe{border:1px solid #999;display:block}</style></head>
<body>
<p>Host page with Tracescope embedded</p>
<iframe id="app" src="${src}" width="1100" height="640" title="Trace"></iframe>
<iframe id="hostile" srcdoc="<p>another frame</p>" width="200" height="40" title="Other"></iframe>
<script>
  window.received = [];
  window.addEventListener('message', (e) => {
    if (e.source === document.getElementById('app').contentWindow) window.received.push({ origin: e.origin, data: e.data });
  });
</script>
</body></html>`;

async function openHost(page: Page, query = 'source=demo&embed=1') {
  const src = `trace/${TRACE}?${query}`;
  await page.route('**/embed-host.html', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: HOST_PAGE(src) }),
  );
  await page.goto('embed-host.html');
  const frame = page.frameLocator('#app');
  await expect(frame.getByTestId('span-row').first()).toBeVisible({ timeout: 30_000 });
  return frame;
}

const received = (page: Page) =>
  page.evaluate(() => (window as unknown as { received: { origin: string; data: { type: string } & Record<string, unknown> }[] }).received);
const ofType = async (page: Page, type: string) => (await received(page)).filter((m) => m.data.type === type);
const appFrameUrl = (page: Page) => page.frame({ url: /\/trace\// })!.url();

test.describe('embed mode in an iframe', () => {
  test('no header, an open link, ready and span-selected posted to the parent', async ({ page, baseURL }, info) => {
    const frame = await openHost(page);
    await expect(frame.locator('header.header')).toHaveCount(0);
    const open = frame.getByTestId('open-in-tracescope');
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('rel', /noopener/);
    const href = (await open.getAttribute('href')) ?? '';
    expect(href).toContain(`/trace/${TRACE}?source=demo`);
    expect(href).not.toContain('embed');

    const origin = new URL(baseURL!).origin;
    await expect.poll(async () => (await ofType(page, 'tracescope:ready')).length).toBe(1);
    expect((await ofType(page, 'tracescope:ready'))[0]!.origin).toBe(origin);

    await frame.getByTestId('span-row').nth(1).click();
    await expect.poll(async () => (await ofType(page, 'tracescope:span-selected')).length).toBeGreaterThan(0);
    const selected = (await ofType(page, 'tracescope:span-selected')).at(-1)!.data as unknown as {
      traceId: string;
      span: { uid: string; spanId: string; name: string; service: string };
    };
    expect(selected.traceId).toBe(TRACE);
    expect(selected.span.service).toBe('api-gateway');
    expect(selected.span.spanId).toMatch(/^[0-9a-f]{16}$/);
    await expect(frame.locator('[data-testid="span-row"][aria-selected="true"]')).toContainText(selected.span.name);
    await snap(page, 'embed-in-iframe', info);
  });

  test('the app fits its iframe and reports size changes', async ({ page }) => {
    const frame = await openHost(page);
    const sizes = await frame.locator('html').evaluate((html) => ({
      scroll: html.scrollHeight,
      client: html.clientHeight,
      overflow: getComputedStyle(html).overflow,
    }));
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
    expect(sizes.overflow).toBe('hidden');
    await page.evaluate(() => {
      (document.getElementById('app') as HTMLIFrameElement).height = '480';
    });
    await expect
      .poll(async () => (await ofType(page, 'tracescope:resize')).some((m) => (m.data as unknown as { height: number }).height <= 480))
      .toBe(true);
  });

  test('select-span from the parent is obeyed; hostile and malformed messages are ignored', async ({ page }) => {
    const frame = await openHost(page);
    const uid = await frame.getByTestId('span-row').nth(2).getAttribute('data-span-uid');
    expect(uid).toBeTruthy();

    // Another frame on the same origin: not the parent, so ignored.
    await page.evaluate(
      ({ uid }) => {
        const hostile = (document.getElementById('hostile') as HTMLIFrameElement).contentWindow as unknown as {
          eval(code: string): void;
        };
        const app = (document.getElementById('app') as HTMLIFrameElement).contentWindow!;
        hostile.eval(`parent.frames[0].postMessage({ type: 'tracescope:select-span', uid: '${uid}' }, '*')`);
        // From the parent, but not a request we understand.
        app.postMessage({ type: 'tracescope:navigate', url: 'https://evil.example/' }, '*');
        app.postMessage({ type: 'tracescope:select-span', uid: '<img src=x onerror=alert(1)>' }, '*');
      },
      { uid },
    );
    await page.waitForTimeout(500);
    expect(appFrameUrl(page)).not.toContain('span=');

    // From the parent window, well formed: selected.
    await page.evaluate(
      ({ uid }) => {
        const app = (document.getElementById('app') as HTMLIFrameElement).contentWindow!;
        app.postMessage({ type: 'tracescope:select-span', uid }, location.origin);
      },
      { uid },
    );
    await expect.poll(() => appFrameUrl(page)).toContain(`span=${uid}`);
    await expect(frame.locator('[data-testid="span-row"][aria-selected="true"]')).toHaveCount(1);
  });

  test("Jaeger UI's uiEmbed=v0 link with its options and theme", async ({ page }, info) => {
    const frame = await openHost(page, 'source=demo&uiEmbed=v0&uiTimelineHideMinimap=1&uiTimelineCollapseTitle=1&uiTheme=dark');
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(frame.getByTestId('minimap')).toBeHidden();
    await expect(frame.locator('.th-stats')).toBeHidden();
    await expect(frame.getByTestId('trace-title')).toBeVisible();
    await snap(page, 'embed-jaeger-dark', info);
  });
});
