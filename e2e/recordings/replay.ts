// Serves recorded backend responses to the app under test through Playwright's page.route,
// so the Jaeger, Tempo and Zipkin adapters run hermetically. Format: README.md here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

export type Backend = 'jaeger' | 'tempo' | 'zipkin';

export interface Recording {
  readonly description?: string;
  /** Absent = the default scenario (the happy path). */
  readonly scenario?: string;
  readonly method: string;
  /** Path on the backend (after the proxy prefix), or `*` for every path. */
  readonly path: string;
  /** Parameters that must be present with exactly these values; others are ignored. */
  readonly query?: Readonly<Record<string, string>>;
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A string is sent verbatim; anything else as JSON. */
  readonly body?: unknown;
  /** Instead of answering, fail the request (Playwright error code, e.g. `connectionrefused`). */
  readonly abort?: string;
}

const HERE = fileURLToPath(new URL('.', import.meta.url));

export function loadRecordings(backend: Backend, dir = join(HERE, backend)): Recording[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Recording);
}

/**
 * The recording answering `method path?query` in `scenario`: recordings of that scenario
 * first, then the default ones; among matches, an exact path beats `*` and more matching
 * query parameters beat fewer.
 */
export function findRecording(
  recordings: readonly Recording[],
  method: string,
  path: string,
  query: URLSearchParams,
  scenario = 'default',
): Recording | undefined {
  const score = (r: Recording): number => {
    if (r.method.toUpperCase() !== method.toUpperCase()) return -1;
    if (r.path !== '*' && r.path !== path) return -1;
    const wanted = Object.entries(r.query ?? {});
    if (!wanted.every(([k, v]) => query.get(k) === v)) return -1;
    return (r.path === '*' ? 0 : 1000) + wanted.length;
  };
  const best = (list: readonly Recording[]) => {
    let pick: Recording | undefined;
    let top = -1;
    for (const r of list) {
      const s = score(r);
      if (s > top) [pick, top] = [r, s];
    }
    return pick;
  };
  const inScenario = recordings.filter((r) => (r.scenario ?? 'default') === scenario);
  return best(inScenario) ?? (scenario === 'default' ? undefined : best(recordings.filter((r) => !r.scenario)));
}

export interface ReplayOptions {
  readonly backend: Backend;
  /** The source's URL path prefix in the app, e.g. `backends/jaeger`. */
  readonly prefix: string;
  readonly scenario?: string;
  readonly recordings?: readonly Recording[];
}

/** Answers every request under `prefix` from the recordings; unmatched requests get a 404. */
export async function replayBackend(page: Page, options: ReplayOptions): Promise<void> {
  const recordings = options.recordings ?? loadRecordings(options.backend);
  const marker = `/${options.prefix.replace(/^\/+|\/+$/g, '')}/`;
  await page.route(
    (url) => url.pathname.includes(marker),
    async (route) => {
      const url = new URL(route.request().url());
      const path = '/' + url.pathname.slice(url.pathname.indexOf(marker) + marker.length);
      const rec = findRecording(recordings, route.request().method(), path, url.searchParams, options.scenario);
      if (!rec) {
        await route.fulfill({ status: 404, contentType: 'text/plain', body: `no recording for ${route.request().method()} ${path}` });
        return;
      }
      if (rec.abort) {
        await route.abort(rec.abort);
        return;
      }
      await route.fulfill({
        status: rec.status ?? 200,
        headers: { ...(rec.headers ?? {}) },
        body: typeof rec.body === 'string' ? rec.body : JSON.stringify(rec.body ?? null),
      });
    },
  );
}
