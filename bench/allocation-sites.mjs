#!/usr/bin/env node
// Who allocates, and how much, while the page opens a generated trace ('open': from the
// navigation until the full view, two seconds after) or while it flicks through it
// ('flicks', the bench's scrolling): Chromium's sampling heap profiler, objects collected
// since included, summed by the last three frames of the allocating stack. What is allocated
// decides when the next major GC comes (ADR 0010, session 8). Not part of `npm run bench`.
//   DIST_DIR=dist node bench/allocation-sites.mjs [spans=100000] [open|flicks]
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium-launch.mjs';
import { startBenchApp } from './bench-app.mjs';
import { traceIdOf, wideTrace } from './generate.mjs';
import { FULL_VIEW_ROW, flickThrough, recordFirstRow } from './measure-page.mjs';
const payload = wideTrace(Number(process.argv[2] ?? 100_000));
const id = traceIdOf(payload);
const app = await startBenchApp(new Map([[id, JSON.stringify(payload)]]), 4794);
const mode = process.argv[3] ?? 'flicks';
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(recordFirstRow);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  if (mode === 'open') await cdp.send('HeapProfiler.startSampling', { samplingInterval: 8192, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  await page.goto(`${app.url}/trace/${id}?source=jaeger`);
  await page.waitForSelector(FULL_VIEW_ROW, { timeout: 120_000 });
  const mem = [];
  for (let i = 0; i < 10; i++) { mem.push(Math.round(await page.evaluate(() => performance.memory.usedJSHeapSize) / 1e6)); await page.waitForTimeout(200); }
  console.log('JS heap every 200 ms after the full view (MB):', mem.join(' '));
  const before = await page.evaluate(() => performance.memory.usedJSHeapSize);
  if (mode === 'flicks') await cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  const flick = mode === 'flicks' ? await page.evaluate(flickThrough, { segments: 10, framesPerSegment: 60, step: 120 }) : {};
  const { profile } = await cdp.send('HeapProfiler.stopSampling');
  if (mode === 'flicks') console.log(JSON.stringify(flick), `JS heap before the flicks ${(before / 1e6).toFixed(1)} MB`);
  const self = new Map();
  const walk = (n, stack) => {
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    const s = [...stack, key];
    if (n.selfSize) { const k = s.slice(-3).join(' < '); self.set(k, (self.get(k) ?? 0) + n.selfSize); }
    for (const c of n.children ?? []) walk(c, s);
  };
  walk(profile.head, []);
  let total = 0; for (const v of self.values()) total += v;
  console.log(`allocated (sampled) ${(total / 1e6).toFixed(1)} MB; by the last three frames:`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / 1e6).toFixed(2).padStart(7), k);
} finally { await browser.close(); await app.close(); }
