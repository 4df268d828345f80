#!/usr/bin/env node
// npm run record [-- [jaeger] [tempo] [zipkin] [--manifest PATH] [--out DIR]]
// Asks each running backend the questions the adapters ask (services, operations, searches,
// trace by id, dependencies, tag endpoints, error cases) about the demo traces named in the
// manifest (npm run demo:traffic), and writes the real answers as recordings in the format of
// e2e/recordings/README.md: e2e/recordings/<backend>/recorded-<name>.json, all with
// `scenario: "recorded"` so that they never shadow the synthesized default recordings
// (replay with `scenario: 'recorded'` to use them; unmatched requests fall back to the default).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BACKENDS, REPO_ROOT, parseNames } from './lib/definitions.mjs';
import { httpStatus } from './lib/probe.mjs';
import { requestsFor } from './lib/record-requests.mjs';

const log = (m) => console.log(`[record] ${m}`);

function parseArgs(argv) {
  const opts = { manifest: join(REPO_ROOT, '.cache/demo-manifest.json'), out: join(REPO_ROOT, 'e2e/recordings'), names: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--manifest') opts.manifest = resolve(argv[++i]);
    else if (argv[i] === '--out') opts.out = resolve(argv[++i]);
    else opts.names.push(argv[i]);
  }
  opts.names = parseNames(opts.names);
  return opts;
}

/** One real exchange as a recording. */
async function capture(base, req) {
  const url = new URL(base + req.path);
  for (const [k, v] of Object.entries({ ...req.query, ...req.volatile })) url.searchParams.set(k, v);
  const res = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  // JSON bodies are stored parsed (readable, diffable; replay re-serializes them) whatever the
  // content type says: Jaeger sends its JSON as text/plain. Anything else stays verbatim.
  let body = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* keep the text */
  }
  return {
    description: `${req.description} (recorded from a real server by npm run record; sent: ${url.pathname}${url.search})`,
    scenario: 'recorded',
    method: 'GET',
    path: req.path,
    ...(Object.keys(req.query).length ? { query: req.query } : {}),
    status: res.status,
    headers: { 'content-type': type },
    body,
  };
}

/** Pretty JSON, except that a large body stays on one line (search results run to megabytes). */
function serialize(rec) {
  const body = JSON.stringify(rec.body);
  if (body.length < 20_000) return JSON.stringify(rec, null, 2) + '\n';
  return JSON.stringify({ ...rec, body: '@BODY@' }, null, 2).replace('"@BODY@"', () => body) + '\n';
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(opts.manifest)) {
    console.error(`[record] no manifest at ${opts.manifest}; run npm run demo:traffic first`);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(opts.manifest, 'utf8'));
  let failed = 0;
  for (const name of opts.names) {
    if ((await httpStatus(BACKENDS[name].ready)) !== 200) {
      log(`${name}: not running (${BACKENDS[name].ready}); skipped`);
      continue;
    }
    const dir = join(opts.out, name);
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync(dir)) if (f.startsWith('recorded-')) rmSync(join(dir, f));
    const requests = requestsFor(name, manifest);
    for (const req of requests) {
      try {
        const rec = await capture(BACKENDS[name].url, req);
        writeFileSync(join(dir, `recorded-${req.name}.json`), serialize(rec));
      } catch (e) {
        failed++;
        log(`${name}: ${req.name}: ${e.message}`);
      }
    }
    log(`${name}: ${requests.length} recordings in ${dir}/recorded-*.json`);
  }
  process.exit(failed ? 1 : 0);
}

main();
