import { expect, test } from '@playwright/test';
import { routeConfig, routeRawConfig } from './support/config';
import { snap } from './support/screenshot';

test.describe('config.json problems show a page that says what to fix', () => {
  test('invalid JSON', async ({ page }, info) => {
    await routeRawConfig(page, '{ "sources": [ { "id": "demo", } ] ');
    await page.goto('search');
    const panel = page.getByTestId('config-error');
    await expect(panel).toContainText('config.json is not valid JSON');
    await expect(panel).toContainText('What to do');
    await snap(page, 'config-invalid-json', info);
  });

  test('a bad field is named', async ({ page }, info) => {
    await routeConfig(page, { sources: [{ id: 'demo', name: 'Demo', type: 'demo' }, { id: 'x', type: 'elastic', url: 'http://x' }] });
    await page.goto('trace/0af7651916cd43dd8448eb211c80319c');
    await expect(page.getByTestId('config-error-field')).toHaveText('sources[1].type');
    await expect(page.getByTestId('config-error')).toContainText('expected one of jaeger, tempo, zipkin, demo');
    await snap(page, 'config-bad-field', info);
  });

  test('an unknown default source is named', async ({ page }) => {
    await routeConfig(page, { sources: [{ id: 'demo', type: 'demo' }], defaultSource: 'jaeger' });
    await page.goto('search');
    await expect(page.getByTestId('config-error-field')).toHaveText('defaultSource');
  });

  test('a missing config.json', async ({ page }) => {
    await routeRawConfig(page, 'Not found', 404);
    await page.goto('search');
    await expect(page.getByTestId('config-error')).toContainText('HTTP 404');
  });

  test('an HTML page instead of config.json', async ({ page }) => {
    await routeRawConfig(page, '<!doctype html><title>login</title>');
    await page.goto('search');
    await expect(page.getByTestId('config-error')).toContainText('HTML page, not JSON');
  });
});
