#!/usr/bin/env node
// `npm test`: lint (layering + types), unit tests, production build, then the Playwright
// suite in Chromium. Each step's counts are summed into one closing line
// "N passed, M failed" so people and CI read one figure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const results = '.cache/test-results';
mkdirSync(results, { recursive: true });

function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/** The titles of the tests Playwright's JSON report marks flaky, with their file and project. */
function flakyTitles(report) {
  const out = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status === 'flaky') out.push(`[${t.projectName}] ${spec.file} › ${[...path, spec.title].join(' › ')}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, child.title && !child.title.endsWith('.ts') ? [...path, child.title] : path);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return out;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
let failedSteps = [];

if (run('lint', 'npm', ['run', '-s', 'lint']) !== 0) failedSteps.push('lint');

const unitJson = `${results}/unit.json`;
const unitStatus = run('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
const unit = readJson(unitJson);
if (unit) {
  const skipped = (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  lines.push(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed, ${skipped} skipped`);
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += skipped;
}
if (unitStatus !== 0) failedSteps.push('unit');

if (run('build', 'npm', ['run', '-s', 'build']) !== 0) {
  failedSteps.push('build');
} else {
  const e2eJson = `${results}/e2e.json`;
  const e2eStatus = run('e2e', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });
  const e2e = existsSync(e2eJson) ? readJson(e2eJson) : null;
  if (e2e?.stats) {
    const s = e2e.stats;
    const failed = s.unexpected ?? 0;
    // A test that failed and then passed on CI's one retry counts as passed, and is named so
    // it does not go unnoticed.
    const flaky = flakyTitles(e2e);
    const passed = (s.expected ?? 0) + (s.flaky ?? 0);
    lines.push(`e2e: ${passed} passed, ${failed} failed, ${s.skipped ?? 0} skipped${flaky.length ? `, ${flaky.length} flaky` : ''}`);
    for (const t of flaky) lines.push(`  flaky (failed, then passed on retry): ${t}`);
    totals.passed += passed;
    totals.failed += failed;
    totals.skipped += s.skipped ?? 0;
  }
  if (e2eStatus !== 0) failedSteps.push('e2e');
}

console.log('');
for (const l of lines) console.log(l);
if (failedSteps.length) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
