import { expect, test } from '@playwright/test';
import { backendConfig, routeConfig } from './support/config';

// A big trace shows its first rows while the rest of it is decoded. Those rows must be the
// full waterfall's first rows, unchanged: the page records what the preview showed the moment
// it appeared, and the test compares it with the full view that replaces it.

const TRACE_ID = '9e1f0000000000000000000000000002';
const SPANS = 20_000;

/** A Jaeger /api/v3 answer: a bushy tree over five services, with errors and http hints. */
function bigAnswer(): string {
  const t0 = 1_700_000_000_000_000_000n;
  const id = (n: number) => n.toString(16).padStart(16, '0');
  const services = ['gateway', 'orders', 'payments', 'stock', 'mailer'];
  const spans = Array.from({ length: SPANS }, (_, i) => {
    const parent = i === 0 ? null : Math.floor((i - 1) / 3);
    return {
      traceId: TRACE_ID,
      spanId: id(i + 1),
      ...(parent === null ? {} : { parentSpanId: id(parent + 1) }),
      name: i === 0 ? 'GET /checkout' : `step ${i % 11}`,
      kind: i % 4 === 0 ? 2 : 3,
      // Siblings start out of input order, so the preview has to sort them as the model does.
      startTimeUnixNano: String(t0 + BigInt((i * 7919) % 50_000) * 1000n),
      endTimeUnixNano: String(t0 + BigInt((i * 7919) % 50_000) * 1000n + BigInt(1 + (i % 97)) * 10_000n),
      attributes: [
        { key: 'http.method', value: { stringValue: i % 2 ? 'GET' : 'POST' } },
        { key: 'http.status_code', value: { intValue: i % 13 === 0 ? '500' : '200' } },
      ],
      status: i % 13 === 0 ? { code: 2, message: 'failed' } : {},
      service: services[i % services.length],
    };
  });
  const resourceSpans = services.map((service) => ({
    resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
    scopeSpans: [{ spans: spans.filter((s) => s.service === service).map(({ service: _, ...s }) => s) }],
  }));
  return JSON.stringify({ result: { resourceSpans } });
}

test('a big trace shows its first rows before the rest, exactly as the full view shows them', async ({ page }) => {
  await routeConfig(page, backendConfig('jaeger'));
  const body = bigAnswer();
  await page.route(`**/backends/jaeger/api/v3/traces/${TRACE_ID}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  // What the preview showed, read the moment it was put in the page (it is gone a moment later).
  await page.addInitScript(() => {
    const w = window as unknown as { previewRows?: string[]; previewLabel?: string };
    const mo = new MutationObserver(() => {
      const preview = document.querySelector('[data-testid="trace-preview"]');
      if (!preview || w.previewRows) return;
      w.previewRows = [...preview.querySelectorAll('[data-testid="span-row"]')].map((r) => (r as HTMLElement).innerText);
      w.previewLabel = document.querySelector('[data-testid="trace-loading"] [role="status"]')?.textContent ?? '';
      mo.disconnect();
    });
    mo.observe(document, { childList: true, subtree: true });
  });
  await page.goto(`trace/${TRACE_ID}?source=jaeger`);
  const full = page.getByTestId('waterfall-body').getByTestId('span-row');
  await expect(full.first()).toContainText('GET /checkout');
  await expect(page.getByTestId('trace-preview')).toHaveCount(0);

  const shown = await page.evaluate(() => {
    const w = window as unknown as { previewRows?: string[]; previewLabel?: string };
    return { previewRows: w.previewRows, previewLabel: w.previewLabel };
  });
  expect(shown.previewLabel).toContain(`Opening ${SPANS.toLocaleString('en-US')} spans`);
  // The full view renders the rows in its window (and a few more); the preview a few screens.
  const fullRows = await full.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText));
  expect(fullRows.length).toBeGreaterThan(20);
  expect(shown.previewRows!.length).toBeGreaterThanOrEqual(fullRows.length);
  expect(shown.previewRows!.slice(0, fullRows.length)).toEqual(fullRows);
  // The rows are the tree's order, not the payload's: the root, then its earliest child.
  expect(shown.previewRows![0]).toContain('GET /checkout');
});
