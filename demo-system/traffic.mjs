#!/usr/bin/env node
// npm run demo:traffic [-- --loop] [--passes N] [--interval MS] [--manifest PATH] [--keep] [--no-verify]
//   [--export jaeger,tempo,zipkin]
// Starts the demo services that are not running (exporting to the backends that answer, or
// to --export), sends the deterministic scenarios (scenarios.mjs), flushes every exporter,
// writes a manifest of the traces the SDK exported (default .cache/demo-manifest.json) and
// checks each backend holds them. --loop keeps sending (one pass per --interval, default 2 s),
// rewriting the manifest after every pass, until Ctrl-C.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVICES, serviceUrl } from './config.mjs';
import { SCENARIOS, scenarioFor } from './scenarios.mjs';
import { cursors, flushAll, spansSince, startCluster } from './cluster.mjs';
import { manifestTraces } from './manifest.mjs';
import { BACKEND_URLS, verifyBackends } from './verify.mjs';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
const READY = { jaeger: '/api/v3/services', tempo: '/ready', zipkin: '/health' };
const log = (m) => console.log(`[demo:traffic] ${m}`);

function parseArgs(argv) {
  const opts = { loop: false, passes: 1, interval: 2000, manifest: join(REPO, '.cache/demo-manifest.json'), keep: false, verify: true, exportTo: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--loop') opts.loop = true;
    else if (a === '--keep') opts.keep = true;
    else if (a === '--no-verify') opts.verify = false;
    else if (a === '--passes') opts.passes = Math.max(1, Number(value()) || 1);
    else if (a === '--interval') opts.interval = Math.max(0, Number(value()) || 0);
    else if (a === '--manifest') opts.manifest = resolve(value());
    else if (a === '--export') opts.exportTo = value().split(',').map((s) => s.trim()).filter(Boolean);
    else throw new Error(`unknown option ${a} (see the header of demo-system/traffic.mjs)`);
  }
  return opts;
}

async function backendsUp() {
  const up = [];
  for (const [name, path] of Object.entries(READY)) {
    try {
      const res = await fetch(BACKEND_URLS[name] + path, { signal: AbortSignal.timeout(2000) });
      if (res.ok) up.push(name);
    } catch {
      /* not running */
    }
  }
  return up;
}

/** Sends request number `seq`; returns what the manifest needs about it. */
async function send(seq) {
  const s = scenarioFor(seq);
  const res = await fetch(serviceUrl('gateway') + s.path, {
    method: s.method,
    headers: {
      ...s.headers,
      ...(s.body ? { 'content-type': 'application/json' } : {}),
      baggage: `demo.seq=${seq},demo.scenario=${s.name}`,
    },
    body: s.body ? JSON.stringify(s.body) : undefined,
    signal: AbortSignal.timeout(15_000),
  });
  await res.arrayBuffer();
  const traceId = /^00-([0-9a-f]{32})-/.exec(res.headers.get('traceresponse') ?? '')?.[1] ?? null;
  return { seq, scenario: s.name, method: s.method, path: s.path, status: res.status, traceId };
}

async function runPass(firstSeq, count) {
  const from = await cursors();
  const requests = [];
  for (let seq = firstSeq; seq < firstSeq + count; seq++) requests.push(await send(seq));
  const exports = await flushAll();
  const records = await spansSince(from);
  return { requests, exports, traces: manifestTraces(records, requests) };
}

function exportTotals(perService) {
  const totals = {};
  for (const stats of Object.values(perService)) {
    for (const [backend, s] of Object.entries(stats)) {
      totals[backend] ??= { exported: 0, failed: 0, lastError: null };
      totals[backend].exported += s.exported;
      totals[backend].failed += s.failed;
      totals[backend].lastError ??= s.lastError;
    }
  }
  return totals;
}

function writeManifest(path, pass, exportTo, verification) {
  const manifest = {
    schemaVersion: 1,
    generatedAt: new Date().toISOString(),
    description: 'Traces produced by demo-system/traffic.mjs, derived from the spans the OpenTelemetry SDK exported. slowestHop = the non-root span with the largest self time.',
    window: {
      startUs: Math.min(...pass.traces.map((t) => t.startUs)),
      endUs: Math.max(...pass.traces.map((t) => t.startUs + t.durationUs)),
    },
    services: Object.fromEntries(Object.entries(SERVICES).map(([n, s]) => [n, { version: s.version, port: s.port }])),
    exportedTo: exportTo,
    exportStats: exportTotals(pass.exports),
    verification,
    requests: pass.requests,
    traces: pass.traces,
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return manifest;
}

function summarize(manifest) {
  const byScenario = {};
  for (const t of manifest.traces) byScenario[t.scenario] = (byScenario[t.scenario] ?? 0) + 1;
  log(`${manifest.traces.length} traces: ${Object.entries(byScenario).map(([k, v]) => `${k} ×${v}`).join(', ')}`);
  for (const [b, s] of Object.entries(manifest.exportStats)) {
    log(`export to ${b}: ${s.exported} spans exported, ${s.failed} failed${s.lastError && s.failed ? ` (${s.lastError})` : ''}`);
  }
  for (const [b, v] of Object.entries(manifest.verification ?? {})) {
    const extra = v.wrongCount.length ? `; span count differs for ${v.wrongCount.map((w) => `${w.traceId} (${w.got}/${w.expected})`).join(', ')}` : '';
    log(`${b}: ${v.complete}/${v.total} traces found with the expected span count${v.missing.length ? `; missing ${v.missing.length}` : ''}${extra}`);
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const up = await backendsUp();
  const exportTo = opts.exportTo ?? up;
  if (!exportTo.length) log('no backend answers (start them with `npm run backends`); the spans only go to the manifest');
  const cluster = await startCluster({ exportTo, logsDir: join(REPO, '.cache/backends/logs'), log });
  let stopping = false;
  const finish = async (code) => {
    if (stopping) return;
    stopping = true;
    if (!opts.keep) await cluster.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => finish(0));
  process.on('SIGTERM', () => finish(0));
  try {
    let seq = 1;
    let lastVerification;
    const passes = opts.loop ? Infinity : opts.passes;
    for (let pass = 0; pass < passes && !stopping; pass++) {
      const result = await runPass(seq, SCENARIOS.length);
      seq += SCENARIOS.length;
      const verifyOn = exportTo.filter((b) => up.includes(b));
      const verification = opts.verify && !opts.loop ? await verifyBackends(result.traces, verifyOn) : undefined;
      lastVerification = verification;
      const manifest = writeManifest(opts.manifest, result, exportTo, verification);
      log(`pass ${pass + 1}: manifest written to ${opts.manifest}`);
      summarize(manifest);
      if (opts.loop) await new Promise((r) => setTimeout(r, opts.interval));
    }
    const incomplete = Object.entries(lastVerification ?? {}).filter(([, v]) => v.complete !== v.total);
    await finish(incomplete.length ? 1 : 0);
  } catch (e) {
    if (stopping) return; // Ctrl-C while a request was in flight
    console.error(`[demo:traffic] ${e.message}`);
    await finish(1);
  }
}

main();
