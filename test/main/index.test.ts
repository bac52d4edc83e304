/**
 * The lifecycle glue, run against a fake `electron` module: what gets registered before 'ready',
 * what 'ready' wires up, and the quit sequence.
 */
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiMethods, channelOf } from '../../src-main/contract';

const fake = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const state = {
    lock: true,
    ready: null as null | (() => void),
    windows: [] as Array<Record<string, unknown> & { options: Record<string, unknown>; events: InstanceType<typeof Emitter> }>,
    calls: [] as string[],
    ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    privileged: [] as unknown[],
    sessionHandlers: {} as Record<string, unknown>,
    menuTemplate: null as unknown,
    store: null as null | Record<string, ReturnType<typeof vi.fn>>,
  };
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    enableSandbox: vi.fn(() => state.calls.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => state.lock),
    quit: vi.fn(() => state.calls.push('quit')),
    exit: vi.fn(),
    whenReady: vi.fn(() => new Promise<void>((resolve) => (state.ready = resolve))),
    getPath: vi.fn(() => '/home/ada/.config/Factdeck'),
    getAppPath: vi.fn(() => '/opt/factdeck/resources/app'),
  });
  class BrowserWindow {
    static getAllWindows = () => state.windows;
    options: Record<string, unknown>;
    events = new Emitter();
    loadURL = vi.fn(async () => {});
    show = vi.fn();
    maximize = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    isDestroyed = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 10, y: 20, width: 900, height: 700 });
    on = (event: string, listener: (...args: unknown[]) => void) => (this.events.on(event, listener), this);
    once = (event: string, listener: (...args: unknown[]) => void) => (this.events.once(event, listener), this);
    constructor(options: Record<string, unknown>) {
      this.options = options;
      state.windows.push(this as never);
    }
  }
  const openExternal = vi.fn(async (_url: string) => {});
  return { state, app, BrowserWindow, openExternal };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.BrowserWindow,
  Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => (fake.state.menuTemplate = menu) },
  dialog: { showErrorBox: vi.fn() },
  shell: { openExternal: fake.openExternal },
  ipcMain: { handle: (channel: string, listener: (...args: unknown[]) => unknown) => fake.state.ipcHandlers.set(channel, listener) },
  nativeTheme: { shouldUseDarkColors: false },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      fake.state.calls.push('registerSchemesAsPrivileged');
      fake.state.privileged.push(...schemes);
    },
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.state.protocolHandlers.set(scheme, handler),
  },
  screen: {
    getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: unknown) => (fake.state.sessionHandlers.request = handler),
      setPermissionCheckHandler: (handler: unknown) => (fake.state.sessionHandlers.check = handler),
      setDevicePermissionHandler: (handler: unknown) => (fake.state.sessionHandlers.device = handler),
      on: (event: string, handler: unknown) => (fake.state.sessionHandlers[event] = handler),
    },
  },
}));

vi.mock('../../src-main/services', () => ({
  openAppStore: vi.fn(async (dataDir: string) => {
    fake.state.calls.push(`openAppStore ${dataDir}`);
    fake.state.store = {
      loadWindowState: vi.fn(() => ({ x: 100, y: 50, width: 1000, height: 700, maximized: true })),
      saveWindowState: vi.fn(async () => void fake.state.calls.push('saveWindowState')),
      close: vi.fn(async () => void fake.state.calls.push('store.close')),
    };
    return fake.state.store;
  }),
  createApiHandlers: vi.fn(() => ({
    getStartup: () => ({ lastOpenedArticleId: null }),
    listArticles: () => [],
    openArticle: () => ({ article: null, position: null }),
    saveReadingPosition: () => ({ paragraphIndex: 0, savedAt: 0 }),
  })),
}));

async function boot({ lock = true } = {}): Promise<void> {
  fake.state.lock = lock;
  await import('../../src-main/index');
}

async function ready(): Promise<void> {
  fake.state.ready?.();
  await vi.waitFor(() => expect(fake.state.windows.length).toBe(1));
}

