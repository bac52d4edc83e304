/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security, items 1–20), one
 * `it` per item, each asserting on the code that implements it. The detailed tests live next to
 * each module (test/main/**); this file is the map from the checklist to them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { apiMethods } from '../../src-main/contract';
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, createAppProtocolHandler, resolveAppRequest } from '../../src-main/electron/app-protocol';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from '../../src-main/electron/csp';
import { resolveDevServerOrigin } from '../../src-main/electron/dev-server';
import { decideExternalOpen } from '../../src-main/electron/external-links';
import { createNavigationGuard, createWindowOpenHandler, guardWebContents, type GuardedContents } from '../../src-main/electron/navigation';
import { hardenSession, type HardenedSession } from '../../src-main/electron/permissions';
import { buildPreloadApi } from '../../src-main/electron/preload-api';
import { createTrustedSenderCheck } from '../../src-main/electron/trusted-sender';
import { createWindowOptions } from '../../src-main/electron/window-options';
import { registerIpc, type IpcMainLike } from '../../src-main/ipc';
import pkg from '../../package.json';
import { REPO_ROOT } from './electronegativity-scan';
import { estimatedLatestElectronMajor, isSupportedElectronMajor } from './electron-releases';

const prefs = createWindowOptions({ preloadPath: '/app/out/preload/preload.js', bounds: { width: 800, height: 600 } }).webPreferences ?? {};

// Comments may name what the code must not do ("never attaches a <webview>"): only code is searched.
const stripComments = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** Every source file of the app (main, preload, renderer), comments removed, for "this is never written" checks. */
function appSources(): Array<{ file: string; text: string }> {
  const files: Array<{ file: string; text: string }> = [];
  for (const folder of ['src-main', 'src-renderer']) {
    for (const entry of readdirSync(path.join(REPO_ROOT, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(ts|svelte|html)$/.test(entry.name)) continue;
      const file = path.relative(REPO_ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      files.push({ file, text: stripComments(readFileSync(path.join(REPO_ROOT, file), 'utf8')) });
    }
  }
  return files;
}
const filesMatching = (pattern: RegExp): string[] => appSources().filter(({ text }) => pattern.test(text)).map(({ file }) => file).sort();

describe("Electron's security checklist", () => {
  it('1. only loads secure content: its own app:// page, no remote source in the CSP, no dev server when packaged', () => {
    expect(APP_INDEX_URL).toBe('app://bundle/index.html');
    const sources = Object.values(CSP_DIRECTIVES).flat();
    expect(sources.filter((source) => /^(https?|wss?|ftp):|\*/.test(source))).toEqual([]);
    expect(resolveDevServerOrigin({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeNull();
    expect(resolveDevServerOrigin({ ELECTRON_RENDERER_URL: 'http://attacker.example:5173' }, false)).toBeNull();
  });

  it('2. gives no renderer Node.js integration (page, workers, subframes)', () => {
    expect(prefs).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false });
  });

  it('3. isolates the context of every renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
  });

  it('4. sandboxes every renderer (window option, and app.enableSandbox() for all)', () => {
    expect(prefs.sandbox).toBe(true);
    expect(readFileSync(path.join(REPO_ROOT, 'src-main/index.ts'), 'utf8')).toMatch(/^app\.enableSandbox\(\);$/m); // run in index.test.ts
  });

  it('5. answers every permission request and check with no, and refuses downloads', () => {
    const handlers: Partial<Record<'request' | 'check' | 'device' | 'download', (...args: never[]) => unknown>> = {};
    const session: HardenedSession = {
      setPermissionRequestHandler: (handler) => (handlers.request = handler),
      setPermissionCheckHandler: (handler) => (handlers.check = handler),
      setDevicePermissionHandler: (handler) => (handlers.device = handler),
      on: (_event, listener) => (handlers.download = listener),
    };
    hardenSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const callback = vi.fn();
      (handlers.request as unknown as (wc: unknown, p: string, cb: (granted: boolean) => void) => void)({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
    expect((handlers.check as unknown as () => boolean)()).toBe(false);
    expect((handlers.device as unknown as () => boolean)()).toBe(false);
    const download = { preventDefault: vi.fn() };
    (handlers.download as unknown as (event: typeof download) => void)(download);
    expect(download.preventDefault).toHaveBeenCalledOnce();
  });

  it('6. keeps webSecurity on', () => {
    expect(prefs.webSecurity).toBe(true);
  });

  it("7. serves every response with a restrictive CSP (default-src 'none', script-src 'self')", async () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )default-src 'none'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-');
    const handler = createAppProtocolHandler({ rootDir: '/bundle', readFile: async () => new Uint8Array([60]) });
    for (const url of ['app://bundle/index.html', 'app://bundle/missing.png']) {
      const response = await handler({ url, method: 'GET' });
      expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('8. never allows running insecure content', () => {
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('9. enables no experimental features', () => {
    expect(prefs.experimentalFeatures).toBe(false);
  });

  it('10. never uses enableBlinkFeatures', () => {
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(filesMatching(/enableBlinkFeatures\s*:/)).toEqual([]);
  });

  it('11. has no <webview> (so no allowpopups): the tag is disabled and never written', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(filesMatching(/<webview|allowpopups/i)).toEqual([]);
  });

  it('12. refuses to attach any <webview>, whatever its options', () => {
    const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
    const contents = { on: (event: string, listener: never) => listeners.set(event, listener), setWindowOpenHandler: () => {} };
    guardWebContents(contents as unknown as GuardedContents);
    const attach = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')?.(attach);
    expect(attach.preventDefault).toHaveBeenCalledOnce();
  });

  it('13. limits navigation to its own entry page', () => {
    const guard = createNavigationGuard(null);
    const prevented = (url: string): boolean => {
      const event = { url, preventDefault: vi.fn() };
      guard(event);
      return event.preventDefault.mock.calls.length === 1;
    };
    expect(prevented('app://bundle/index.html')).toBe(false);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://bundle/assets/x.html', 'javascript:alert(1)']) expect(prevented(url)).toBe(true);
  });

  it('14. creates no new window, ever', () => {
    const handler = createWindowOpenHandler();
    for (const url of ['https://example.com/', 'app://bundle/index.html', 'about:blank']) expect(handler({ url })).toEqual({ action: 'deny' });
  });

  it('15. gives shell.openExternal only vetted https URLs, from one call site', () => {
    expect(filesMatching(/\bopenExternal\s*\(/)).toEqual(['src-main/electron/external-links.ts', 'src-main/index.ts']);
    expect(decideExternalOpen('https://example.com/', { userGesture: true })).toMatchObject({ open: true });
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'smb://host/share', 'javascript:alert(1)', 'http://example.com/']) {
      expect(decideExternalOpen(url, { userGesture: true })).toMatchObject({ open: false });
    }
    expect(decideExternalOpen('https://example.com/', { userGesture: false })).toEqual({ open: false, reason: 'no-gesture' });
  });

  /** When the Electron version was last reviewed against the release schedule. */
  const ELECTRON_REVIEWED_ON = new Date('2026-11-24T12:00:00Z');

  it('16. uses a supported Electron (one of the three newest majors, by the 8-week release cadence)', () => {
    const installed = JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
    const major = Number(installed.version.split('.')[0]);
    expect(pkg.devDependencies.electron.split('.')[0]).toBe(String(major)); // the pinned major is what is installed
    // Checked at the date of the last review, so CI never turns red on a calendar date alone;
    // the real clock only warns, and the review date moves when Electron is upgraded.
    expect(isSupportedElectronMajor(major, ELECTRON_REVIEWED_ON), `Electron ${major} was already unsupported when reviewed`).toBe(true);
    if (!isSupportedElectronMajor(major, new Date())) {
      console.warn(`Electron ${major} has probably fallen out of support since ${ELECTRON_REVIEWED_ON.toISOString().slice(0, 10)}: upgrade it.`);
    }
  });

  it('17. validates the sender of every IPC message (top frame of app://bundle only)', async () => {
    const handlers = new Map<string, (event: { senderFrame: unknown }, payload?: unknown) => unknown>();
    const ipcMain: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener as never) };
    const dispatch = vi.fn(async () => ({ ok: true as const, value: null }));
    registerIpc(ipcMain, dispatch, createTrustedSenderCheck());
    expect(handlers.size).toBe(apiMethods.length);
    const untrusted = [
      { url: 'https://attacker.example/', parent: null },
      { url: 'app://bundle/index.html', parent: {} },
      { url: 'file:///app/out/renderer/index.html', parent: null },
      null,
    ];
    for (const handler of handlers.values()) {
      for (const senderFrame of untrusted) await expect(handler({ senderFrame })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('18. serves its files from a custom protocol, not file://, and refuses path traversal', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
    expect(filesMatching(/\bloadFile\s*\(|['"`]file:\/\//)).toEqual([]); // no loadFile, no file:// URL in code
    expect(resolveAppRequest('app://bundle/../../etc/passwd', '/bundle')).toEqual({ ok: false, status: 403 });
    expect(resolveAppRequest('app://bundle/%2e%2e/%2e%2e/etc/passwd', '/bundle')).toEqual({ ok: false, status: 403 });
  });

  it('19. flips the fuses it does not need when packaging', () => {
    expect(pkg.build.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('20. exposes no Electron API to the page: only the contract methods, no ipcRenderer, no remote module', () => {
    const invoke = vi.fn(async () => null);
    const api = buildPreloadApi(invoke);
    expect(Object.keys(api).sort()).toEqual([...apiMethods].sort());
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api)).not.toContain(invoke);
    expect(filesMatching(/exposeInMainWorld/)).toEqual(['src-main/preload.ts']);
    expect(filesMatching(/@electron\/remote|enableRemoteModule/)).toEqual([]);
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('@electron/remote');
  });
});

describe('estimatedLatestElectronMajor (fixed dates)', () => {
  it.each([
    ['2025-10-28', 39],
    ['2025-12-22', 39],
    ['2025-12-23', 40],
    ['2026-11-24', 46],
  ])('on %s estimates Electron %i', (day, major) => {
    expect(estimatedLatestElectronMajor(new Date(`${day}T12:00:00Z`))).toBe(major);
  });

  it('counts a major as supported while it is one of the newest three', () => {
    const day = new Date('2026-11-24T12:00:00Z');
    expect([43, 44, 45, 46].map((major) => isSupportedElectronMajor(major, day))).toEqual([false, true, true, true]);
  });
});
