import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// index.html's inline script computes the app root from the location before any asset
// loads. Run that very script against fake globals to pin its behaviour.
const html = readFileSync(resolve(__dirname, '../../index.html'), 'utf8');
const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

function run(pathname: string, theme: string | null = null) {
  let written = '';
  const documentElement = { dataset: {} as Record<string, string> };
  const fakeDocument = { write: (s: string) => (written += s), documentElement };
  const fakeStorage = { getItem: () => theme };
  const requests: { url: string; init: unknown }[] = [];
  const fakeFetch = (url: string, init: unknown) => {
    requests.push({ url, init });
    return Promise.resolve('answer');
  };
  const fakeWindow: { __tracescopeEarlyConfig?: { url: string; response: Promise<unknown> } } = {};
  const location = { pathname, href: `https://host.example${pathname}?q=1` };
  new Function('location', 'document', 'localStorage', 'fetch', 'window', script)(location, fakeDocument, fakeStorage, fakeFetch, fakeWindow);
  return { written, documentElement, requests, early: fakeWindow.__tracescopeEarlyConfig };
}

function baseFor(pathname: string, theme: string | null = null): { base: string; theme?: string } {
  const { written, documentElement } = run(pathname, theme);
  const base = /<base href="([^"]*)">/.exec(written)?.[1] ?? '';
  return { base, ...(documentElement.dataset.theme ? { theme: documentElement.dataset.theme } : {}) };
}

describe('index.html base script', () => {
  it.each([
    ['/', '/'],
    ['/search', '/'],
    ['/trace/5b8aa5a2d2c872e8321cf37308d69df2', '/'],
    ['/index.html', '/'],
    ['/portal/tracescope/', '/portal/tracescope/'],
    ['/portal/tracescope/search', '/portal/tracescope/'],
    ['/portal/tracescope/search/', '/portal/tracescope/'],
    ['/portal/tracescope/trace/abc', '/portal/tracescope/'],
    ['/portal/tracescope/trace/abc/', '/portal/tracescope/'],
    ['/portal/tracescope/compare/a...b', '/portal/tracescope/'],
    ['/portal/tracescope/dependencies', '/portal/tracescope/'],
    ['/portal/tracescope/deps', '/portal/tracescope/'],
    ['/trace/search', '/trace/'],
    ['/research/app/', '/research/app/'],
    ['/a"b/search', '/a%22b/'],
  ])('%s → %s', (path, base) => {
    expect(baseFor(path).base).toBe(base);
  });

  it('requests config.json at the app root at once and leaves the request for the app', async () => {
    const { requests, early } = run('/portal/tracescope/trace/abc');
    expect(requests).toEqual([
      { url: 'https://host.example/portal/tracescope/config.json', init: { cache: 'no-cache', headers: { accept: 'application/json' } } },
    ]);
    expect(early?.url).toBe('https://host.example/portal/tracescope/config.json');
    await expect(early?.response).resolves.toBe('answer');
  });

  it('applies a remembered theme before the app loads', () => {
    expect(baseFor('/', 'dark').theme).toBe('dark');
    expect(baseFor('/', 'purple').theme).toBeUndefined();
  });
});
