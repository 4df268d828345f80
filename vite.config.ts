import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { assetTagsAfterBase } from './scripts/asset-tags-after-base';
import { backendProxies } from './scripts/backend-proxies.mjs';

// Relative base: the same dist/ works from any sub-path of any static host.
// index.html sets <base href> at run time so deep links resolve assets too.
export default defineConfig({
  base: './',
  plugins: [react(), assetTagsAfterBase()],
  server: { host: '127.0.0.1', port: 5173, proxy: backendProxies(process.env) },
  preview: { host: '127.0.0.1', port: 8080 },
  build: { outDir: 'dist', sourcemap: true, target: 'es2022' },
  worker: { format: 'es' },
});
