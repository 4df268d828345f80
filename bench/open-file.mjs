#!/usr/bin/env node
// Opening a generated trace as a file (the file picker, as a user does): how long after the
// pick the first waterfall rows show, and the full view. Not part of `npm run bench`.
//   DIST_DIR=dist node bench/open-file.mjs [spans=100000]
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium-launch.mjs';
import { startBenchApp } from './bench-app.mjs';
import { wideTrace } from './generate.mjs';
import { FULL_VIEW_ROW, recordFirstRow } from './measure-page.mjs';
const file = join(tmpdir(), `tracescope-open-file-${process.pid}.json`);
writeFileSync(file, JSON.stringify(wideTrace(Number(process.argv[2] ?? 100_000))));
const app = await startBenchApp(new Map(), 4796);
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(recordFirstRow);
  await page.addInitScript(() => document.addEventListener('change', () => { window.__picked = performance.now(); }, true));
  await page.goto(`${app.url}/search?source=demo`);
  await page.getByTestId('file-input').setInputFiles(file);
  await page.waitForSelector(FULL_VIEW_ROW, { timeout: 120_000 });
  const r = await page.evaluate(() => ({ picked: window.__picked, first: window.__bench.firstRow, ready: window.__bench.ready }));
  console.log(`first rows ${Math.round(r.first - r.picked)} ms, full view ${Math.round(r.ready - r.picked)} ms after the file was picked`);
} finally {
  await browser.close();
  await app.close();
  rmSync(file, { force: true });
}
