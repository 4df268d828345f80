#!/usr/bin/env node
// `npm run bench`: opens generated traces of 1k, 10k, 50k and 100k spans and a 10,000-level
// chain in the production build (served by `npm start`'s server) from a fake Jaeger, in
// headless Chromium. Prints a table and writes bench/results/<time>.json.
//   --sizes=1000,10000   only these sizes      --no-build   reuse dist/
//   --runs=3             each case three times (this machine varies by ±20% run to run)
//   --link=25            also open the biggest trace over a link of that many MB/s (0: not)
//   --proxy              the page asks through `npm start`'s Jaeger proxy, not the fake Jaeger
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium-launch.mjs';
import { chainTrace, traceIdOf, wideTrace } from './generate.mjs';
import { startBenchApp } from './bench-app.mjs';
import { warmUp } from './fake-jaeger.mjs';
import { FULL_VIEW_ROW, fetchAndParse, loadMoments, flickThrough, recordFirstRow, scrollThrough, timeClick, timeSearch } from './measure-page.mjs';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const sizes = (args.get('sizes') ?? '1000,10000,50000,100000').split(',').map(Number);
const ACTION_SIZE = 50_000;
const SCROLL_FRAMES = 600;
const SETTLE_MS = 2000;
/** Floor measurements per run; the median is the floor. */
const FLOOR_RUNS = 3;
const RUNS = Math.max(1, Number(args.get('runs') ?? 1));
const PORT = 4300 + Math.floor(Math.random() * 500);

if (!args.has('no-build') || !existsSync('dist/index.html')) {
  console.log('building…');
  const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}

// Localhost delivers 55 MB in ~300 ms, so there the page's own CPU work decides the first rows;
// over a real link the download does. The link case shows that one too (load figures only).
const LINK_MBPS = Number(args.get('link') ?? 25);
const cases = sizes.map((n) => ({ name: `${n.toLocaleString('en')} spans`, spans: n, payload: wideTrace(n) }));
cases.push({ name: '10,000-level chain', spans: 10_000, chain: true, payload: chainTrace(10_000) });
const biggest = cases.reduce((a, c) => (!c.chain && c.spans > a.spans ? c : a), cases[0]);
if (LINK_MBPS > 0) cases.push({ ...biggest, name: `${biggest.name} at ${LINK_MBPS} MB/s`, linkMBps: LINK_MBPS, loadOnly: true });
const bodies = new Map([...new Set(cases.map((c) => c.payload))].map((p) => [traceIdOf(p), JSON.stringify(p)]));
for (const c of cases) {
  c.traceId = traceIdOf(c.payload);
  c.payloadMB = +(bodies.get(c.traceId).length / 1e6).toFixed(1);
}

// The page asks the fake Jaeger itself (it answers CORS), as a deployed app asks its backend:
// `npm start`'s proxy spent ~270 ms of CPU passing each 55 MB answer on, on the two cores the
// browser needs (a real backend and its proxies run elsewhere). --proxy: through it, as before.
const app = await startBenchApp(bodies, PORT, { direct: !args.has('proxy') });
// The server has its own copy: what this process no longer holds, its GC never marks again.
bodies.clear();
for (const c of cases) delete c.payload;

const browser = await chromium.launch(chromiumLaunchOptions(['--enable-precise-memory-info']));

/**
 * A fresh page on the case's trace, once the full waterfall shows (after any preview rows).
 * `beforeOpen` runs once the page exists, before it navigates.
 */
