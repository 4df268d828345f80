import { describe, expect, it } from 'vitest';
import { moveAssetTagsAfterBase } from './asset-tags-after-base';

const built = `<!doctype html>
<html lang="en">
  <head>
    <script>document.write('<base href="/">');</script>
    <title>Tracescope</title>
    <script type="module" crossorigin src="./assets/index-AAA.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/attributes-BBB.js">
    <link rel="stylesheet" crossorigin href="./assets/index-CCC.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

/** What the page's scripts would write, run in order with a recording document.write. */
function writtenBy(html: string): string {
  let written = '';
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  for (const code of scripts) new Function('document', code)({ write: (s: string) => (written += s) });
  return written;
}

describe('moveAssetTagsAfterBase', () => {
  it('leaves no relative asset URL for the preload scanner, and writes the same tags after <base>', () => {
    const out = moveAssetTagsAfterBase(built);
    expect(out).not.toMatch(/(?:src|href)="\.\/assets\//);
    expect(writtenBy(out)).toBe(
      '<base href="/">' +
        '<script type="module" crossorigin src="./assets/index-AAA.js"></script>' +
        '<link rel="modulepreload" crossorigin href="./assets/attributes-BBB.js">' +
        '<link rel="stylesheet" crossorigin href="./assets/index-CCC.css">',
    );
    // The writing script comes after the base script, inside <head>.
    expect(out.indexOf('document.write("')).toBeGreaterThan(out.indexOf("<base href"));
    expect(out.indexOf('document.write("')).toBeLessThan(out.indexOf('</head>'));
  });

  it('keeps a closing script tag inside the written text from ending the script', () => {
    const out = moveAssetTagsAfterBase(built);
    const writer = out.slice(out.indexOf('document.write("'));
    expect(writer.indexOf('</script>')).toBe(writer.indexOf(');</script>') + 2);
  });

  it('leaves a page without asset tags alone', () => {
    const page = '<html><head><title>x</title></head><body></body></html>';
    expect(moveAssetTagsAfterBase(page)).toBe(page);
  });
});
