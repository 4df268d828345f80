#!/usr/bin/env node
// npm run test:backends [-- [jaeger] [tempo] [zipkin]]
// Self-contained: installs (if needed) and starts the backends that are not already running,
// sends the demo traffic, checks each backend's API answers against the manifest, stops what
// it started, and ends with one line per backend ("jaeger: N passed, M failed" or
// "jaeger: skipped: <reason>") and a total line.
// After the API checks, the browser journeys (e2e-backends/, playwright.backends.config.ts)
// run through the built app and scripts/serve.mjs's proxies; their per-backend counts are
// folded into the same lines. `--no-journeys` runs the API checks only.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BACKENDS, REPO_ROOT, parseNames } from './lib/definitions.mjs';
import { runApiChecks } from './lib/api-checks.mjs';
import { runJourneys } from './lib/journeys.mjs';
import { isRunning, startBackends } from './start.mjs';
import { installBackends, isInstalled } from './install.mjs';

const log = (m) => console.log(`[test:backends] ${m}`);

async function main() {
  const args = process.argv.slice(2);
  const journeys = !args.includes('--no-journeys');
  const names = parseNames(args.filter((a) => a !== '--no-journeys'));
  const summary = {};
  const usable = [];
  for (const name of names) {
    if (isInstalled(name) || (await isRunning(name))) {
      usable.push(name);
      continue;
    }
    try {
      await installBackends([name]);
      usable.push(name);
    } catch (e) {
      summary[name] = { skipped: `cannot be installed here: ${e.message.split('\n')[0]}` };
    }
  }

  // Started side by side (the JVM and Tempo's rings take a while); one failing does not stop the others.
  const starts = await Promise.allSettled(usable.map((name) => startBackends([name], { log, install: false })));
  const started = [];
  starts.forEach((s, i) => {
    if (s.status === 'fulfilled') started.push(s.value);
    else summary[usable[i]] = { passed: 0, failed: 1, errors: [`start: ${s.reason.message}`] };
  });
  const live = usable.filter((n) => !summary[n]);
  const manifestPath = join(REPO_ROOT, '.cache/test-backends-manifest.json');
  try {
    if (live.length) {
      const traffic = spawnSync(process.execPath, [join(REPO_ROOT, 'demo-system/traffic.mjs'), '--manifest', manifestPath, '--export', live.join(',')], { stdio: 'inherit' });
      if (traffic.status !== 0) log(`demo traffic ended with ${traffic.status}; the checks below say what is missing`);
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      for (const name of live) {
        const results = await runApiChecks(name, BACKENDS[name].url, manifest);
        for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${name}: ${r.name}${r.ok ? '' : `\n         ${r.error}`}`);
        summary[name] = { passed: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length };
      }
      if (journeys) {
        const counts = await runJourneys(live, { manifestPath, log });
        for (const name of live) {
          const c = counts[name];
          summary[name].passed += c.passed;
          summary[name].failed += c.failed;
          if (c.skipped) summary[name].errors = [...(summary[name].errors ?? []), `${c.skipped} journeys skipped${c.skipReason ? `: ${c.skipReason}` : ''}`];
          if (c.failedTitles.length) summary[name].errors = [...(summary[name].errors ?? []), ...c.failedTitles.map((t) => `journey failed: ${t}`)];
        }
      }
    }
  } finally {
    for (const run of started) await run.stop();
  }

  let passed = 0;
  let failed = 0;
  for (const name of names) {
    const s = summary[name];
    if (s.skipped) {
      console.log(`${name}: skipped: ${s.skipped}`);
      continue;
    }
    for (const e of s.errors ?? []) console.log(`  ${name}: ${e}`);
    console.log(`${name}: ${s.passed} passed, ${s.failed} failed`);
    passed += s.passed;
    failed += s.failed;
  }
  console.log(`backends: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(`[test:backends] ${e.stack}`);
  process.exit(1);
});
