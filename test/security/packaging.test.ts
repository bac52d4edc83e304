/**
 * The electron-builder config in package.json ("build"). A real `npm run dist` needs Electron's
 * binary (not downloadable here), so this checks the config itself, through electron-builder's
 * own schema, and packs once with a stub Electron to see what really goes into app.asar.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { listPackage } from '@electron/asar';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../electron.vite.config';
import pkg from '../../package.json';
import { REPO_ROOT } from './electronegativity-scan';

const exec = promisify(execFile);
const build = pkg.build as unknown as Configuration;
const targetsOf = (platform: { target?: unknown } | null | undefined): unknown => platform?.target;

describe('electron-builder config', () => {
  it('names the app and builds AppImage + deb, nsis and dmg', () => {
    expect(build.appId).toBe('app.factdeck.desktop');
    expect(build.productName).toBe('Factdeck');
    expect(targetsOf(build.linux)).toEqual(['AppImage', 'deb']);
    expect(targetsOf(build.win)).toEqual(['nsis']);
    expect(targetsOf(build.mac)).toEqual(['dmg']);
    expect(pkg.scripts.dist).toBe('electron-vite build && electron-builder');
  });

  it('sets every fuse: no run-as-node, NODE_OPTIONS or inspector; asar integrity and asar-only loading', () => {
    expect(build.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });

  it('packs into an asar only the built app, the bundled content and package.json', () => {
    expect(build.asar).toBe(true);
    expect(build.files).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'content/**', 'package.json']);
    expect(build.npmRebuild).toBe(false); // no native modules; @electron/rebuild needs Node 22
  });

  it('starts from out/main/index.js, which electron-vite emits', () => {
    expect(pkg.main).toBe('out/main/index.js');
    const main = (viteConfig as { main?: { build?: { outDir?: string; rollupOptions?: { input?: Record<string, string> } } } }).main;
    expect(main?.build?.outDir).toBe('out/main');
    expect(Object.keys(main?.build?.rollupOptions?.input ?? {})).toEqual(['index']);
  });

  it("is accepted by electron-builder's own schema (a misspelt fuse would be rejected)", async () => {
    await expect(validateConfiguration(structuredClone(build), new DebugLogger(false))).resolves.toBeUndefined();
    const misspelt = { ...structuredClone(build), electronFuses: { runAsNod: false } } as unknown as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  }, 30_000); // loading the schema validator takes seconds on a busy machine
});

describe('a pack with a stub Electron', () => {
  // Fuses are left out here: they are flipped inside the real Electron binary, which a stub lacks.
  it('puts out/, content/, package.json and production dependencies in app.asar, and nothing else', async () => {
    if (!existsSync(path.join(REPO_ROOT, 'out/main/index.js'))) {
      await exec('npx', ['electron-vite', 'build'], { cwd: REPO_ROOT, timeout: 60_000 });
    }
    const work = await mkdtemp(path.join(os.tmpdir(), 'factdeck-pack-'));
    try {
      const stub = path.join(work, 'electron-stub');
      await mkdir(stub);
      await writeFile(path.join(stub, 'electron'), '#!/bin/sh\nexit 0\n');
      await chmod(path.join(stub, 'electron'), 0o755);
      const { electronFuses: _fuses, ...rest } = structuredClone(build);
      const config = { ...rest, electronDist: stub, directories: { ...rest.directories, output: path.join(work, 'dist') } };
      await writeFile(path.join(work, 'config.json'), JSON.stringify(config));
      const cli = path.join(REPO_ROOT, 'node_modules/electron-builder/cli.js');
      await exec(process.execPath, [cli, '--linux', 'dir', '--publish', 'never', '--config', path.join(work, 'config.json')], {
        cwd: REPO_ROOT,
        timeout: 90_000,
        env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      });

      const files = listPackage(path.join(work, 'dist/linux-unpacked/resources/app.asar'), { isPack: false }).map((file) =>
        file.split(path.sep).join('/'),
      );
      expect(files).toContain('/out/main/index.js');
      expect(files).toContain('/out/preload/preload.js');
      expect(files).toContain('/out/renderer/index.html');
      expect(files).toContain('/content/articles.json');
      const topLevel = new Set(files.map((file) => file.split('/')[1]));
      expect([...topLevel].sort()).toEqual(['content', 'node_modules', 'out', 'package.json']);
      const modules = new Set(files.filter((file) => file.startsWith('/node_modules/')).map((file) => file.split('/')[2]));
      const devOnly = Object.keys(pkg.devDependencies).map((name) => name.split('/')[0]);
      for (const name of devOnly) expect(modules.has(name ?? '')).toBe(false);
      for (const name of Object.keys(pkg.dependencies)) expect(modules.has(name)).toBe(true);
      expect(files).toContain(`/${pkg.main}`); // the entry Electron starts exists inside the archive
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 120_000);
});
