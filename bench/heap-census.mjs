#!/usr/bin/env node
// What the page keeps alive after opening a generated trace: a heap snapshot four seconds
// after the first rows, counted by kind of object, and strings by shape (digits and hex
// letters folded, so ids and numbers group). Every live object is work for each major garbage
// collection (ADR 0010). Not part of `npm run bench`. Numbers in a snapshot show as strings
// too ("h16 <- heap number"): those are the snapshot's, not the page's.
//   DIST_DIR=dist node --max-old-space-size=8000 bench/heap-census.mjs [spans=100000]
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium-launch.mjs';
import { startBenchApp } from './bench-app.mjs';
import { traceIdOf, wideTrace } from './generate.mjs';
import { FULL_VIEW_ROW } from './measure-page.mjs';

const payload = wideTrace(Number(process.argv[2] ?? 100_000));
const id = traceIdOf(payload);
const app = await startBenchApp(new Map([[id, JSON.stringify(payload)]]), 4792);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(`${app.url}/trace/${id}?source=jaeger`);
  await page.waitForSelector(FULL_VIEW_ROW, { timeout: 120_000 });
  await page.waitForTimeout(4000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  report(JSON.parse(chunks.join('')));
} finally {
  await browser.close();
  await app.close();
}

function report(snap) {
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [TYPE, NAME, SIZE] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const kinds = new Map();
  const shapes = new Map();
  let nodes = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    nodes++;
    const type = types[snap.nodes[i + TYPE]];
    const name = snap.strings[snap.nodes[i + NAME]];
    const kind = `${type}:${type === 'object' || type === 'closure' ? name : type}`.slice(0, 60);
    const k = kinds.get(kind) ?? { count: 0, bytes: 0 };
    k.count++;
    k.bytes += snap.nodes[i + SIZE];
    kinds.set(kind, k);
    if (type !== 'string') continue;
    const shape = name.replace(/[0-9a-f]/g, 'h').replace(/h+/g, (m) => `h${m.length}`).slice(0, 50);
    const s = shapes.get(shape) ?? { count: 0, example: name.slice(0, 40) };
    s.count++;
    shapes.set(shape, s);
  }
  console.log(`${nodes} heap snapshot nodes`);
  for (const [kind, { count, bytes }] of [...kinds].sort((a, b) => b[1].count - a[1].count).slice(0, 15)) {
    console.log(String(count).padStart(9), `${(bytes / 1e6).toFixed(1)} MB`.padStart(9), kind);
  }
  console.log('strings by shape:');
  for (const [shape, { count, example }] of [...shapes].sort((a, b) => b[1].count - a[1].count).slice(0, 15)) {
    console.log(String(count).padStart(9), JSON.stringify(shape).padEnd(40), JSON.stringify(example));
  }
}
