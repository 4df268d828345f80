import { ConfigError, type AppConfig } from '../adapters/config';
import { parseAppConfig } from '../adapters/parse-config';
import { appUrl } from './base-path';
import { takeEarlyConfigRequest } from './early-config';

/** Why the app cannot start, phrased for the person who deploys it. */
export interface ConfigProblem {
  readonly url: string;
  /** The field at fault (`sources[1].type`), or null when the file itself is the problem. */
  readonly field: string | null;
  readonly message: string;
  readonly todo: string;
}

export type ConfigLoad = { readonly ok: true; readonly config: AppConfig } | { readonly ok: false; readonly problem: ConfigProblem };

/** Fetches config.json next to index.html and validates it. Never throws. */
export async function loadConfig(signal?: AbortSignal, url = appUrl('config.json').href): Promise<ConfigLoad> {
  const fail = (field: string | null, message: string, todo: string): ConfigLoad => ({
    ok: false,
    problem: { url, field, message, todo },
  });
  let text: string;
  try {
    const res = await (takeEarlyConfigRequest(url) ?? fetch(url, { signal, cache: 'no-cache', headers: { accept: 'application/json' } }));
    if (!res.ok) {
      return fail(
        null,
        `config.json could not be loaded: HTTP ${res.status} ${res.statusText}`.trim(),
        'Put a config.json next to index.html (the build ships one in dist/; see README "Configuration").',
      );
    }
    text = await res.text();
  } catch (e) {
    return fail(null, `config.json could not be loaded: ${(e as Error).message}`, 'Check that the server serving Tracescope is running.');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const looksHtml = /^\s*</.test(text);
    return fail(
      null,
      looksHtml
        ? 'config.json is an HTML page, not JSON (the server answered with a page instead of the file)'
        : `config.json is not valid JSON: ${(e as Error).message}`,
      looksHtml
        ? 'Make sure config.json is deployed next to index.html.'
        : 'Fix the syntax (a JSON validator points at the spot), then reload.',
    );
  }
  try {
    return { ok: true, config: parseAppConfig(json) };
  } catch (e) {
    if (e instanceof ConfigError) {
      return fail(e.field, e.message, `Fix "${e.field}" in config.json, then reload. README "Configuration" lists every field.`);
    }
    return fail(null, `config.json could not be read: ${(e as Error).message}`, 'See README "Configuration".');
  }
}
