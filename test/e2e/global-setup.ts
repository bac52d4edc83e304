/**
 * Vitest global setup for the e2e project: builds the app once when there is no built renderer
 * yet. (`npm run test:e2e` always builds first; this covers a bare `vitest --project e2e`.)
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  if (existsSync(path.join(root, 'out/renderer/index.html'))) return;
  execFileSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
}
