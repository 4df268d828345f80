#!/usr/bin/env node
// What is inside the long tasks while flicking through a generated trace: the bench's flick
// measurement under a Chromium trace, then each main-thread task over 45 ms with the events
// in it (garbage collection, style, layout, script), and the major GCs of the run with the
// heap before and after. Not part of `npm run bench`; see ADR 0010.
//   DIST_DIR=dist node bench/trace-flicks.mjs [spans=100000] [--no-floor] [--gc-phases] [--gc-log] [--light]
// --no-floor: skip the bench's floor measurement before the flicks (its parsed copy of the
// payload is garbage the next major GC collects). --gc-phases: the phases (over 1 ms) of each
// major GC during the flicks. --gc-log: V8's own log of why each major GC's marking started
// (its limits for the JS heap and for the "global" one that also counts Blink's heap and
// array buffers), from the renderer's output. --light: trace only tasks, script and GC (not
// style, layout and paint), so frames keep their usual length: a long task then shows the
// frame's script calls and the GC steps inside it.
// Before and after the flicks it prints the page's heaps (Runtime.getHeapUsage): the JS heap,
// Blink's (embedder) heap and array buffers' backing stores, garbage included.
import { chromiumLaunchOptions } from '../scripts/chromium-launch.mjs';
import { startBenchApp } from './bench-app.mjs';
import { traceIdOf, wideTrace } from './generate.mjs';
import { FULL_VIEW_ROW, fetchAndParse, flickThrough, recordFirstRow } from './measure-page.mjs';

const payload = wideTrace(Number(process.argv[2] ?? 100_000));
const id = traceIdOf(payload);
const app = await startBenchApp(new Map([[id, JSON.stringify(payload)]]), 4793);
const gcLog = process.argv.includes('--gc-log');
// Playwright passes the browser's output on only to its debug log (stderr), and reads DEBUG
// when it loads: keep the renderer's GC lines from that log, drop its other lines, and let
// everything else on stderr (this script's own errors) through.
if (gcLog) {
  process.env.DEBUG = 'pw:browser';
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (chunk, ...rest) => {
    if (!String(chunk).includes('pw:browser')) return write(chunk, ...rest);
    for (const line of String(chunk).split('\n')) printGcLine(line);
    const done = rest.find((x) => typeof x === 'function');
    if (done) done();
    return true;
  };
}
const { chromium } = await import('@playwright/test');
const browser = await chromium.launch(chromiumLaunchOptions(gcLog ? ['--js-flags=--trace-incremental-marking'] : []));
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(recordFirstRow);
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const categories = process.argv.includes('--light') ? 'toplevel,v8,disabled-by-default-v8.gc' : 'devtools.timeline,v8,disabled-by-default-v8.gc,toplevel,blink';
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  await page.goto(`${app.url}/trace/${id}?source=jaeger`);
  await page.waitForSelector(FULL_VIEW_ROW, { timeout: 120_000 });
  if (!process.argv.includes('--no-floor')) await page.evaluate(fetchAndParse, `${app.url}/backends/jaeger/api/v3/traces/${id}`);
  await page.waitForTimeout(2000); // the bench's settle
  await printHeaps(cdp, 'before the flicks');
  if (gcLog) console.log('--- flicks start');
  const flicksFrom = performance.now();
  const flick = await page.evaluate(flickThrough, { segments: 10, framesPerSegment: 60, step: 120 });
  const flicksMs = performance.now() - flicksFrom;
  if (gcLog) console.log('--- flicks end');
  await printHeaps(cdp, 'after the flicks');
  await cdp.send('Tracing.end');
  await new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  console.log(JSON.stringify(flick));
  report(events, flicksMs);
} finally {
  await browser.close();
  await app.close();
}

function report(events, flicksMs) {
  const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const main = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
  const end = Math.max(...main.map((e) => e.ts + e.dur));
  const flicksStart = end - flicksMs * 1000;
  const ms = (us) => (us / 1000).toFixed(1);
  const isTask = (e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask';
  for (const task of main.filter((e) => isTask(e) && e.dur > 45_000 && e.ts >= flicksStart)) {
    console.log(`task of ${ms(task.dur)} ms, ${ms(task.ts - flicksStart)} ms into the flicks`);
    const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur > 2000);
    for (const e of inside.sort((a, b) => a.ts - b.ts)) console.log(`  +${ms(e.ts - task.ts)} ${e.name} ${ms(e.dur)} ms`);
  }
  console.log('major GCs on the main thread:');
  for (const e of main.filter((x) => x.name === 'MajorGC')) {
    const a = e.args ?? {};
    const when = e.ts >= flicksStart ? `${ms(e.ts - flicksStart)} ms into the flicks` : `${ms(flicksStart - e.ts)} ms before the flicks`;
    console.log(`  ${ms(e.dur)} ms ${when}: ${a.type}, heap ${(a.usedHeapSizeBefore / 1e6).toFixed(0)} → ${(a.usedHeapSizeAfter / 1e6).toFixed(0)} MB`);
    if (process.argv.includes('--gc-phases') && e.ts >= flicksStart) {
      for (const x of main.filter((x) => x !== e && x.ts >= e.ts && x.ts + x.dur <= e.ts + e.dur && x.dur > 1000)) console.log(`      ${x.name} ${ms(x.dur)} ms`);
    }
  }
}

async function printHeaps(cdp, when) {
  const h = await cdp.send('Runtime.getHeapUsage');
  const mb = (bytes) => `${((bytes ?? 0) / 1e6).toFixed(1)} MB`;
  console.log(`heaps ${when}: JS ${mb(h.usedSize)}, Blink ${mb(h.embedderHeapUsedSize)}, array buffers ${mb(h.backingStorageSize)}`);
}

/** The renderer's marking starts, from `--trace-incremental-marking`. */
function printGcLine(message) {
  const at = message.indexOf('[out] ');
  if (at < 0) return;
  const line = message.slice(at + 6);
  if (line.includes('[IncrementalMarking] Start (')) console.log(`  ${line.slice(0, 240)}`);
}
