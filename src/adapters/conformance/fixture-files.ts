// Test support: the shared real-payload fixtures live beside the repo, in ../shared/fixtures
// (read-only, never copied into the repo). Tests skip with a message when it is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const FIXTURES_DIR = resolve(REPO_ROOT, '../shared/fixtures');
export const FIXTURES_PRESENT = existsSync(FIXTURES_DIR);
export const FIXTURES_MISSING_MESSAGE = `real-payload fixtures not found at ${FIXTURES_DIR} (../shared/fixtures beside the repo); skipping`;

/** Relative paths (`jaeger/ui_01.json`) of every file under the fixtures folder, sorted. */
export function listFixtureFiles(): string[] {
  if (!FIXTURES_PRESENT) return [];
  const out: string[] = [];
  for (const dir of readdirSync(FIXTURES_DIR, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(FIXTURES_DIR, dir.name))) out.push(`${dir.name}/${f}`);
  }
  return out.sort();
}

export function fixtureText(rel: string): string | undefined {
  const path = join(FIXTURES_DIR, rel);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export function fixtureJson(rel: string): unknown {
  const text = fixtureText(rel);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}
