// Starts the demo services as separate processes (one service.name each) or reuses ones that
// already answer, and talks to their /__demo control endpoints.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVICE_NAMES, serviceUrl } from './config.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function control(service, path, init) {
  const res = await fetch(serviceUrl(service) + path, { ...init, signal: AbortSignal.timeout(30_000) });
  if (!res.ok) throw new Error(`${service}${path} answered ${res.status}`);
  return res.json();
}

export async function isServiceUp(service) {
  try {
    await control(service, '/__demo/health');
    return true;
  } catch {
    return false;
  }
}

/**
 * Ensures every demo service runs. Missing ones are spawned with `exportTo` (backend names)
 * and logs in `logsDir`. Returns { started: [names], stop() }.
 */
export async function startCluster({ exportTo, logsDir, log = console.log }) {
  const up = await Promise.all(SERVICE_NAMES.map(isServiceUp));
  const children = [];
  mkdirSync(logsDir, { recursive: true });
  for (const [i, name] of SERVICE_NAMES.entries()) {
    if (up[i]) continue;
    const fd = openSync(join(logsDir, `demo-${name}.log`), 'w');
    const child = spawn(process.execPath, [join(HERE, 'run-service.mjs'), name], {
      env: { ...process.env, DEMO_EXPORT: exportTo.join(',') },
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    children.push({ name, child });
  }
  const reused = SERVICE_NAMES.filter((_, i) => up[i]);
  if (reused.length) log(`demo: reusing running services: ${reused.join(', ')}`);
  const deadline = Date.now() + 30_000;
  for (const { name, child } of children) {
    while (!(await isServiceUp(name))) {
      if (child.exitCode !== null || Date.now() > deadline) {
        await stopChildren(children);
        throw new Error(`demo service ${name} did not start; see ${join(logsDir, `demo-${name}.log`)}`);
      }
      await sleep(100);
    }
  }
  if (children.length) log(`demo: started ${children.map((c) => c.name).join(', ')} (exporting to ${exportTo.join(', ') || 'nothing'})`);
  return { started: children.map((c) => c.name), stop: () => stopChildren(children) };
}

async function stopChildren(children) {
  await Promise.all(children.map(({ child }) => new Promise((resolvePromise) => {
    if (child.exitCode !== null) return resolvePromise();
    child.once('exit', resolvePromise);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  })));
}

/** Current record cursor of every service. */
export async function cursors() {
  const out = {};
  for (const s of SERVICE_NAMES) out[s] = (await control(s, '/__demo/cursor')).cursor;
  return out;
}

/** Waits for in-flight work, flushes every exporter; returns per-service export stats. */
export async function flushAll() {
  const results = await Promise.all(SERVICE_NAMES.map((s) => control(s, '/__demo/flush', { method: 'POST' })));
  return Object.fromEntries(results.map((r) => [r.service, r.exports]));
}

/** Every span record exported since `from` (per-service cursors). */
export async function spansSince(from) {
  const all = [];
  for (const s of SERVICE_NAMES) all.push(...(await control(s, `/__demo/spans?since=${from[s] ?? 0}`)).spans);
  return all;
}
