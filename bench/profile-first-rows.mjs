// Where the time to the first rows goes: a CPU profile of the trace page opening one
// generated trace, summed by function (self time). Not part of `npm run bench`.
//   node bench/profile-first-rows.mjs [spans=100000] [--no-profile] [--proxy] [--latency=ms] [--mbps=MB/s] [--after=fn] [--window=a-b] [--until-full]
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium-launch.mjs';
import { traceIdOf, wideTrace } from './generate.mjs';
import { startBenchApp } from './bench-app.mjs';
import { warmUp } from './fake-jaeger.mjs';
import { FULL_VIEW_ROW, fetchAndParse, recordFirstRow } from './measure-page.mjs';

const spans = Number(process.argv[2] ?? 100_000);
const noProfile = process.argv.includes('--no-profile');
// --until-full: profile until the full view shows instead of the first rows.
const untilFull = process.argv.includes('--until-full');
// --after=<function>: count only the samples after that function's last sample (e.g. buildTrace).
const after = process.argv.find((a) => a.startsWith('--after='))?.slice('--after='.length);
const payload = wideTrace(spans);
const id = traceIdOf(payload);
const PORT = 4791;
// --proxy: the page asks through `npm start`'s proxy instead of the fake Jaeger itself.
const app = await startBenchApp(new Map([[id, JSON.stringify(payload)]]), PORT, { direct: !process.argv.includes('--proxy') });
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(recordFirstRow);
  // A function that shows in the profile at the moment the first row appears: the cut-off.
  await page.addInitScript(() => {
    const mo = new MutationObserver(() => {
      if (!document.querySelector('[data-testid="span-row"]')) return;
      mo.disconnect();
      (function firstRowMarker() { const t = performance.now(); while (performance.now() - t < 3); })();
    });
    mo.observe(document, { childList: true, subtree: true });
  });
  const cdp = await context.newCDPSession(page);
  // --latency=<ms>: every request pays this round trip, as on a real network (localhost has none).
  const latency = Number(process.argv.find((a) => a.startsWith('--latency='))?.slice('--latency='.length) ?? 0);
  // --mbps=<MB/s>: downloads at most this fast, as over a real link (localhost is CPU-bound).
  const mbps = Number(process.argv.find((a) => a.startsWith('--mbps='))?.slice('--mbps='.length) ?? 0);
  if (latency > 0 || mbps > 0) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency,
      downloadThroughput: mbps > 0 ? mbps * 1024 * 1024 : -1,
      uploadThroughput: -1,
    });
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (!noProfile) await cdp.send('Profiler.start');
  await warmUp(`${app.jaegerUrl}/api/v3/traces/${id}`);
  await page.goto(`http://127.0.0.1:${PORT}/trace/${id}?source=jaeger`);
  await page.waitForSelector(untilFull ? FULL_VIEW_ROW : '[data-testid="span-row"]', { timeout: 120_000 });
  const { profile } = noProfile ? { profile: { nodes: [], samples: [], timeDeltas: [] } } : await cdp.send('Profiler.stop');
  const firstRow = await page.evaluate(() => window.__bench.firstRow);
  await page.waitForSelector(FULL_VIEW_ROW, { timeout: 120_000 });
  const ready = await page.evaluate(() => window.__bench.ready);
  await page.waitForTimeout(1500);
  const floorMs = await page.evaluate(fetchAndParse, `${app.jaegerUrl}/api/v3/traces/${id}`);
  console.log(`floor (fetch + text + JSON.parse) ${Math.round(floorMs)} ms`);
  const marks = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => !r.name.includes('favicon'))
    .map((r) => `${r.name.split('/').slice(-2).join('/')}: start ${Math.round(r.startTime)} firstByte ${Math.round(r.responseStart)} lastByte ${Math.round(r.responseEnd)}`));
  mkdirSync('/tmp/prof', { recursive: true });
  writeFileSync('/tmp/prof/first-rows.cpuprofile', JSON.stringify(profile));
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  const parentOf = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const isMarker = (id) => {
    for (let x = id; x !== undefined; x = parentOf.get(x)) if (byId.get(x).callFrame.functionName === 'firstRowMarker') return true;
    return false;
  };
  let t = 0;
  const timeline = [];
  for (let i = 0; i < profile.samples.length; i++) {
    t += (dt[i] ?? 0) / 1000;
    if (!untilFull && isMarker(profile.samples[i])) { console.log(`marker after ${Math.round(t)} ms of profile`); break; }
    const n = byId.get(profile.samples[i]);
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    timeline.push([t, n.callFrame.functionName, key, (dt[i] ?? 0) / 1000]);
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  console.log(`first row at ${Math.round(firstRow)} ms, full view at ${Math.round(ready)} ms`);
  console.log(marks.join('\n'));
  // The app's load phases (src/lib/load-marks.ts), each with the time since the one before.
  const phases = await page.evaluate(() => performance.getEntriesByType('mark')
    .filter((m) => m.name.startsWith('tracescope:')).map((m) => [m.name.slice('tracescope:'.length), m.startTime]));
  if (phases.length > 0) {
    console.log(`phases: ${phases.map(([name, at], k) => `${name} ${Math.round(at)}${k > 0 ? ` (+${Math.round(at - phases[k - 1][1])})` : ''}`).join(', ')}`);
  }
  if (after) {
    let last = -1;
    timeline.forEach(([, fn], k) => { if (fn === after) last = k; });
    self.clear();
    for (const [, , key, ms] of timeline.slice(last + 1)) self.set(key, (self.get(key) ?? 0) + ms);
    console.log(`after the last ${after}: ${Math.round(timeline[timeline.length - 1][0] - (timeline[last]?.[0] ?? 0))} ms`);
  }
  const win = process.argv.find((a) => a.startsWith('--window='))?.slice('--window='.length).split('-').map(Number);
  if (win) {
    const inWin = new Map();
    for (const [ts, , key, ms] of timeline) if (ts >= win[0] && ts < win[1]) inWin.set(key, (inWin.get(key) ?? 0) + ms);
    console.log(`window ${win[0]}-${win[1]} ms:`);
    for (const [k, v] of [...inWin].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(8), k);
  }
  const buckets = new Map();
  for (const [ts, fn] of timeline) {
    const b = Math.floor(ts / 100);
    const m = buckets.get(b) ?? new Map();
    m.set(fn || '(anon)', (m.get(fn || '(anon)') ?? 0) + 1);
    buckets.set(b, m);
  }
  for (const [b, m] of buckets) console.log(`${String(b * 100).padStart(5)} ms`, [...m].sort((x, y) => y[1] - x[1]).slice(0, 4).map(([f, c]) => `${f}×${c}`).join(' '));
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(8), k);
} finally {
  await browser.close();
  await app.close();
}
