import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The dashboard: Preact through Vite's own JSX transform (no plugin), built into static files that the
 * gateway serves at `/`. Nothing about a gateway (its key, its address) is baked in.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/dashboard', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The page is small; a report of each file's size on every start is noise.
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
