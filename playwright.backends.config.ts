import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium-launch.mjs';

// The journeys against the real backends (issue 3): the built app served by scripts/serve.mjs
// with JAEGER_URL / TEMPO_URL / ZIPKIN_URL pointing at running servers, one project per
// backend. Run by `npm run test:backends` (which starts the backends, the demo traffic and
// the server, and passes E2E_BASE_URL); on its own it serves dist/ itself on E2E_PORT with
// the backends' loopback URLs. Never part of the hermetic `npx playwright test` (testDir
// differs). Each project skips itself, saying why, when its backend does not answer.
const PORT = Number(process.env.E2E_PORT ?? 4480);
const BASE_URL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${PORT}/`;
const BACKEND_URLS = {
  JAEGER_URL: process.env.JAEGER_URL ?? 'http://127.0.0.1:16686',
  TEMPO_URL: process.env.TEMPO_URL ?? 'http://127.0.0.1:3200',
  ZIPKIN_URL: process.env.ZIPKIN_URL ?? 'http://127.0.0.1:9411',
};

export default defineConfig({
  testDir: 'e2e-backends',
  testMatch: '**/*.spec.ts',
  outputDir: process.env.E2E_OUTPUT ?? 'test-results/e2e-backends',
  fullyParallel: true,
  // Two cores shared with the backends themselves: more workers only add contention.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: BASE_URL,
    viewport: { width: 1400, height: 900 },
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: (['jaeger', 'tempo', 'zipkin'] as const).map((backend) => ({
    name: backend,
    metadata: { backend },
  })),
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: 'node scripts/serve.mjs',
        env: { ...BACKEND_URLS, HOST: '127.0.0.1', PORT: String(PORT) },
        url: `${BASE_URL}config.json`,
        reuseExistingServer: true,
        timeout: 30_000,
      },
});
