import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { routeConfig } from './support/config';
import { snap } from './support/screenshot';

// A big trace arriving over a real socket in two halves, with a pause between them: the
// trace page says how much has arrived (with and without Content-Length), and the rows show
// once the rest comes. page.route answers in one piece, so this needs a server of its own.

const TRACE_ID = '5e1f0000000000000000000000000001';
const SPANS = 12_000;

/** A Jaeger /api/v3 answer of SPANS spans under one root, ~6.5 MB. */
function bigAnswer(): Buffer {
  const t0 = 1_700_000_000_000_000_000n;
  const id = (n: number) => n.toString(16).padStart(16, '0');
  const spans = Array.from({ length: SPANS }, (_, i) => ({
    traceId: TRACE_ID,
    spanId: id(i + 1),
    ...(i === 0 ? {} : { parentSpanId: id(1) }),
    name: i === 0 ? 'GET /big' : `work ${i}`,
    kind: i === 0 ? 2 : 1,
    startTimeUnixNano: String(t0 + BigInt(i) * 1000n),
    endTimeUnixNano: String(t0 + BigInt(i) * 1000n + (i === 0 ? 100_000_000n : 500_000n)),
    attributes: [{ key: 'note', value: { stringValue: 'x'.repeat(400) } }],
    status: {},
  }));
  return Buffer.from(
    JSON.stringify({
      result: {
        resourceSpans: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: 'big' } }] }, scopeSpans: [{ spans }] }],
      },
    }),
  );
}

const body = bigAnswer();
let server: Server;
let release: () => void = () => {};
let announceLength = true;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const cors = { 'access-control-allow-origin': '*', 'content-type': 'application/json' };
    if (!req.url?.startsWith(`/api/v3/traces/${TRACE_ID}`)) {
      res.writeHead(404, cors).end('{}');
      return;
    }
    res.writeHead(200, announceLength ? { ...cors, 'content-length': String(body.length) } : cors);
    const half = Math.floor(body.length / 2);
    res.write(body.subarray(0, half));
    new Promise<void>((resolve) => (release = resolve)).then(() => res.end(body.subarray(half)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  release();
  await new Promise((resolve) => server.close(resolve));
});

for (const announced of [true, false]) {
  test(`says how much of a big trace has arrived (${announced ? 'with' : 'without'} Content-Length), then shows it`, async ({ page }, info) => {
    announceLength = announced;
    const { port } = server.address() as AddressInfo;
    await routeConfig(page, {
      sources: [{ id: 'slow', name: 'Slow Jaeger', type: 'jaeger', url: `http://127.0.0.1:${port}`, timeoutMs: 30_000 }],
      defaultSource: 'slow',
    });
    await page.goto(`trace/${TRACE_ID}?source=slow`);
    const mb = (body.length / 1e6).toFixed(1);
    const half = ((Math.floor(body.length / 2)) / 1e6).toFixed(1);
    const progress = announced ? `Downloading ${half} of ${mb} MB…` : `Downloading ${half} MB…`;
    await expect(page.getByText(progress)).toBeVisible();
    // A known size also gets a bar, half full.
    const bar = page.getByTestId('trace-download-bar');
    if (announced) {
      await expect(bar).toHaveAttribute('max', String(body.length));
      await expect(bar).toHaveAttribute('value', String(Math.floor(body.length / 2)));
      await snap(page, 'trace-download-progress', info);
    } else {
      await expect(bar).toHaveCount(0);
    }
    await expect(page.getByTestId('span-row')).toHaveCount(0);
    release();
    await expect(page.getByTestId('span-row').first()).toContainText('GET /big');
    await expect(page.getByText(progress)).toHaveCount(0);
  });
}
