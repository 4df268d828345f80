import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium-launch.mjs';

// The built app (dist/) served by scripts/serve.mjs, once at the root and once under a
// sub-path to prove relative assets, <base href> and deep links. `npm test` builds first.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const SUBPATH_PORT = PORT + 1;
export const SUB_PATH = '/portal/tracescope/';
// The e2e suite never talks to real backends: clear the variables serve.mjs reads.
const NO_BACKENDS = { JAEGER_URL: '', TEMPO_URL: '', ZIPKIN_URL: '', HOST: '127.0.0.1' };

/**
 * Serves a snapshot of dist/ taken at start, so a rebuild running meanwhile (another
 * terminal, another engineer's `npm run build`) cannot pull files from under the tests.
 */
function serveSnapshot(port: number): string {
  const dir = `.cache/e2e-dist-${port}`;
  // DIST_DIR names another build to test (e.g. one built with --outDir elsewhere).
  const from = process.env.DIST_DIR ?? 'dist';
  const copy = `const fs=require('fs');fs.rmSync('${dir}',{recursive:true,force:true});fs.cpSync('${from}','${dir}',{recursive:true})`;
  return `node -e "${copy}" && node scripts/serve.mjs`;
}

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Playwright empties outputDir when a run starts: concurrent runs (shared working trees)
  // each pass their own E2E_OUTPUT, and E2E_PORT, so they do not trip over each other.
  outputDir: process.env.E2E_OUTPUT ?? 'test-results/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  // One retry on CI: a test that fails once under load and then passes is reported as flaky
  // by name in the closing lines (scripts/test-all.mjs), not hidden and not fatal.
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  // scripts/test-all.mjs asks for a JSON report too (PLAYWRIGHT_JSON_OUTPUT_NAME) to count results.
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
    ...(process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['json'] as ['json']] : []),
  ],
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1400, height: 900 },
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'root',
      testIgnore: '**/sub-path.spec.ts',
      use: { baseURL: `http://127.0.0.1:${PORT}/` },
    },
    {
      name: 'sub-path',
      testMatch: '**/sub-path.spec.ts',
      use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}${SUB_PATH}` },
    },
  ],
  webServer: [
    {
      command: serveSnapshot(PORT),
      env: { ...NO_BACKENDS, PORT: String(PORT), DIST_DIR: `.cache/e2e-dist-${PORT}` },
      url: `http://127.0.0.1:${PORT}/config.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: serveSnapshot(SUBPATH_PORT),
      env: { ...NO_BACKENDS, PORT: String(SUBPATH_PORT), BASE_PATH: SUB_PATH, DIST_DIR: `.cache/e2e-dist-${SUBPATH_PORT}` },
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUB_PATH}config.json`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
