/**
 * Main-process lifecycle: thin Electron glue. Every decision (options, paths, policies, menu,
 * window geometry) lives in a pure module under ./electron and is unit-tested there.
 */
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, nativeTheme, protocol, screen, session, shell } from 'electron';
import { createDispatcher } from './ipc-dispatch';
import { registerIpc } from './ipc';
import { createApiHandlers, openAppStore } from './services';
import type { AppStore } from './store';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './electron/app-protocol';
import { resolveDataDir } from './electron/data-dir';
import { resolveDevServerOrigin } from './electron/dev-server';
import { createExternalLinkOpener } from './electron/external-links';
import { buildMenuTemplate } from './electron/menu';
import { guardWebContents } from './electron/navigation';
import { hardenSession } from './electron/permissions';
import { createQuitGuard } from './electron/shutdown';
import { createTrustedSenderCheck } from './electron/trusted-sender';
import { createWindowOptions } from './electron/window-options';
import { boundsToSave, createWindowStateSaver, restoreBounds, trackWindowState, type WindowStateSaver } from './electron/window-state';

const isDev = !app.isPackaged;
const devServerOrigin = resolveDevServerOrigin(process.env, app.isPackaged);
const entryUrl = devServerOrigin !== null ? (process.env.ELECTRON_RENDERER_URL ?? APP_INDEX_URL) : APP_INDEX_URL;
const log = (...args: unknown[]): void => console.error('[factdeck]', ...args);
/** Backups at start when the newest is older than this, then this often while the app runs. */
const BACKUP_EVERY_MS = 30 * 60 * 1000;

let mainWindow: BrowserWindow | null = null;
let store: AppStore | null = null;
let windowSaver: WindowStateSaver | null = null;

// Before 'ready': every renderer sandboxed, and the app scheme privileged (standard, secure, fetch).
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // No new window ever; a link the learner clicks may open in the system browser (https only).
  app.on('web-contents-created', (_event, contents) => {
    const openLink = createExternalLinkOpener(contents, {
      openExternal: (url) => shell.openExternal(url),
      onRefused: (url, reason) => log(`did not open ${url} (${reason})`),
      onError: log,
    });
    guardWebContents(contents, { devServerOrigin, onWindowOpenDenied: openLink });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', createQuitGuard({ cleanup: shutdown, quit: () => app.quit(), onError: log }));
  app.whenReady().then(start).catch(failToStart);
}

async function start(): Promise<void> {
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: join(__dirname, '../renderer') }));
  hardenSession(session.defaultSession);
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ isDev, platform: process.platform })));

  const { dataDir, ignored } = resolveDataDir(process.env, app.getPath('userData'));
  if (ignored !== null) log(`${ignored}; using ${dataDir}`);
  // The store takes the folder's lock file (a second process opens read-only and says so),
  // runs the backups, and saves the collection on close (the quit guard below awaits it).
  const openedStore = await openAppStore(dataDir, { autoBackup: { everyMs: BACKUP_EVERY_MS }, log });
  store = openedStore;
  const handlers = createApiHandlers({ contentDir: join(app.getAppPath(), 'content'), store: openedStore, now: Date.now });
  registerIpc(ipcMain, createDispatcher(handlers, log), createTrustedSenderCheck({ devServerOrigin }));
  windowSaver = createWindowStateSaver({ save: (state) => openedStore.saveWindowState(state), onError: log });

  createMainWindow(openedStore, windowSaver);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && windowSaver !== null) createMainWindow(openedStore, windowSaver);
  });
}

function createMainWindow(appStore: AppStore, saver: WindowStateSaver): void {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const restored = restoreBounds(appStore.loadWindowState(), workAreas);
  const preloadPath = join(__dirname, '../preload/preload.js');
  const prefersDark = nativeTheme.shouldUseDarkColors;
  const window = new BrowserWindow(createWindowOptions({ preloadPath, bounds: restored.bounds, devTools: isDev, prefersDark }));
  mainWindow = window;
  trackWindowState(window, saver);
  window.once('ready-to-show', () => {
    if (restored.maximized) window.maximize();
    window.show();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(entryUrl).catch(log);
}

async function shutdown(): Promise<void> {
  if (mainWindow !== null && !mainWindow.isDestroyed()) {
    windowSaver?.update(boundsToSave(mainWindow.getNormalBounds(), mainWindow.isMaximized()));
  }
  await windowSaver?.dispose();
  await store?.close();
}

function failToStart(error: unknown): void {
  log(error);
  const detail = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Factdeck could not start', detail);
  app.exit(1);
}
