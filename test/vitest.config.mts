import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          root,
          environment: 'node',
          include: ['test/domain/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'node',
          root,
          environment: 'node',
          include: ['test/main/**/*.test.ts', 'test/store/**/*.test.ts', 'test/services/**/*.test.ts', 'test/architecture/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/fault/**/*.test.ts', 'test/security/**/*.test.ts', 'test/fuzz/**/*.test.ts', 'test/bad-inputs/**/*.test.ts'],
        },
      },
      {
        plugins: [svelte()],
        test: {
          name: 'renderer',
          root,
          environment: 'node',
          include: ['test/renderer/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          // One browser at a time on a 2-core machine; the suite builds on the built renderer.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
