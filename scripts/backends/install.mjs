#!/usr/bin/env node
// npm run backends:install [jaeger|tempo|zipkin ...]
// Builds Jaeger and Tempo from the Go module proxy and fetches Zipkin's jar from Maven
// Central, into a cache outside the repo (${XDG_CACHE_HOME:-~/.cache}/tracescope/backends,
// or TRACESCOPE_BACKENDS_CACHE). An install whose stamp matches backends/versions.json is reused.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, VERSIONS, artifactPath, cacheRoot, installDir, parseNames } from './lib/definitions.mjs';

const log = (msg) => console.log(`[backends:install] ${msg}`);

class InstallError extends Error {}

function stampPath(name) {
  return join(installDir(name), 'installed.json');
}

/** True when the artifact exists and was installed from the pinned version. */
export function isInstalled(name) {
  if (!existsSync(artifactPath(name)) || !existsSync(stampPath(name))) return false;
  try {
    const stamp = JSON.parse(readFileSync(stampPath(name), 'utf8'));
    return JSON.stringify(stamp.pin) === JSON.stringify(VERSIONS[name]);
  } catch {
    return false;
  }
}

function run(command, args, { cwd, env, logFile }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail = [];
    const onData = (chunk) => {
      const text = chunk.toString();
      if (logFile) writeFileSync(logFile, text, { flag: 'a' });
      for (const line of text.split('\n')) if (line.trim()) tail.push(line);
      while (tail.length > 30) tail.shift();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (e) => reject(new InstallError(`cannot run ${command}: ${e.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else reject(new InstallError(`${command} ${args.join(' ')} exited with ${code}; last lines:\n  ${tail.join('\n  ')}`));
    });
  });
}

function goVersion() {
  const r = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  return r.stdout.trim().replace(/^go/, '');
}

const versionAtLeast = (have, need) => {
  const a = have.split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  const b = need.split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
};

async function installGo(name) {
  const pin = VERSIONS[name];
  const have = goVersion();
  if (!have) throw new InstallError('Go is not installed (needed to build ' + name + '); install Go 1.24+ and retry.');
  const moduleDir = join(REPO_ROOT, pin.buildModule);
  const need = /^go (\S+)/m.exec(readFileSync(join(moduleDir, 'go.mod'), 'utf8'))?.[1] ?? '1.24';
  // A new enough local Go builds it as is; an older one may fetch the toolchain it needs.
  const toolchain = versionAtLeast(have, need) ? 'local' : 'auto';
  const dir = installDir(name);
  const src = join(dir, 'src');
  rmSync(src, { recursive: true, force: true });
  mkdirSync(join(dir, 'bin'), { recursive: true });
  mkdirSync(src, { recursive: true });
  // Build in a copy so -mod=mod never rewrites the repo's go.mod/go.sum.
  for (const f of ['go.mod', 'go.sum', 'tools.go']) {
    if (existsSync(join(moduleDir, f))) copyFileSync(join(moduleDir, f), join(src, f));
  }
  const logFile = join(dir, 'build.log');
  writeFileSync(logFile, '');
  const env = {
    GOFLAGS: '-mod=mod',
    GOTOOLCHAIN: toolchain,
    // The pinned Tempo pseudo-version is served by the module proxy but unknown to the
    // checksum database mirror; its hash is pinned in backends/tempo-build/go.sum instead.
    ...(name === 'tempo' ? { GONOSUMDB: 'github.com/grafana/tempo' } : {}),
  };
  log(`${name}: building ${pin.goPackage}@${pin.goVersion} with Go ${have} (GOTOOLCHAIN=${toolchain}); log: ${logFile}`);
  log(`${name}: a first build downloads ~2000 packages and compiles them (about 40 min for Jaeger and Tempo together on a busy 2-core machine); later builds reuse Go's caches and take seconds.`);
  const started = Date.now();
  const ticker = setInterval(() => log(`${name}: still building (${Math.round((Date.now() - started) / 1000)} s)...`), 60_000);
  try {
    await run('go', ['build', '-trimpath', '-o', artifactPath(name), pin.goPackage], { cwd: src, env, logFile });
  } finally {
    clearInterval(ticker);
  }
  return { seconds: Math.round((Date.now() - started) / 1000), go: have };
}

async function installZipkin() {
  const pin = VERSIONS.zipkin;
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error) throw new InstallError('Java is not installed (Zipkin needs Java 17+).');
  const major = Number(/version "(\d+)/.exec(java.stderr)?.[1] ?? 0);
  if (major < 17) throw new InstallError(`Zipkin ${pin.release} needs Java 17+, found: ${java.stderr.split('\n')[0]}`);
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error) throw new InstallError('Maven (mvn) is not installed; it fetches the Zipkin jar from Maven Central.');
  const dir = installDir('zipkin');
  mkdirSync(dir, { recursive: true });
  const logFile = join(dir, 'install.log');
  writeFileSync(logFile, '');
  log(`zipkin: mvn dependency:copy ${pin.mavenArtifact} -> ${dir}`);
  const started = Date.now();
  await run('mvn', ['-B', '-q', 'dependency:copy', `-Dartifact=${pin.mavenArtifact}`, `-DoutputDirectory=${dir}`], {
    cwd: dir, env: {}, logFile,
  });
  return { seconds: Math.round((Date.now() - started) / 1000), java: major };
}

/** Installs the named backends unless already installed; returns per-name results. */
export async function installBackends(names, { force = false } = {}) {
  const results = [];
  for (const name of names) {
    if (!force && isInstalled(name)) {
      log(`${name}: already installed at ${artifactPath(name)}`);
      results.push({ name, reused: true });
      continue;
    }
    const info = name === 'zipkin' ? await installZipkin() : await installGo(name);
    if (!existsSync(artifactPath(name))) throw new InstallError(`${name}: the install finished but ${artifactPath(name)} is missing`);
    writeFileSync(stampPath(name), JSON.stringify({ pin: VERSIONS[name], installedAt: new Date().toISOString(), ...info }, null, 2));
    log(`${name}: installed in ${info.seconds} s -> ${artifactPath(name)}`);
    results.push({ name, reused: false, ...info });
  }
  return results;
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) {
    console.log('usage: npm run backends:install [-- [--force] [jaeger] [tempo] [zipkin]]');
    console.log(`cache: ${cacheRoot()} (override with TRACESCOPE_BACKENDS_CACHE)`);
    return;
  }
  const names = parseNames(argv);
  log(`cache: ${cacheRoot()}`);
  const failed = [];
  for (const name of names) {
    try {
      await installBackends([name], { force: argv.includes('--force') });
    } catch (e) {
      failed.push(name);
      console.error(`[backends:install] ${name}: FAILED: ${e instanceof InstallError ? e.message : e.stack}`);
    }
  }
  if (failed.length) {
    console.error(`[backends:install] failed: ${failed.join(', ')}`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e) => {
    console.error(`[backends:install] ${e.message}`);
    process.exit(1);
  });
}
