#!/usr/bin/env node
// npm run backends [-- [jaeger] [tempo] [zipkin] [--detach] [--stop] [--no-install]]
// Starts the named backends (default all) on 127.0.0.1, installing missing ones first,
// waits until each answers its readiness check, prints the URLs and stops them on
// Ctrl-C / SIGTERM. Logs: .cache/backends/logs/<name>.log. A backend that already answers
// is reused and left running. --detach leaves them running (pids in .cache/backends/pids.json)
// and --stop stops what a detached run started.
//
// Programmatic use (test:backends): `const run = await startBackends(['jaeger']); ...; await run.stop();`
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BACKENDS, artifactPath, launchCommand, parseNames, runRoot } from './lib/definitions.mjs';
import { httpStatus, portInUse, sleep, waitReady } from './lib/probe.mjs';
import { installBackends, isInstalled } from './install.mjs';

const pidFile = () => join(runRoot(), 'pids.json');

/** True when the backend's readiness URL answers 200 right now. */
export async function isRunning(name) {
  return (await httpStatus(BACKENDS[name].ready)) === 200;
}

function readPids() {
  try {
    return JSON.parse(readFileSync(pidFile(), 'utf8'));
  } catch {
    return {};
  }
}

function writePids(pids) {
  mkdirSync(runRoot(), { recursive: true });
  writeFileSync(pidFile(), JSON.stringify(pids, null, 2));
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** SIGTERM to the process group, SIGKILL after `graceMs`. */
export async function stopPid(pid, graceMs = 15_000) {
  const signal = (sig) => {
    try {
      process.kill(-pid, sig);
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        /* already gone */
      }
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (alive(pid) && Date.now() < deadline) await sleep(200);
  if (alive(pid)) signal('SIGKILL');
}

function logTail(file, lines = 25) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function launch(name, { log, readyTimeoutMs, detach }) {
  const def = BACKENDS[name];
  if (await isRunning(name)) {
    log(`${name}: already running at ${def.url} (left as it is)`);
    return { name, url: def.url, started: false };
  }
  const busy = [];
  for (const [what, port] of Object.entries(def.ports)) if (await portInUse(port)) busy.push(`${what} ${port}`);
  if (busy.length) {
    throw new Error(`${name}: port(s) already in use by something that is not a ready ${name}: ${busy.join(', ')}`);
  }
  const root = runRoot();
  const logsDir = join(root, 'logs');
  const dataDir = join(root, `${name}-data`);
  mkdirSync(logsDir, { recursive: true });
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const logFile = join(logsDir, `${name}.log`);
  const fd = openSync(logFile, 'w');
  const cmd = launchCommand(name, { dataDir });
  const child = spawn(cmd.command, cmd.args, {
    cwd: dataDir,
    env: { ...process.env, ...cmd.env },
    stdio: ['ignore', fd, fd],
    detached: true, // own process group: Ctrl-C reaches us, and we stop children in order
  });
  closeSync(fd);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  if (detach) child.unref();
  log(`${name}: started (pid ${child.pid}), waiting for ${def.ready} ... log: ${logFile}`);
  const started = Date.now();
  const state = await waitReady(def.ready, { timeoutMs: readyTimeoutMs, isAlive: () => !exited });
  if (state !== 'ready') {
    if (!exited) await stopPid(child.pid);
    throw new Error(`${name}: ${state === 'exited' ? 'exited before it was ready' : `not ready after ${readyTimeoutMs / 1000} s`}; last log lines (${logFile}):\n${logTail(logFile)}`);
  }
  log(`${name}: ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${def.url}`);
  return { name, url: def.url, started: true, pid: child.pid, logFile, child };
}

/**
 * Starts the named backends (already-running ones are reused). Resolves once all are ready;
 * `stop()` stops only what this call started. On any failure, stops what it started and throws.
 */
export async function startBackends(names, { log = console.log, readyTimeoutMs = 180_000, install = true, detach = false } = {}) {
  for (const name of names) {
    if (isInstalled(name) || (await isRunning(name))) continue;
    if (!install) throw new Error(`${name} is not installed (${artifactPath(name)}); run: npm run backends:install ${name}`);
    await installBackends([name]);
  }
  const outcomes = await Promise.allSettled(names.map((n) => launch(n, { log, readyTimeoutMs, detach })));
  const ok = outcomes.filter((o) => o.status === 'fulfilled').map((o) => o.value);
  const stop = async () => {
    const pids = readPids();
    for (const b of ok.filter((x) => x.started)) {
      log(`${b.name}: stopping (pid ${b.pid})`);
      await stopPid(b.pid);
      delete pids[b.name];
    }
    writePids(pids);
  };
  const pids = readPids();
  for (const b of ok.filter((x) => x.started)) pids[b.name] = b.pid;
  writePids(pids);
  const failures = outcomes.filter((o) => o.status === 'rejected').map((o) => o.reason.message);
  if (failures.length) {
    await stop();
    throw new Error(failures.join('\n'));
  }
  return { backends: ok, stop };
}

/** Stops the backends recorded in the pid file (started by a --detach run). */
export async function stopRecorded({ log = console.log } = {}) {
  const pids = readPids();
  for (const [name, pid] of Object.entries(pids)) {
    if (alive(pid)) {
      log(`${name}: stopping (pid ${pid})`);
      await stopPid(pid);
    }
  }
  if (existsSync(pidFile())) rmSync(pidFile());
}

async function main() {
  const argv = process.argv.slice(2);
  const log = (m) => console.log(`[backends] ${m}`);
  if (argv.includes('--stop')) {
    await stopRecorded({ log });
    return;
  }
  const names = parseNames(argv);
  const detach = argv.includes('--detach');
  let run;
  try {
    run = await startBackends(names, { log, detach, install: !argv.includes('--no-install') });
  } catch (e) {
    console.error(`[backends] ${e.message}`);
    process.exit(1);
  }
  console.log('');
  for (const b of run.backends) console.log(`  ${BACKENDS[b.name].label.padEnd(44)} ${b.url}${b.started ? '' : '  (was already running)'}`);
  console.log('');
  if (detach) {
    log('detached; stop with: npm run backends -- --stop');
    process.exit(0);
  }
  log('running; press Ctrl-C to stop');
  let stopping = false;
  const shutdown = async (code) => {
    if (stopping) return;
    stopping = true;
    await run.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => shutdown(0));
  process.on('SIGTERM', () => shutdown(0));
  for (const b of run.backends.filter((x) => x.started)) {
    b.child.on('exit', (code, sig) => {
      if (stopping) return;
      console.error(`[backends] ${b.name} exited unexpectedly (${sig ?? code}); log: ${b.logFile}\n${logTail(b.logFile, 15)}`);
      shutdown(1);
    });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main();
}
