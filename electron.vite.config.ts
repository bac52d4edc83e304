import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './src-main/electron/csp';

// lowdb and steno are ESM-only; the main process is CommonJS (no "type": "module",
// so the sandboxed preload stays CommonJS), so they are bundled instead of externalized.
const bundledEsmDeps = ['lowdb', 'steno'];

/** Adds the production CSP as a meta tag to the built index.html (not in dev: Vite injects styles). */
function contentSecurityPolicyMetaTag(): Plugin {
  return {
    name: 'factdeck-csp-meta-tag',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin({ exclude: bundledEsmDeps })],
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'src-main/index.ts') } },
    },
  },
  preload: {
    // A sandboxed preload cannot require other files: bundle everything into one CommonJS file.
    plugins: [externalizeDepsPlugin({ exclude: ['valibot'] })],
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { preload: resolve(__dirname, 'src-main/preload.ts') },
        output: { format: 'cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    plugins: [svelte(), contentSecurityPolicyMetaTag()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
    },
  },
});
