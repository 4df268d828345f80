// The replay helper lives beside the recordings it reads (e2e/recordings/replay.ts, written
// with them); specs import it from here with the config helpers it always goes with.
import type { Page } from '@playwright/test';
import { replayBackend, type Backend } from '../recordings/replay';
import { backendConfig, routeConfig } from './config';

export type { Backend };

/** Points the app at one recorded backend (source id = backend type) and replays it. */
export async function useRecordedBackend(page: Page, backend: Backend, scenario?: string): Promise<void> {
  await routeConfig(page, backendConfig(backend));
  await replayBackend(page, { backend, prefix: `backends/${backend}`, ...(scenario ? { scenario } : {}) });
}

/** The recordings' traces start 2026-11-23T03:00Z (README says the 22nd); this window holds either. */
export function recordedSearchUrl(backend: Backend, extra = ''): string {
  const start = Date.UTC(2026, 10, 22, 0, 0) * 1000;
  const end = Date.UTC(2026, 10, 24, 0, 0) * 1000;
  return `search?source=${backend}&service=frontend&lookback=custom&start=${start}&end=${end}&limit=20${extra}`;
}
