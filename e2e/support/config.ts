import type { Page } from '@playwright/test';

/** Replaces config.json for one page: sources with ids jaeger/tempo/zipkin under backends/. */
export async function routeConfig(page: Page, config: unknown): Promise<void> {
  await page.route('**/config.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(config) }),
  );
}

/** Serves config.json with a raw body (invalid JSON, HTML...) or status. */
export async function routeRawConfig(page: Page, body: string, status = 200): Promise<void> {
  await page.route('**/config.json', (route) =>
    route.fulfill({ status, contentType: 'application/json', body }),
  );
}

/** A config naming one backend source (same-origin URL, so page.route can answer it). */
export function backendConfig(type: 'jaeger' | 'tempo' | 'zipkin') {
  return {
    sources: [
      { id: type, name: `Recorded ${type}`, type, url: `backends/${type}`, timeoutMs: 5000 },
      { id: 'demo', name: 'Demo', type: 'demo' },
    ],
    defaultSource: type,
  };
}
