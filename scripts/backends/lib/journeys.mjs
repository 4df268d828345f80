// Runs the browser journeys (e2e-backends/, playwright.backends.config.ts) against backends
// that are up and fed: builds the app once into its own folder (so a concurrent `npm run
// build` or the hermetic suite's dist/ are never touched), serves it with scripts/serve.mjs
// on a free port with the backends' URLs, runs Playwright with a JSON report, and returns
// pass/fail counts per backend (= Playwright project). Stops the server it started.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { BACKENDS, REPO_ROOT } from './definitions.mjs';
import { httpStatus, sleep } from './probe.mjs';

const ENV_OF = { jaeger: 'JAEGER_URL', tempo: 'TEMPO_URL', zipkin: 'ZIPKIN_URL' };
const DIST = join(REPO_ROOT, '.cache/backends-journeys/dist');
const REPORT = join(REPO_ROOT, '.cache/backends-journeys/report.json');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

/** Every test of the JSON report as `{ project, title, status }` (status: Playwright's outcome). */
export function reportOutcomes(report) {
  const out = [];
  const stack = [...(report.suites ?? [])];
  while (stack.length) {
    const suite = stack.pop();
    stack.push(...(suite.suites ?? []));
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const last = t.results?.[t.results.length - 1];
        const skipNote = t.annotations?.find((a) => a.type === 'skip')?.description;
        out.push({ project: t.projectName, title: spec.title, status: t.status, skipNote, error: last?.error?.message });
      }
    }
  }
  return out;
}

/** Per backend: passed (expected or flaky), failed (unexpected), skipped, with titles and a skip reason. */
export function countJourneys(outcomes, names) {
  const counts = {};
  for (const name of names) counts[name] = { passed: 0, failed: 0, skipped: 0, failedTitles: [], skipReason: null };
  for (const o of outcomes) {
    const c = counts[o.project];
    if (!c) continue;
    if (o.status === 'expected' || o.status === 'flaky') c.passed++;
    else if (o.status === 'skipped') {
      c.skipped++;
      c.skipReason ??= o.skipNote ?? null;
    } else {
      c.failed++;
      c.failedTitles.push(`${o.title}${o.error ? ` — ${o.error.split('\n')[0].replace(/\u001b\[[0-9;]*m/g, '')}` : ''}`);
    }
  }
  return counts;
}

const failAll = (names, why) =>
  Object.fromEntries(names.map((n) => [n, { passed: 0, failed: 1, skipped: 0, failedTitles: [why], skipReason: null }]));

export async function runJourneys(names, { manifestPath, log = console.log } = {}) {
  if (!names.length) return {};
  log('journeys: building the app (vite build) into .cache/backends-journeys/dist');
  const build = spawnSync(npx, ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) return failAll(names, `the app does not build (vite build exited ${build.status})`);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}/`;
  const env = { ...process.env, HOST: '127.0.0.1', PORT: String(port), DIST_DIR: DIST, BASE_PATH: '/', JAEGER_URL: '', TEMPO_URL: '', ZIPKIN_URL: '' };
  for (const n of names) env[ENV_OF[n]] = BACKENDS[n].url;
  const server = spawn(process.execPath, [join(REPO_ROOT, 'scripts/serve.mjs')], { cwd: REPO_ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    const deadline = Date.now() + 20_000;
    while ((await httpStatus(`${base}config.json`)) !== 200) {
      if (server.exitCode !== null || Date.now() > deadline) return failAll(names, `scripts/serve.mjs did not start on port ${port}`);
      await sleep(200);
    }
    log(`journeys: app on ${base}; running playwright -c playwright.backends.config.ts (${names.join(', ')})`);
    rmSync(REPORT, { force: true });
    const projects = names.flatMap((n) => ['--project', n]);
    const run = await new Promise((resolveRun) => {
      const child = spawn(npx, ['playwright', 'test', '-c', 'playwright.backends.config.ts', ...projects, '--reporter=list,json'], {
        cwd: REPO_ROOT,
        stdio: 'inherit',
        env: { ...process.env, E2E_BASE_URL: base, E2E_MANIFEST: manifestPath, PLAYWRIGHT_JSON_OUTPUT_FILE: REPORT, PLAYWRIGHT_JSON_OUTPUT_NAME: REPORT },
      });
      child.on('exit', (code) => resolveRun(code));
      child.on('error', (e) => resolveRun(e));
    });
    if (!existsSync(REPORT)) return failAll(names, `playwright wrote no report (exit ${run instanceof Error ? run.message : run})`);
    return countJourneys(reportOutcomes(JSON.parse(readFileSync(REPORT, 'utf8'))), names);
  } finally {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
  }
}
