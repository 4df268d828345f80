// What every journey against a real backend needs: which backend this Playwright project is
// for, whether the app reaches it through serve.mjs's proxy, the demo manifest describing what
// the backend holds, and URLs for the app's pages over the manifest's time window.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import type { ManifestSpan, ManifestTrace } from '../../demo-system/manifest.d.mts';

export type Backend = 'jaeger' | 'tempo' | 'zipkin';
export type { ManifestSpan, ManifestTrace };

export interface DemoManifest {
  readonly generatedAt: string;
  readonly window: { readonly startUs: number; readonly endUs: number };
  readonly exportedTo: readonly string[];
  readonly traces: readonly ManifestTrace[];
}

export function backendOf(info: TestInfo): Backend {
  const name = info.project.name;
  if (name !== 'jaeger' && name !== 'tempo' && name !== 'zipkin') throw new Error(`unknown project ${name}`);
  return name;
}

/**
 * The manifest of the last demo traffic: E2E_MANIFEST, else the newest of test:backends'
 * and demo:traffic's default ones.
 */
export function manifestPath(): string | null {
  if (process.env.E2E_MANIFEST) return resolve(process.env.E2E_MANIFEST);
  const candidates = ['.cache/test-backends-manifest.json', '.cache/demo-manifest.json']
    .map((p) => resolve(p))
    .filter((p) => existsSync(p))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return candidates[0] ?? null;
}

let cachedManifest: DemoManifest | null = null;
export function loadManifest(): DemoManifest {
  if (cachedManifest) return cachedManifest;
  const path = manifestPath();
  if (!path) throw new Error('no demo manifest: run `npm run demo:traffic` first');
  cachedManifest = JSON.parse(readFileSync(path, 'utf8')) as DemoManifest;
  return cachedManifest;
}

/** Paths that answer JSON when the proxy reaches the backend (the SPA fallback answers HTML). */
const PROBES: Readonly<Record<Backend, string>> = {
  jaeger: 'api/v3/services',
  tempo: 'api/echo',
  zipkin: 'api/v2/services',
};

const reachability = new Map<Backend, string | null>();

/** Null when the app's proxy reaches the backend; otherwise why not (the skip reason). */
export async function whyUnreachable(request: APIRequestContext, backend: Backend): Promise<string | null> {
  if (reachability.has(backend)) return reachability.get(backend) ?? null;
  let reason: string | null = null;
  try {
    const config = (await (await request.get('config.json')).json()) as { sources?: { id: string }[] };
    if (!config.sources?.some((s) => s.id === backend)) {
      reason = `${backend} is not a source of the app (${backend.toUpperCase()}_URL was not given to scripts/serve.mjs)`;
    } else {
      const res = await request.get(`backends/${backend}/${PROBES[backend]}`, { timeout: 10_000 });
      const type = res.headers()['content-type'] ?? '';
      if (!res.ok() || type.includes('text/html')) {
        reason = `${backend} does not answer through the app's proxy (GET backends/${backend}/${PROBES[backend]}: HTTP ${res.status()} ${(await res.text()).slice(0, 120)})`;
      }
    }
  } catch (e) {
    reason = `${backend} is not reachable: ${(e as Error).message.split('\n')[0]}`;
  }
  if (!reason) {
    const path = manifestPath();
    if (!path) reason = 'no demo manifest (.cache/demo-manifest.json): run `npm run demo:traffic` first';
    else if (!loadManifest().exportedTo.includes(backend)) reason = `the demo traffic in ${path} was not exported to ${backend}`;
  }
  reachability.set(backend, reason);
  return reason;
}

/** The manifest's window with a margin: the run's own traces, none of earlier runs. */
export function windowParams(manifest: DemoManifest): string {
  const start = Math.floor(manifest.window.startUs - 2_000_000);
  const end = Math.ceil(manifest.window.endUs + 2_000_000);
  return `lookback=custom&start=${start}&end=${end}`;
}

