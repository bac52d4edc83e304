/**
 * Runs the Electronegativity CLI, as CI would, over what Factdeck ships.
 *
 * What is scanned (a folder assembled in a temp dir, so the global checks see main and renderer
 * together, and test fixtures full of hostile HTML stay out):
 * - `src-main/`, `src-renderer/` and `package.json`: the sources, which the scanner parses
 *   (`.svelte` files are not read by it; they hold no Electron API — the renderer is sandboxed);
 * - the built `index.html` (it carries the CSP meta tag, added at build time) and the built
 *   preload (what the sandbox really runs), from a fresh `electron-vite build` into the temp dir.
 * The built main and renderer bundles are left out: the scanner cannot parse them
 * ("Unknown node type ClassPrivateProperty") and would skip them silently.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function binOf(pkg: string, name: string): Promise<string> {
  const dir = path.join(REPO_ROOT, 'node_modules', pkg);
  const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  const bin = manifest.bin[name];
  if (bin === undefined) throw new Error(`${pkg} has no "${name}" bin`);
  return path.join(dir, bin);
}

/** The Electron version the app is built with: the installed one, which satisfies package.json's range. */
export async function installedElectronVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(REPO_ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

export async function assembleScanRoot(workDir: string, timeoutMs: number): Promise<string> {
  const built = path.join(workDir, 'built');
  const root = path.join(workDir, 'scan');
  await exec(process.execPath, [await binOf('electron-vite', 'electron-vite'), 'build', '--outDir', built, '--logLevel', 'error'], {
    cwd: REPO_ROOT,
    timeout: timeoutMs,
  });
  for (const folder of ['src-main', 'src-renderer']) await cp(path.join(REPO_ROOT, folder), path.join(root, folder), { recursive: true });
  await cp(path.join(REPO_ROOT, 'package.json'), path.join(root, 'package.json'));
  await cp(path.join(built, 'renderer/index.html'), path.join(root, 'out/renderer/index.html'));
  await cp(path.join(built, 'preload/preload.js'), path.join(root, 'out/preload/preload.js'));
  return root;
}

/** A deliberately insecure main file: the scan of it must fail the gate, or the pipeline is blind. */
export async function writeCanary(workDir: string): Promise<string> {
  const root = path.join(workDir, 'canary');
  await mkdir(root, { recursive: true });
  const source = "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n";
  await writeFile(path.join(root, 'main.js'), source);
  return root;
}

export interface ScanOptions {
  readonly electronVersion: string;
  readonly timeoutMs: number;
  /** Write the CSV report here; without it the CLI prints its table (and its parse errors). */
  readonly csvPath?: string;
}

/**
 * One CLI run. `AvailableSecurityFixesGlobalCheck` is left out: it downloads Electron's release
 * list from GitHub (no network here; with network its answer changes by the day) — the
 * checklist test pins the Electron version instead.
 */
export async function runElectronegativity(input: string, options: ScanOptions): Promise<string> {
  const args = [await binOf('@doyensec/electronegativity', 'electronegativity'), '-i', input, '-r', '-e', options.electronVersion];
  args.push('-x', 'AvailableSecurityFixesGlobalCheck');
  if (options.csvPath !== undefined) args.push('-o', options.csvPath);
  const { stdout } = await exec(process.execPath, args, {
    cwd: REPO_ROOT,
    timeout: options.timeoutMs,
    maxBuffer: 16 * 1024 * 1024,
    env: {
      ...process.env,
      // One libuv worker: the CLI's racing header/rows writes then land in order (see the report parser).
      UV_THREADPOOL_SIZE: '1',
      // English messages, so parse errors can be recognised; no colours.
      LANG: 'en-US',
      FORCE_COLOR: '0',
    },
  });
  return stdout;
}

/** "Error parsing <file> - <message>" lines from the table output; these files were skipped unscanned. */
export function parseErrorsIn(stdout: string): string[] {
  const plain = stdout.replace(/\u001b\[[0-9;]*m/g, '');
  return plain.split(/\r?\n/).filter((line) => /^(Tolerable error parsing|Error parsing) /.test(line.trim()));
}
