import type { Page, TestInfo } from '@playwright/test';

/** A full-page screenshot under test-results/screenshots/, named for people to look at. */
export async function snap(page: Page, name: string, testInfo?: TestInfo): Promise<string> {
  const path = `test-results/screenshots/${name}.png`;
  await page.screenshot({ path, fullPage: false });
  if (testInfo) await testInfo.attach(name, { path, contentType: 'image/png' });
  return path;
}