/** A search page URL over the manifest's window; `params` are the search's own. */
export function searchUrl(backend: Backend, manifest: DemoManifest, params: Record<string, string>): string {
  const q = new URLSearchParams({ source: backend, ...params });
  return `search?${q.toString()}&${windowParams(manifest)}&limit=100`;
}

export const traceUrl = (backend: Backend, traceId: string, extra = ''): string => `trace/${traceId}?source=${backend}${extra}`;

export function tracesOf(manifest: DemoManifest, predicate: (t: ManifestTrace) => boolean): ManifestTrace[] {
  return manifest.traces.filter(predicate);
}

export function oneTrace(manifest: DemoManifest, scenario: string): ManifestTrace {
  const t = manifest.traces.find((x) => x.scenario === scenario);
  if (!t) throw new Error(`the manifest has no ${scenario} trace`);
  return t;
}

/**
 * A `scenario` trace whose slowest hop, and each span above it, ends before any later sibling
 * starts. The demo's SDK stamps starts to the millisecond and durations to the microsecond,
 * so a sibling can seem to start up to 1 ms before a hop ends; the critical path (Jaeger's
 * rule: the child that finished before the next one started) then rightly leaves the hop out.
 */
export function traceWithClearSlowestHop(manifest: DemoManifest, scenario: string): ManifestTrace {
  const candidates = manifest.traces.filter((x) => x.scenario === scenario);
  const clear = candidates.find((t) => {
    const byId = new Map(t.spans.map((s) => [s.spanId, s]));
    for (let s = byId.get(t.slowestHop.spanId); s?.parentSpanId && byId.has(s.parentSpanId); s = byId.get(s.parentSpanId)) {
      const hop = s;
      const end = hop.startUs + hop.durationUs;
      const overlapped = t.spans.some((x) => x.parentSpanId === hop.parentSpanId && x.spanId !== hop.spanId && x.startUs >= hop.startUs && x.startUs < end);
      if (overlapped) return false;
    }
    return true;
  });
  if (!clear) throw new Error(`none of the ${candidates.length} ${scenario} traces has a slowest hop clear of its siblings`);
  return clear;
}

export const sortedIds = (traces: readonly ManifestTrace[]): string[] => traces.map((t) => t.traceId).sort();

/** Waits for the search to settle (results, nothing found or an error) and returns the ids shown. */
export async function shownTraceIds(page: Page): Promise<string[]> {
  const settled = page.locator('[data-testid="trace-result"], [data-testid="empty-state"], [data-testid="error-panel"]');
  await expect(settled.first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('error-panel')).toHaveCount(0);
  const ids = await page
    .getByTestId('trace-result')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-trace-id') ?? ''));
  return ids.sort();
}

/** Rows of the waterfall as `{ uid, spanId, level, service, name }`, top to bottom. */
export async function waterfallRows(page: Page) {
  return page.getByTestId('span-row').evaluateAll((els) =>
    els.map((e) => ({
      uid: e.getAttribute('data-span-uid') ?? '',
      level: Number(e.getAttribute('aria-level')),
      top: e.getBoundingClientRect().top,
      service: e.querySelector('.wf-service')?.textContent ?? '',
      name: e.querySelector('.wf-operation')?.textContent ?? '',
    })),
  );
}

/** spanId → parent spanId as the waterfall shows it (indentation), in row order. */
export async function shownParents(page: Page): Promise<Map<string, string | null>> {
  const rows = (await waterfallRows(page)).sort((a, b) => a.top - b.top);
  const parents = new Map<string, string | null>();
  const stack: { id: string; level: number }[] = [];
  for (const row of rows) {
    const id = row.uid.split('~')[0] ?? row.uid;
    while (stack.length && stack[stack.length - 1]!.level >= row.level) stack.pop();
    parents.set(id, stack.length ? stack[stack.length - 1]!.id : null);
    stack.push({ id, level: row.level });
  }
  return parents;
}

/** Zipkin stores span names lower-cased; compare names case-insensitively there. */
export const sameName = (backend: Backend, a: string, b: string): boolean =>
  backend === 'zipkin' ? a.toLowerCase() === b.toLowerCase() : a === b;
