import type { Plugin } from 'vite';

// Why: index.html writes <base href> at run time (the app may be served from any sub-path),
// but the browser's preload scanner reads ahead of that inline script. On a deep link such as
// /portal/tracescope/trace/abc it resolved the built asset tags (./assets/…) against
// /portal/tracescope/trace/ and fetched each asset once more at a wrong URL (a host's SPA
// fallback answers those with index.html): wasted requests competing with the real ones.
// Written by a script after <base>, the tags are only seen once the base is in place.

const ASSET_TAG = /[ \t]*<(script type="module"[^>]*><\/script>|link rel="(?:modulepreload|stylesheet)"[^>]*>)\n?/g;

/** The built page with its asset tags moved into a document.write after the base script. */
export function moveAssetTagsAfterBase(html: string): string {
  const tags: string[] = [];
  const rest = html.replace(ASSET_TAG, (_whole, tag: string) => {
    tags.push(`<${tag}`);
    return '';
  });
  if (tags.length === 0) return html;
  // `<` escaped: the tags' own "</script>" must not end the writing script.
  const text = JSON.stringify(tags.join('')).replace(/</g, '\\u003c');
  return rest.replace('</head>', `    <script>document.write(${text});</script>\n  </head>`);
}

export function assetTagsAfterBase(): Plugin {
  return {
    name: 'tracescope:asset-tags-after-base',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: moveAssetTagsAfterBase },
  };
}
