import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { backendConfig, routeConfig } from './support/config';
import { AppShell } from './pages/app-shell';
import { snap } from './support/screenshot';

// A big trace shows its first rows while the rest of it is decoded. Those rows must be the
// full waterfall's first rows, unchanged and in the same place on screen: the page records
// what the preview showed the moment it appeared, and the test compares it with the full view
// that replaces it.

const TRACE_ID = '9e1f0000000000000000000000000002';
// Above the preview threshold (10,000), and small enough that two of these pages opening at
// once on a two-core CI machine stay well inside the timeouts.
const SPANS = 12_000;

interface Plain {
  readonly id: string;
  readonly parent: string | null;
  readonly name: string;
  readonly server: boolean;
  readonly startUs: number;
  readonly durationUs: number;
  readonly method: string;
  readonly status: number;
  readonly service: string;
}

/** A bushy tree over five services, with errors and http hints. */
function plainSpans(count = SPANS): Plain[] {
  const id = (n: number) => n.toString(16).padStart(16, '0');
  const services = ['gateway', 'orders', 'payments', 'stock', 'mailer'];
  return Array.from({ length: count }, (_, i) => ({
    id: id(i + 1),
    parent: i === 0 ? null : id(Math.floor((i - 1) / 3) + 1),
    name: i === 0 ? 'GET /checkout' : `step ${i % 11}`,
    server: i % 4 === 0,
    // Siblings start out of input order, so the preview has to sort them as the model does.
    startUs: 1_700_000_000_000_000 + ((i * 7919) % 50_000),
    durationUs: 10 * (1 + (i % 97)),
    method: i % 2 ? 'GET' : 'POST',
    status: i % 13 === 0 ? 500 : 200,
    service: services[i % services.length]!,
  }));
}

/** As Jaeger's /api/v3 answers: OTLP, a resource per service, string nanoseconds. */
function jaegerAnswer(spans: readonly Plain[]): string {
  const services = [...new Set(spans.map((s) => s.service))];
  const resourceSpans = services.map((service) => ({
    resource: { attributes: [{ key: 'service.name', value: { stringValue: service } }] },
    scopeSpans: [
      {
        spans: spans
          .filter((s) => s.service === service)
          .map((s) => ({
            traceId: TRACE_ID,
            spanId: s.id,
            ...(s.parent ? { parentSpanId: s.parent } : {}),
            name: s.name,
            kind: s.server ? 2 : 3,
            startTimeUnixNano: `${s.startUs}000`,
            endTimeUnixNano: `${s.startUs + s.durationUs}000`,
            attributes: [
              { key: 'http.method', value: { stringValue: s.method } },
              { key: 'http.status_code', value: { intValue: String(s.status) } },
            ],
            status: s.status === 500 ? { code: 2, message: 'failed' } : {},
          })),
      },
    ],
  }));
  return JSON.stringify({ result: { resourceSpans } });
}

/** As Jaeger's older /api/traces/{id} answers: `{data: [trace]}`, processes, microseconds. */
function jaegerLegacyAnswer(spans: readonly Plain[]): string {
  const services = [...new Set(spans.map((s) => s.service))];
  const trace = {
    traceID: TRACE_ID,
    spans: spans.map((s) => ({
      traceID: TRACE_ID,
      spanID: s.id,
      operationName: s.name,
      references: s.parent ? [{ refType: 'CHILD_OF', traceID: TRACE_ID, spanID: s.parent }] : [],
      startTime: s.startUs,
      duration: s.durationUs,
      tags: [
        { key: 'span.kind', type: 'string', value: s.server ? 'server' : 'client' },
        { key: 'http.method', type: 'string', value: s.method },
        { key: 'http.status_code', type: 'int64', value: s.status },
        ...(s.status === 500 ? [{ key: 'error', type: 'bool', value: true }] : []),
      ],
      logs: [],
      processID: `p${services.indexOf(s.service) + 1}`,
      warnings: null,
    })),
    processes: Object.fromEntries(services.map((service, i) => [`p${i + 1}`, { serviceName: service, tags: [] }])),
    warnings: null,
  };
  return JSON.stringify({ data: [trace], total: 0, limit: 0, offset: 0, errors: null });
}

/** As Zipkin's /api/v2/trace/{id} answers: one array of spans, microseconds. */
function zipkinAnswer(spans: readonly Plain[]): string {
  return JSON.stringify(
    spans.map((s) => ({
      traceId: TRACE_ID,
      id: s.id,
      ...(s.parent ? { parentId: s.parent } : {}),
      name: s.name,
      kind: s.server ? 'SERVER' : 'CLIENT',
      timestamp: s.startUs,
      duration: s.durationUs,
      localEndpoint: { serviceName: s.service },
      tags: { 'http.method': s.method, 'http.status_code': String(s.status), ...(s.status === 500 ? { error: 'failed' } : {}) },
    })),
  );
}

