#!/usr/bin/env node
// What one flick frame costs, for one or more builds side by side: bytes allocated per frame
// on the JS heap and on Blink's heap (the DOM, styles, layout objects: garbage as soon as a
// row scrolls out), main-thread time per frame (task, script, layout, style) and elements
// added per frame. Garbage per frame decides how often a major GC comes while scrolling, and
// frame time how much room a GC step has before a frame passes 50 ms (ADR 0010). Each build
// is measured in turn, twice, at three places of a 100k-span trace: 120 frames of 120 px
// each, after a forced GC (so no GC falls inside). Not part of `npm run bench`.
//   node bench/frame-cost.mjs dist [other-build-dir ...]
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium-launch.mjs';
import { startBenchApp } from './bench-app.mjs';
import { traceIdOf, wideTrace } from './generate.mjs';
import { FULL_VIEW_ROW } from './measure-page.mjs';

const FRAMES = 120;
const builds = process.argv.slice(2);
if (builds.length === 0) builds.push('dist');
const payload = wideTrace(100_000);
const id = traceIdOf(payload);
const body = JSON.stringify(payload);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (let round = 0; round < 2; round++) {
    for (const dir of builds) console.log(JSON.stringify({ build: dir, ...(await measure(dir)) }));
  }
} finally {
  await browser.close();
}

async function measure(dir) {
  process.env.DIST_DIR = dir;
  const app = await startBenchApp(new Map([[id, body]]), 4795);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(`${app.url}/trace/${id}?source=jaeger`);
    await page.waitForSelector(FULL_VIEW_ROW, { timeout: 120_000 });
    await page.waitForTimeout(1500);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const places = [];
    for (const at of [0.2, 0.5, 0.8]) {
      await page.evaluate((at) => {
        const el = document.querySelector('[data-testid="waterfall-body"]');
        el.scrollTop = (el.scrollHeight - el.clientHeight) * at;
      }, at);
      await page.waitForTimeout(300);
      await cdp.send('HeapProfiler.collectGarbage');
      await page.waitForTimeout(200);
      const [h0, m0] = [await cdp.send('Runtime.getHeapUsage'), await metrics()];
      const added = await page.evaluate(flick, FRAMES);
      const [h1, m1] = [await cdp.send('Runtime.getHeapUsage'), await metrics()];
      const perFrameMs = (k) => ((m1[k] - m0[k]) * 1000) / FRAMES;
      places.push({
        jsKB: (h1.usedSize - h0.usedSize) / FRAMES / 1024,
        blinkKB: (h1.embedderHeapUsedSize - h0.embedderHeapUsedSize) / FRAMES / 1024,
        taskMs: perFrameMs('TaskDuration'),
        scriptMs: perFrameMs('ScriptDuration'),
        layoutMs: perFrameMs('LayoutDuration'),
        styleMs: perFrameMs('RecalcStyleDuration'),
        elements: added / FRAMES,
      });
    }
    // The middle of the three places: one place can hold unusual rows.
    const median = (k) => +places.map((p) => p[k]).sort((a, b) => a - b)[1].toFixed(k.endsWith('KB') ? 0 : 2);
    return Object.fromEntries(Object.keys(places[0]).map((k) => [k, median(k)]));
  } finally {
    await page.close();
    await app.close();
  }
}

/** In the page: `frames` frames of 120 px; returns how many elements were added meanwhile. */
async function flick(frames) {
  const el = document.querySelector('[data-testid="waterfall-body"]');
  let added = 0;
  const observer = new MutationObserver((list) => {
    for (const m of list) for (const n of m.addedNodes) if (n.nodeType === 1) added += n.querySelectorAll('*').length + 1;
  });
  observer.observe(el, { subtree: true, childList: true });
  for (let f = 0; f < frames; f++) {
    el.scrollTop += 120;
    await new Promise((r) => requestAnimationFrame(r));
  }
  observer.disconnect();
  return added;
}
