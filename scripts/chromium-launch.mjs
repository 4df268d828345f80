// How every headless Chromium of this repo is launched (the e2e configs and the benches),
// kept in one place so a flag added for one is not missing from the others.
import { existsSync } from 'node:fs';

/** Debian's chromium, used when present (offline machines, CI images). */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** No sandbox (containers), no GPU, and none of the browser's own traffic or first-run work. */
export const CHROMIUM_FLAGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

/**
 * Launch options for Playwright: Debian's chromium when it is installed, otherwise no
 * executablePath so Playwright uses its own browser (`npx playwright install chromium`).
 * `extraArgs` go after the shared flags.
 */
export function chromiumLaunchOptions(extraArgs = []) {
  const args = [...CHROMIUM_FLAGS, ...extraArgs];
  return existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM, args } : { args };
}