async function openTrace(c, beforeOpen = async () => {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(recordFirstRow);
  if (c.linkMBps) {
    // Chromium's own throttling of this page's downloads (the floor's fetch included).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: c.linkMBps * 1024 * 1024, uploadThroughput: -1 });
  }
  await beforeOpen();
  await page.goto(`${app.url}/trace/${c.traceId}?source=jaeger`);
  await page.waitForSelector(FULL_VIEW_ROW, { timeout: 120_000 });
  return { context, page };
}

const results = [];
try {
  for (const c of cases.flatMap((c) => Array.from({ length: RUNS }, () => c))) {
    process.stdout.write(`${c.name}: `);
    const r = { case: c.name, spans: c.spans, payloadMB: c.payloadMB };
    // Warm the servers (the fake Jaeger, and the proxy with --proxy) for this payload, so the page's request and
    // the floor's later one both meet a warm server: their own start-up is not measured.
    // Then the machine settles (the warm-up's, the last page's closing and the new tab's
    // start-up), as the floor's page settles before its fetch: a link opened in a tab.
    let { context, page } = await openTrace(c, async () => {
      await warmUp(`${app.jaegerUrl}/api/v3/traces/${c.traceId}`);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    });
    r.firstRowsMs = Math.round(await page.evaluate(() => window.__bench.firstRow));
    r.readyMs = Math.round(await page.evaluate(() => window.__bench.ready));
    Object.assign(r, await page.evaluate(loadMoments));
    // The floor as the issue defines it: the same page fetching and parsing the same payload,
    // once it has opened the trace and settled (a floor measured while the page still decodes,
    // or does its idle work right after, would wait on it); the median of three, as a single
    // measurement varied by ±40% between runs.
    await page.waitForTimeout(SETTLE_MS);
    const floors = [];
    for (let k = 0; k < FLOOR_RUNS; k++) floors.push(Math.round(await page.evaluate(fetchAndParse, `${app.jaegerUrl}/api/v3/traces/${c.traceId}`)));
    r.floorRunsMs = floors;
    r.floorMs = [...floors].sort((a, b) => a - b)[Math.floor(FLOOR_RUNS / 2)];
    r.ratio = +(r.firstRowsMs / r.floorMs).toFixed(2);
    if (!c.chain && !c.loadOnly) {
      // Scrolling is measured in a page of its own: the floor leaves ~110 MB of garbage no
      // real page makes (its parsed copy of the payload), and the major GC that collects it
      // landed inside the flicks (bench/trace-flicks.mjs). The app's own garbage from opening
      // the trace stays. A person also looks at a trace before scrolling it: two quiet seconds.
      await context.close();
      ({ context, page } = await openTrace(c));
      await page.waitForTimeout(SETTLE_MS);
      const flick = await page.evaluate(flickThrough, { segments: 10, framesPerSegment: 60, step: 120 });
      r.fps = +flick.fps.toFixed(1);
      r.longTasks = flick.longTasks;
      r.maxLongTaskMs = Math.round(flick.maxLongTaskMs);
      r.maxJumpMs = Math.round(flick.maxJumpMs);
      if (flick.taskFlicks.length) r.longTaskFlicks = flick.taskFlicks;
      const sweep = await page.evaluate(scrollThrough, SCROLL_FRAMES);
      r.sweepFps = +sweep.fps.toFixed(1);
      r.sweepMaxTaskMs = Math.round(sweep.maxLongTaskMs);
    }
    if (c.spans === ACTION_SIZE && !c.chain) {
      r.collapseAllMs = Math.round(await page.evaluate(timeClick, 'collapse-all'));
      r.expandAllMs = Math.round(await page.evaluate(timeClick, 'expand-all'));
      r.searchMs = Math.round(await page.evaluate(timeSearch, { inputTestId: 'trace-search', countTestId: 'match-count', text: 'service-c' }));
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    r.heapMB = +(heap.usedSize / 1e6).toFixed(1);
    r.rows = await page.locator('[data-testid="span-row"]').count();
    results.push(r);
    console.log(JSON.stringify(r));
    await context.close();
  }
} finally {
  await browser.close();
  await app.close();
}

const cols = ['case', 'payloadMB', 'floorMs', 'firstRowsMs', 'ratio', 'readyMs', 'fps', 'longTasks', 'maxLongTaskMs', 'maxJumpMs', 'sweepFps', 'sweepMaxTaskMs', 'collapseAllMs', 'expandAllMs', 'searchMs', 'heapMB'];
const fmt = (v) => (v === undefined || Number.isNaN(v) ? '–' : typeof v === 'number' ? String(Math.round(v * 10) / 10) : String(v));
const widths = cols.map((k) => Math.max(k.length, ...results.map((r) => fmt(r[k]).length)));
console.log('\n' + cols.map((k, i) => k.padEnd(widths[i])).join('  '));
for (const r of results) console.log(cols.map((k, i) => fmt(r[k]).padEnd(widths[i])).join('  '));
if (RUNS > 1) {
  // Medians per case: single runs on this machine vary by ±20%.
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`\nmedians of ${RUNS} runs:`);
  for (const name of new Set(results.map((r) => r.case))) {
    const runs = results.filter((r) => r.case === name);
    const m = (k) => (runs.every((r) => typeof r[k] === 'number') ? fmt(median(runs.map((r) => r[k]))) : '–');
    const span = (k) => (runs.every((r) => typeof r[k] === 'number') ? `${fmt(Math.min(...runs.map((r) => r[k])))}–${fmt(Math.max(...runs.map((r) => r[k])))}` : '–');
    console.log(`  ${name}: floor ${m('floorMs')} ms, first rows ${m('firstRowsMs')} ms (${span('firstRowsMs')}), ratio ${m('ratio')} (${span('ratio')}), full view ${m('readyMs')} ms (${span('readyMs')}), fps ${m('fps')}, long tasks ${span('longTasks')} (max ${span('maxLongTaskMs')} ms), sweep ${m('sweepFps')} fps, heap ${m('heapMB')} MB`);
  }
}
console.log('\nfps/longTasks: fast flicks (120 px a frame) at ten places over the whole trace (long tasks that started during a flick); maxJumpMs: the slowest jump to one of those places (two frames); sweepFps: the whole waterfall in 600 frames, a new screen of rows every frame.');
console.log('Targets (100k spans): firstRows ≤ 1.3× floor, ≥55 fps, no long task > 50 ms; actions on 50k < 100 ms; heap < 150 MB.');
if (LINK_MBPS > 0) console.log(`"at ${LINK_MBPS} MB/s": the same trace and floor over a link throttled by Chromium to ${LINK_MBPS} MB/s (${LINK_MBPS * 8} Mbit/s); load figures only.`);

mkdirSync('bench/results', { recursive: true });
const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), chromium: browser.version?.() ?? null, results }, null, 2));
console.log(`written ${file}`);