const BACKENDS = {
  jaeger: { path: `api/v3/traces/${TRACE_ID}`, answer: jaegerAnswer },
  zipkin: { path: `api/v2/trace/${TRACE_ID}`, answer: zipkinAnswer },
} as const;

/** Records what the preview showed the moment it was put in the page (it is gone a moment later). */
async function recordPreview(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { previewRows?: string[]; previewLabel?: string; previewTop?: number; previewFrom?: string; previewSource?: string };
    const mo = new MutationObserver(() => {
      const preview = document.querySelector<HTMLElement>('[data-testid="trace-preview"]');
      if (!preview || w.previewRows) return;
      const rows = [...preview.querySelectorAll('[data-testid="span-row"]')];
      w.previewRows = rows.map((r) => (r as HTMLElement).innerText);
      w.previewTop = rows[0]?.getBoundingClientRect().top;
      w.previewFrom = preview.dataset.readFrom;
      w.previewLabel = document.querySelector('[data-testid="trace-loading"] [role="status"]')?.textContent ?? '';
      w.previewSource = document.querySelector('[data-testid="header-source-picker"] option:checked')?.textContent ?? '';
      mo.disconnect();
    });
    mo.observe(document, { childList: true, subtree: true });
  });
}

/** Waits for the full view, then checks it against what the preview showed; returns how the preview was read. */
async function expectPreviewWasFullView(page: Page, spans: number): Promise<string | undefined> {
  const full = page.getByTestId('waterfall-body').getByTestId('span-row');
  // The answer crosses Playwright's protocol (page.route), then ~12 MB is parsed and decoded.
  await expect(full.first()).toContainText('GET /checkout', { timeout: 30_000 });
  await expect(page.getByTestId('trace-preview')).toHaveCount(0);

  const shown = await page.evaluate(() => {
    const w = window as unknown as { previewRows?: string[]; previewLabel?: string; previewTop?: number; previewFrom?: string };
    return { previewRows: w.previewRows, previewLabel: w.previewLabel, previewTop: w.previewTop, previewFrom: w.previewFrom };
  });
  // Nothing moves when the full view takes over: its first row is where the preview's was.
  const fullTop = await full.first().evaluate((r) => r.getBoundingClientRect().top);
  expect(shown.previewTop).toBe(fullTop);
  expect(shown.previewLabel).toContain(`Opening ${spans.toLocaleString('en-US')} spans`);
  // The full view renders the rows in its window (and a few more); the preview a few screens.
  const fullRows = await full.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText));
  expect(fullRows.length).toBeGreaterThan(20);
  expect(shown.previewRows!.length).toBeGreaterThanOrEqual(fullRows.length);
  expect(shown.previewRows!.slice(0, fullRows.length)).toEqual(fullRows);
  // The rows are the tree's order, not the payload's: the root, then its earliest child.
  expect(shown.previewRows![0]).toContain('GET /checkout');
  return shown.previewFrom;
}

async function openBig(page: Page, backend: keyof typeof BACKENDS): Promise<void> {
  const { path, answer } = BACKENDS[backend];
  await routeConfig(page, backendConfig(backend));
  const body = answer(plainSpans());
  await page.route(`**/backends/${backend}/${path}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await recordPreview(page);
  await page.goto(`trace/${TRACE_ID}?source=${backend}`);
  // An answer of more than one of the reader's 4 MB pieces is read as a skeleton, never
  // parsed whole, even when it comes at once (page.route); one of a single piece is parsed.
  const pieces = Math.ceil(Buffer.byteLength(body) / (4 * 1024 * 1024));
  expect(await expectPreviewWasFullView(page, SPANS)).toBe(pieces > 1 ? 'text' : 'parsed');
}

for (const backend of Object.keys(BACKENDS) as (keyof typeof BACKENDS)[]) {
  test(`a big trace from ${backend} shows its first rows before the rest, exactly as the full view shows them`, async ({ page }) => {
    await openBig(page, backend);
  });
}

test('a big trace file shows its first rows while it is decoded, exactly as the full view shows them', async ({ page }) => {
  await recordPreview(page);
  await page.goto('search?source=demo');
  // The same trace as Jaeger's /api/v3 would send it: a file saved from there.
  const buffer = Buffer.from(BACKENDS.jaeger.answer(plainSpans()));
  await new AppShell(page).fileInput.setInputFiles({ name: 'checkout.json', mimeType: 'application/json', buffer });
  await expect(page).toHaveURL(new RegExp(`/trace/${TRACE_ID}\\?source=file%3Acheckout\\.json`));
  expect(await expectPreviewWasFullView(page, SPANS)).toBe('parsed');
  // The source picker said the file was still opening, and no longer does.
  expect(await page.evaluate(() => (window as unknown as { previewSource?: string }).previewSource)).toBe('checkout.json (opening…)');
  await expect(page.getByTestId('header-source-picker').locator('option:checked')).toHaveText('checkout.json');
});

test('a big trace file that turns out unreadable past its first rows says so, and is not kept', async ({ page }, info) => {
  await recordPreview(page);
  await page.goto('search?source=demo');
  const answer = JSON.parse(BACKENDS.jaeger.answer(plainSpans())) as { result: { resourceSpans: { scopeSpans: { spans: Record<string, unknown>[] }[] }[] } };
  // The preview reads every span's ids and times; the full decode reads the rest.
  const spans = answer.result.resourceSpans[0]!.scopeSpans[0]!.spans;
  spans[spans.length - 1]!.attributes = 'not a list';
  await new AppShell(page).fileInput.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(answer)) });
  const error = page.getByTestId('error-panel');
  await expect(error).toContainText('Could not read cut.json: expected a list of attributes', { timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { previewRows?: string[] }).previewRows?.length)).toBeGreaterThan(20);
  await snap(page, 'file-preview-unreadable', info);
  // Not among the opened files any more (only as the page's own, now unknown, source).
  await expect(page.getByTestId('header-source-picker').locator('optgroup[label="Opened files"]')).toHaveCount(0);
});

test('a big answer with a span that is not JSON says the answer is not JSON, after its first rows', async ({ page }, info) => {
  await routeConfig(page, backendConfig('jaeger'));
  const good = BACKENDS.jaeger.answer(plainSpans());
  // The last span's kind spelled wrong: read as a skeleton, the answer previews; the span's
  // own parse then fails, and the page says what a parse of the whole would have said.
  const at = good.lastIndexOf('"kind":');
  const body = `${good.slice(0, at)}"kind":tru${good.slice(good.indexOf(',', at))}`;
  await page.route(`**/backends/jaeger/api/v3/traces/${TRACE_ID}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await recordPreview(page);
  await page.goto(`trace/${TRACE_ID}?source=jaeger`);
  const error = page.getByTestId('error-panel');
  await expect(error).toContainText('is unreadable: it is not JSON', { timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { previewRows?: string[] }).previewRows?.length)).toBeGreaterThan(20);
  await snap(page, 'trace-span-not-json', info);
});