beforeEach(() => {
  vi.resetModules();
  vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
  vi.stubEnv('FACTDECK_DATA_DIR', '');
  fake.app.removeAllListeners();
  vi.clearAllMocks();
  fake.app.isPackaged = true;
  Object.assign(fake.state, { ready: null, windows: [], calls: [], privileged: [], sessionHandlers: {}, menuTemplate: null, store: null });
  fake.state.ipcHandlers.clear();
  fake.state.protocolHandlers.clear();
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('before ready', () => {
  it('sandboxes all renderers and registers the app scheme as privileged', async () => {
    await boot();
    expect(fake.state.calls.slice(0, 2)).toEqual(['enableSandbox', 'registerSchemesAsPrivileged']);
    expect(fake.state.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(fake.app.listenerCount('web-contents-created')).toBe(1);
  });

  it('quits at once when another instance holds the lock', async () => {
    await boot({ lock: false });
    expect(fake.state.calls).toContain('quit');
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.app.listenerCount('web-contents-created')).toBe(0);
  });
});

describe('on ready', () => {
  it('wires protocol, session, menu, store, IPC and the window', async () => {
    await boot();
    await ready();
    expect([...fake.state.protocolHandlers.keys()]).toEqual(['app']);
    expect(Object.keys(fake.state.sessionHandlers).sort()).toEqual(['check', 'device', 'request', 'will-download']);
    expect(JSON.stringify(fake.state.menuTemplate)).not.toContain('toggleDevTools');
    expect(fake.state.calls).toContain('openAppStore /home/ada/.config/Factdeck');
    expect([...fake.state.ipcHandlers.keys()].sort()).toEqual(apiMethods.map(channelOf).sort());

    const [window] = fake.state.windows as unknown as Array<InstanceType<typeof fake.BrowserWindow>>;
    const prefs = window?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false });
    expect(String(prefs.preload).split(path.sep).join('/')).toMatch(/\/preload\/preload\.js$/);
    expect(window?.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700, show: false });
    // Packaged: the dev server URL in the environment is ignored.
    expect(window?.loadURL).toHaveBeenCalledWith('app://bundle/index.html');

    window?.events.emit('ready-to-show');
    expect(window?.maximize).toHaveBeenCalled();
    expect(window?.show).toHaveBeenCalled();
  });

  it('in development loads and trusts the dev server, and offers devtools', async () => {
    fake.app.isPackaged = false;
    await boot();
    await ready();
    const [window] = fake.state.windows as unknown as Array<InstanceType<typeof fake.BrowserWindow>>;
    expect(window?.loadURL).toHaveBeenCalledWith('http://localhost:5173');
    expect((window?.options.webPreferences as Record<string, unknown>).devTools).toBe(true);
    expect(JSON.stringify(fake.state.menuTemplate)).toContain('toggleDevTools');
    const handler = fake.state.ipcHandlers.get(channelOf('getStartup'));
    await expect(handler?.({ senderFrame: { url: 'http://localhost:5173/', parent: null } })).resolves.toMatchObject({ ok: true });
  });

  it('answers IPC only from the app frame', async () => {
    await boot();
    await ready();
    const handler = fake.state.ipcHandlers.get(channelOf('getStartup'));
    await expect(handler?.({ senderFrame: { url: 'app://bundle/index.html', parent: null } })).resolves.toEqual({
      ok: true,
      value: { lastOpenedArticleId: null },
    });
    await expect(handler?.({ senderFrame: { url: 'http://localhost:5173/', parent: null } })).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('serves the renderer with the CSP', async () => {
    await boot();
    await ready();
    const response = await fake.state.protocolHandlers.get('app')?.(new Request('app://bundle/../../etc/passwd'));
    expect(response?.status).toBe(404); // canonicalised to app://bundle/etc/passwd: inside the bundle, and absent
    expect(response?.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('guards every new webContents', async () => {
    await boot();
    const listeners: string[] = [];
    const contents = { on: (event: string) => listeners.push(event), setWindowOpenHandler: vi.fn() };
    fake.app.emit('web-contents-created', {}, contents);
    expect(listeners.sort()).toEqual(['input-event', 'will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it('denies every new window, handing a clicked https link to shell.openExternal', async () => {
    await boot();
    const listeners = new Map<string, (...args: unknown[]) => void>();
    let openHandler: (details: { url: string }) => unknown = () => null;
    const contents = {
      on: (event: string, listener: (...args: unknown[]) => void) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    };
    fake.app.emit('web-contents-created', {}, contents);
    expect(openHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' }); // no click yet
    listeners.get('input-event')?.({}, { type: 'mouseUp' });
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    listeners.get('input-event')?.({}, { type: 'mouseUp' });
    expect(openHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(fake.openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/'));
  });

  it('focuses the existing window on a second instance', async () => {
    await boot();
    await ready();
    fake.app.emit('second-instance');
    expect((fake.state.windows[0] as unknown as { focus: () => void }).focus).toHaveBeenCalled();
  });
});

describe('quitting', () => {
  it('saves the window state and closes the store before the real quit', async () => {
    await boot();
    await ready();
    const event = { preventDefault: vi.fn() };
    fake.app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(fake.state.calls).toContain('quit'));
    const tail = fake.state.calls.slice(fake.state.calls.indexOf('saveWindowState'));
    expect(tail).toEqual(['saveWindowState', 'store.close', 'quit']);
    expect(fake.state.store?.saveWindowState).toHaveBeenCalledWith({ x: 10, y: 20, width: 900, height: 700, maximized: false });

    const second = { preventDefault: vi.fn() };
    fake.app.emit('before-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('quits when all windows close, except on macOS', async () => {
    await boot();
    fake.app.emit('window-all-closed');
    expect(fake.state.calls.filter((call) => call === 'quit')).toHaveLength(process.platform === 'darwin' ? 0 : 1);
  });
});
