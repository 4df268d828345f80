// What each real backend is: where it is installed, how it is started, which ports it
// takes and how its readiness is checked. Versions come from backends/versions.json only.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const VERSIONS = JSON.parse(readFileSync(join(REPO_ROOT, 'backends/versions.json'), 'utf8'));
export const ALL_BACKENDS = ['jaeger', 'tempo', 'zipkin'];

/** Install cache shared by every clone on this machine (never inside the repo). */
export function cacheRoot(env = process.env) {
  if (env.TRACESCOPE_BACKENDS_CACHE) return resolve(env.TRACESCOPE_BACKENDS_CACHE);
  const xdg = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(xdg, 'tracescope', 'backends');
}

/** Per-run state (logs, Tempo's blocks, pid file): git-ignored, inside the repo. */
export function runRoot(env = process.env) {
  return resolve(env.TRACESCOPE_BACKENDS_RUN_DIR || join(REPO_ROOT, '.cache', 'backends'));
}

export function installDir(name, env = process.env) {
  return join(cacheRoot(env), VERSIONS[name].cacheName);
}

/** Path of the installed executable (a binary, or Zipkin's jar). */
export function artifactPath(name, env = process.env) {
  const dir = installDir(name, env);
  if (name === 'zipkin') return join(dir, VERSIONS.zipkin.jar);
  return join(dir, 'bin', name);
}

/**
 * Ports and readiness per backend. `ports` lists every listener so a clash is reported by
 * name; `ready` is polled until it answers 200.
 */
export const BACKENDS = {
  jaeger: {
    label: `Jaeger ${VERSIONS.jaeger.release}`,
    url: 'http://127.0.0.1:16686',
    ready: 'http://127.0.0.1:16686/api/v3/services',
    ports: { 'query HTTP': 16686, 'query gRPC': 16685, 'OTLP gRPC': 4317, 'OTLP HTTP': 4318, health: 13133 },
    otlpHttp: 'http://127.0.0.1:4318/v1/traces',
  },
  tempo: {
    label: `Tempo ${VERSIONS.tempo.release}`,
    url: 'http://127.0.0.1:3200',
    ready: 'http://127.0.0.1:3200/ready',
    ports: { HTTP: 3200, gRPC: 9095, 'OTLP gRPC': 14317, 'OTLP HTTP': 14318 },
    otlpHttp: 'http://127.0.0.1:14318/v1/traces',
  },
  zipkin: {
    label: `Zipkin ${VERSIONS.zipkin.release}`,
    url: 'http://127.0.0.1:9411',
    ready: 'http://127.0.0.1:9411/health',
    ports: { HTTP: 9411 },
    spans: 'http://127.0.0.1:9411/api/v2/spans',
  },
};

/** The command line that runs one backend; `dataDir` is a fresh per-run folder. */
export function launchCommand(name, { dataDir, env = process.env }) {
  const bin = artifactPath(name, env);
  if (name === 'jaeger') {
    return { command: bin, args: ['--config', join(REPO_ROOT, 'backends/config/jaeger.yaml')], env: {} };
  }
  if (name === 'tempo') {
    return {
      command: bin,
      args: ['-config.file', join(REPO_ROOT, 'backends/config/tempo.yaml'), '-config.expand-env=true'],
      env: { TEMPO_DATA_DIR: dataDir, TEMPO_LISTEN_HOST: '127.0.0.1' },
    };
  }
  if (name === 'zipkin') {
    // In-memory storage (the default). Armeria's port list binds loopback only; Zipkin's
    // own QUERY_PORT would listen on every interface.
    return {
      command: env.JAVA ?? 'java',
      args: [
        `-Xmx${env.ZIPKIN_HEAP ?? '512m'}`,
        '-jar', bin,
        '--armeria.ports[0].ip=127.0.0.1',
        '--armeria.ports[0].port=9411',
        '--armeria.ports[0].protocols[0]=http',
      ],
      env: {},
    };
  }
  throw new Error(`unknown backend "${name}" (expected one of ${ALL_BACKENDS.join(', ')})`);
}

/** Validates CLI names; empty means all. */
export function parseNames(list) {
  const names = list.filter((a) => !a.startsWith('-'));
  for (const n of names) {
    if (!ALL_BACKENDS.includes(n)) throw new Error(`unknown backend "${n}" (expected one of ${ALL_BACKENDS.join(', ')})`);
  }
  return names.length ? [...new Set(names)] : [...ALL_BACKENDS];
}