test.describe('in a narrower window', () => {
  // Where the header's stats take two lines: the clock-skew toggle, which appears after the
  // rest, once wrapped them onto a third line there and moved the rows down by 26 px.
  test.use({ viewport: { width: 1000, height: 900 } });
  test('the rows stay where the preview put them', async ({ page }) => {
    await openBig(page, 'jaeger');
  });
});

test('a big trace from a Jaeger without /api/v3 (its older /api) shows its first rows before the rest too', async ({ page }) => {
  await routeConfig(page, backendConfig('jaeger'));
  await page.route(`**/backends/jaeger/api/v3/traces/${TRACE_ID}`, (route) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: '404 page not found\n' }),
  );
  const body = jaegerLegacyAnswer(plainSpans());
  await page.route(`**/backends/jaeger/api/traces/${TRACE_ID}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await recordPreview(page);
  await page.goto(`trace/${TRACE_ID}?source=jaeger`);
  expect(await expectPreviewWasFullView(page, SPANS)).toBe('parsed');
});

test.describe('over a slow link', () => {
  // 40,000 spans (10–14 MB, at least three of the reader's 4 MB blocks) at ~5 MB/s, from a
  // real socket: the page reads the spans' places from the text while the rest arrives.
  const SLOW_SPANS = 40_000;
  const bodies = {
    jaeger: Buffer.from(jaegerAnswer(plainSpans(SLOW_SPANS))),
    zipkin: Buffer.from(zipkinAnswer(plainSpans(SLOW_SPANS))),
  };
  let server: Server;

  test.beforeAll(async () => {
    server = createServer((req, res) => {
      const headers = { 'access-control-allow-origin': '*', 'content-type': 'application/json' };
      const backend = (Object.keys(BACKENDS) as (keyof typeof BACKENDS)[]).find((b) => req.url === `/${b}/${BACKENDS[b].path}`);
      if (!backend) {
        res.writeHead(404, headers).end('{}');
        return;
      }
      const body = bodies[backend];
      res.writeHead(200, { ...headers, 'content-length': String(body.length) });
      const piece = 512 * 1024;
      let at = 0;
      const next = () => {
        if (res.destroyed) return;
        const end = Math.min(body.length, at + piece);
        res.write(body.subarray(at, end));
        at = end;
        if (at < body.length) setTimeout(next, 100);
        else res.end();
      };
      next();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  for (const backend of Object.keys(BACKENDS) as (keyof typeof BACKENDS)[]) {
    test(`a big trace from ${backend} shows its first rows from the text, before JSON.parse, exactly as the full view shows them`, async ({ page }) => {
      const { port } = server.address() as AddressInfo;
      await routeConfig(page, {
        sources: [{ id: 'slow', name: `Slow ${backend}`, type: backend, url: `http://127.0.0.1:${port}/${backend}`, timeoutMs: 30_000 }],
        defaultSource: 'slow',
      });
      await recordPreview(page);
      await page.goto(`trace/${TRACE_ID}?source=slow`);
      expect(await expectPreviewWasFullView(page, SLOW_SPANS)).toBe('text');
    });
  }
});
