// The offline viewer: a second build that emits ONE file, dist/offline-viewer.html, with every
// script, style and worker inlined. "Save offline HTML" fetches it, adds the trace as JSON,
// and downloads the result, which opens from disk in any browser without a network.
// Runs after the main build (`npm run build`), into the same dist/ without emptying it.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * `new Worker(new URL('./x.worker.ts', import.meta.url), opts)` → Vite's `?worker&inline`
 * import, so the worker ships inside the bundle as a blob instead of a separate file.
 */
function inlineWorkers(): Plugin {
  const pattern = /new Worker\(\s*new URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)\s*(,\s*[^)]*)?\)/g;
  return {
    name: 'tracescope:inline-workers',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.[jt]sx?$/.test(id) || !code.includes('new Worker(')) return null;
      const imports: string[] = [];
      const out = code.replace(pattern, (_m, _q: string, spec: string, opts: string | undefined) => {
        const name = `__InlineWorker${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${spec}?worker&inline`)};`);
        // Vite's worker constructor takes the options object, e.g. `{ name }`.
        return `new ${name}(${opts ? opts.replace(/^\s*,/, '') : ''})`;
      });
      return imports.length ? { code: `${imports.join('\n')}\n${out}`, map: null } : null;
    },
  };
}

/**
 * Vite wraps each `import()` in its preload helper with a `__VITE_PRELOAD__` marker that it
 * replaces with the chunk's dependencies as it renders chunks. With one chunk (codeSplitting
 * off) the imports are inlined and the markers were left in the code, so opening any view
 * loaded on demand (statistics, flame graph, service graph, JSON) threw "__VITE_PRELOAD__ is
 * not defined" in a saved file. There is nothing to preload in one file: no dependencies.
 */
function noPreloadMarkers(): Plugin {
  return {
    name: 'tracescope:no-preload-markers',
    enforce: 'post',
    renderChunk(code) {
      return code.includes('__VITE_PRELOAD__') ? { code: code.replace(/\b__VITE_PRELOAD__\b/g, 'void 0'), map: null } : null;
    },
  };
}

/** Moves the emitted JS and CSS into the HTML page and drops the separate files. */
function singleFile(): Plugin {
  return {
    name: 'tracescope:single-file',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const html of Object.values(bundle)) {
        if (html.type !== 'asset' || !html.fileName.endsWith('.html')) continue;
        let text = String(html.source);
        for (const [fileName, item] of Object.entries(bundle)) {
          const ref = new RegExp(`<script type="module"[^>]*src="[^"]*${escapeRe(fileName)}"[^>]*></script>`);
          const cssRef = new RegExp(`<link rel="stylesheet"[^>]*href="[^"]*${escapeRe(fileName)}"[^>]*>`);
          if (item.type === 'chunk' && ref.test(text)) {
            // `</script` inside the code would end the element early; `<\/script` means the same in JS.
            const code = item.code.replace(/<\/(script)/gi, '<\\/$1');
            text = text.replace(ref, () => `<script type="module">${code}</script>`);
            delete bundle[fileName];
          } else if (item.type === 'asset' && fileName.endsWith('.css') && cssRef.test(text)) {
            const css = String(item.source).replace(/<\/(style)/gi, '<\\/$1');
            text = text.replace(cssRef, () => `<style>${css}</style>`);
            delete bundle[fileName];
          }
        }
        if (text.includes('__VITE_PRELOAD__')) this.error('offline viewer: a preload marker was left in the code');
        const left = Object.keys(bundle).filter((f) => f !== html.fileName);
        if (left.length) this.error(`offline viewer: files left outside ${html.fileName}: ${left.join(', ')}`);
        html.source = text;
      }
    },
  };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default defineConfig({
  base: './',
  plugins: [inlineWorkers(), react(), noPreloadMarkers(), singleFile()],
  define: { 'import.meta.env.VITE_OFFLINE_VIEWER': 'true' },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    target: 'es2022',
    modulePreload: false,
    cssCodeSplit: false,
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: 'offline-viewer.html',
      output: { codeSplitting: false },
    },
  },
  worker: { format: 'es' },
});
