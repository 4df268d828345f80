// How long each of the trace page's other tools takes on a generated 100k-span trace, once
// the full view is up: the views behind the tabs (statistics, flame graph, service graph,
// JSON), the critical-path toggle and the quick filters. Per action: the time from the click
// until its result is on screen (two frames later) and the long tasks meanwhile. Not part of
// `npm run bench` (its table keeps the measures); a check that nothing else on the
// page is the slow part of a huge trace.
//   DIST_DIR=dist node bench/views-at-scale.mjs [spans=100000] [--profile=<test id>]
// --profile: a CPU profile of that action (a build with --minify false names the functions),
// its functions by self time.
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium-launch.mjs';
import { startBenchApp } from './bench-app.mjs';
import { traceIdOf, wideTrace } from './generate.mjs';
import { FULL_VIEW_ROW, recordFirstRow } from './measure-page.mjs';

const spans = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 100_000);
const profiled = process.argv.find((a) => a.startsWith('--profile='))?.slice('--profile='.length);
const payload = wideTrace(spans);
const id = traceIdOf(payload);
const PORT = 4792;
const app = await startBenchApp(new Map([[id, JSON.stringify(payload)]]), PORT);
const browser = await chromium.launch(chromiumLaunchOptions());

/**
 * Clicks the element with test id `testId` (the `nth` of them) in the page and waits there,
 * frame by frame, for `shown`, then two frames: the time from the click until its result was
 * drawn, and the long tasks meanwhile.
 */
async function timed(page, [testId, nth], shown) {
  await page.waitForTimeout(1500); // idle work from the last action (search text warm-up) settles
  return page.evaluate(async ({ testId, nth, shown }) => {
    const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
    window.__bench.longTasks = [];
    const t0 = performance.now();
    const target = document.querySelectorAll(`[data-testid="${testId}"]`)[nth];
    if (!target) return { ms: NaN, longTasks: 0, maxTaskMs: 0, missing: `[data-testid="${testId}"] #${nth}` };
    target.click();
    while (!document.querySelector(shown)) {
      if (performance.now() - t0 > 10_000) return { ms: NaN, longTasks: 0, maxTaskMs: 0, missing: `${shown} after the click` };
      await nextFrame();
    }
    await nextFrame();
    await nextFrame();
    const ms = performance.now() - t0;
    await new Promise((r) => setTimeout(r, 100)); // long-task entries arrive late
    const tasks = window.__bench.longTasks.filter((t) => t.start >= t0 - 5);
    return { ms: Math.round(ms), longTasks: tasks.length, maxTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))) };
  }, { testId, nth, shown });
}

/** The profile's functions by self time, the top 25 (the profile itself: /tmp/views-at-scale.cpuprofile). */
function printSelfTimes(profile) {
  writeFileSync('/tmp/views-at-scale.cpuprofile', JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  });
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(8), k);
}

try {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  await page.addInitScript(recordFirstRow);
  await page.goto(`http://127.0.0.1:${PORT}/trace/${id}?source=jaeger`);
  await page.waitForSelector(FULL_VIEW_ROW, { timeout: 120_000 });
  // A person reads the trace before using the tools; by then the page has loaded the other
  // views' code (trace-page.tsx, PRELOAD_VIEWS_AFTER_MS).
  await page.waitForTimeout(4000);
  const actions = [
    ['statistics tab', ['view-tab-stats', 0], '[data-testid="stats-row"]'],
    ['flame graph tab', ['view-tab-flame', 0], '[data-testid="flame-canvas"]'],
    ['service graph tab', ['view-tab-graph', 0], '[data-testid="service-graph"]'],
    ['JSON tab', ['view-tab-json', 0], '[data-testid="raw-json"]'],
    ['back to the timeline', ['view-tab-timeline', 0], FULL_VIEW_ROW],
    ['critical path on', ['cp-toggle', 0], '[data-testid="cp-toggle"][aria-pressed="true"]'],
    ['errors filter', ['quick-filter-errors', 0], '[data-testid="quick-filter-errors"][aria-pressed="true"]'],
    ['slowest filter', ['quick-filter-slowest', 0], '[data-testid="quick-filter-slowest"][aria-pressed="true"]'],
    ['all spans again', ['quick-filter-slowest', 0], '[data-testid="quick-filter-slowest"][aria-pressed="false"]'],
    ['select a span', ['span-row', 4], '[data-testid="span-details"]'],
    ['zoom to the span', ['zoom-to-span', 0], '[data-testid="reset-zoom"]:not([disabled])'],
    ['reset the zoom', ['reset-zoom', 0], '[data-testid="reset-zoom"][disabled]'],
  ];
  console.log(`${spans} spans, after the full view:`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  for (const [name, target, shown] of actions) {
    const testId = target[0];
    if (testId === profiled) await cdp.send('Profiler.start');
    const r = await timed(page, target, shown);
    if (testId === profiled) printSelfTimes((await cdp.send('Profiler.stop')).profile);
    if (r.missing) console.log(`  ${name.padEnd(22)} not done: no ${r.missing}`);
    else console.log(`  ${name.padEnd(22)} ${String(r.ms).padStart(6)} ms   long tasks ${r.longTasks} (max ${r.maxTaskMs} ms)`);
  }
} finally {
  await browser.close();
  await app.close();
}
