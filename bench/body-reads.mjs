#!/usr/bin/env node
// How fast the page can turn a 100k-span trace body (55 MB) into a string, by seven ways of
// reading it: Response.text(), bytes counted through a TransformStream, a reader into a Blob,
// a reader into one TextDecoder call, BYOB reads into large buffers and one TextDecoder call,
// BYOB reads into one 4 MB block decoded each time it is full (what
// src/adapters/shared/read-body.ts does with fetch bodies), and XHR. Medians of 7
// rounds, in an idle headless Chromium page, through `npm start`'s proxy to the bench's fake
// Jaeger, as the app reads it. Not part of `npm run bench`; see
// docs/adr/0010-opening-big-traces.md.
//   node bench/body-reads.mjs
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium-launch.mjs';
import { startBenchApp } from './bench-app.mjs';
import { traceIdOf, wideTrace } from './generate.mjs';

const ROUNDS = 7;
const payload = wideTrace(100_000);
const id = traceIdOf(payload);
const app = await startBenchApp(new Map([[id, JSON.stringify(payload)]]), 4795);
const url = `${app.url}/backends/jaeger/api/v3/traces/${id}`;

// Each runs in the page and resolves to the text's length.
const ways = {
  text: async (u) => (await (await fetch(u, { cache: 'no-store' })).text()).length,
  transformStream: async (u) => {
    const r = await fetch(u, { cache: 'no-store' });
    let bytes = 0;
    const count = new TransformStream({ transform(chunk, out) { bytes += chunk.byteLength; out.enqueue(chunk); } });
    return (await new Response(r.body.pipeThrough(count)).text()).length;
  },
  readerBlob: async (u) => {
    const reader = (await fetch(u, { cache: 'no-store' })).body.getReader();
    const parts = [];
    for (let c = await reader.read(); !c.done; c = await reader.read()) parts.push(c.value);
    return (await new Blob(parts).text()).length;
  },
  readerOneDecode: async (u) => {
    const reader = (await fetch(u, { cache: 'no-store' })).body.getReader();
    const parts = [];
    let bytes = 0;
    for (let c = await reader.read(); !c.done; c = await reader.read()) {
      parts.push(c.value);
      bytes += c.value.byteLength;
    }
    const all = new Uint8Array(bytes);
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.byteLength;
    }
    return new TextDecoder().decode(all).length;
  },
  byob: async (u) => {
    const reader = (await fetch(u, { cache: 'no-store' })).body.getReader({ mode: 'byob' });
    const full = [];
    let block = new Uint8Array(4 << 20);
    let used = 0;
    let bytes = 0;
    for (;;) {
      if (used === block.byteLength) {
        full.push(block);
        block = new Uint8Array(4 << 20);
        used = 0;
      }
      const { done, value } = await reader.read(new Uint8Array(block.buffer, used, block.byteLength - used));
      block = new Uint8Array(value.buffer);
      if (done) break;
      used += value.byteLength;
      bytes += value.byteLength;
    }
    full.push(block.subarray(0, used));
    const all = new Uint8Array(bytes);
    let at = 0;
    for (const p of full) {
      all.set(p, at);
      at += p.byteLength;
    }
    return new TextDecoder().decode(all).length;
  },
  byobDecodeBlocks: async (u) => {
    const reader = (await fetch(u, { cache: 'no-store' })).body.getReader({ mode: 'byob' });
    const decoder = new TextDecoder();
    const parts = [];
    let block = new Uint8Array(4 << 20);
    let used = 0;
    for (;;) {
      if (used === block.byteLength) {
        parts.push(decoder.decode(block, { stream: true }));
        used = 0;
      }
      const { done, value } = await reader.read(new Uint8Array(block.buffer, used, block.byteLength - used));
      block = new Uint8Array(value.buffer);
      if (done) break;
      used += value.byteLength;
    }
    parts.push(decoder.decode(block.subarray(0, used)));
    return parts.join('').length;
  },
  xhr: (u) =>
    new Promise((resolve, reject) => {
      const x = new XMLHttpRequest();
      x.open('GET', u);
      x.onload = () => resolve(x.responseText.length);
      x.onerror = reject;
      x.send();
    }),
};

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const page = await browser.newPage();
  await page.goto(`${app.url}/config.json`); // any page of the same origin
  const times = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, way] of Object.entries(ways)) {
      const ms = await page.evaluate(
        async ([source, u]) => {
          const read = (0, eval)(`(${source})`);
          const t0 = performance.now();
          await read(u);
          return performance.now() - t0;
        },
        [way.toString(), url],
      );
      times[name].push(Math.round(ms));
    }
  }
  for (const [name, list] of Object.entries(times)) {
    list.sort((a, b) => a - b);
    console.log(`${name.padEnd(16)} median ${String(list[ROUNDS >> 1]).padStart(4)} ms   (${list.join(' ')})`);
  }
} finally {
  await browser.close();
  await app.close();
}
