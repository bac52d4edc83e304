/**
 * Runs Factdeck without Electron: the built renderer in Debian's Chromium, with `window.api`
 * bridged (through a Playwright binding) to the real dispatcher, services and store on disk.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { apiMethods, type ApiResult } from '../../../src-main/contract';
import { createDispatcher, type Dispatch } from '../../../src-main/ipc-dispatch';
import { createApiHandlers, openAppStore } from '../../../src-main/services';
import type { AppStore } from '../../../src-main/store';
import { installApiBridge } from './page-probes';
import { startStaticServer, type StaticServer } from './static-server';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const rendererDir = path.join(repoRoot, 'out/renderer');
export const contentDir = path.join(repoRoot, 'content');
export const screenshotDir = path.join(repoRoot, 'test-results');

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** Lets a test stand between the renderer and the real dispatcher (to make a call fail, say). */
export type Intercept = (method: unknown, payload: unknown, next: Dispatch) => Promise<ApiResult<unknown>>;

export interface LaunchOptions {
  readonly dataDir: string;
  readonly colorScheme?: 'light' | 'dark';
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly intercept?: Intercept;
  /** Wait for the first screen (Library or Reader) before returning; on by default. */
  readonly waitForStart?: boolean;
  /** The articles folder (articles.json + texts); the bundled `content/` by default. */
  readonly contentDir?: string;
  /** The services' and the store's clock; `Date.now` by default (a scripted history sets its own). */
  readonly now?: () => number;
}

export interface RunningApp {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly browser: Browser;
  readonly store: AppStore;
  readonly server: StaticServer;
  /** Every URL the page (or any page it opened) asked for, in order. */
  readonly requests: readonly string[];
  readonly consoleErrors: readonly string[];
  readonly pageErrors: readonly string[];
  /** What the services logged (unexpected errors inside the main process). */
  readonly mainLog: readonly string[];
  /** Requests that went anywhere but the app's own server (data: URLs aside). */
  foreignRequests(): string[];
  /**
   * Closes the browser, server and store; then rejects if any request left the app, so every
   * e2e test checks "zero requests leave the app" even where it does not assert it itself.
   */
  close(): Promise<void>;
}

export async function launchApp(options: LaunchOptions): Promise<RunningApp> {
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`No built renderer in ${rendererDir}: run \`npx electron-vite build\` first.`);
  }
  const mainLog: string[] = [];
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];

  const now = options.now ?? (() => Date.now());
  const store = await openAppStore(options.dataDir, { now });
  const handlers = createApiHandlers({ contentDir: options.contentDir ?? contentDir, store, now, log: (message) => mainLog.push(message) });
  const dispatch = createDispatcher(handlers, (error) => mainLog.push(String(error)));
  const intercept = options.intercept;
  const route: Dispatch = intercept ? (method, payload) => intercept(method, payload, dispatch) : dispatch;

  const server = await startStaticServer(rendererDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
    locale: 'en-US',
  });
  const page = await context.newPage();

  context.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));

  await page.exposeBinding('__factdeckInvoke', (_source, method: unknown, payload: unknown) => route(method, payload));
  await installApiBridge(page, apiMethods);

  let closing: Promise<void> | null = null;
  const app: RunningApp = {
    page,
    context,
    browser,
    store,
    server,
    requests,
    consoleErrors,
    pageErrors,
    mainLog,
    foreignRequests: () =>
      requests.filter((url) => {
        if (url.startsWith('data:')) return false;
        try {
          return new URL(url).origin !== server.origin;
        } catch {
          return true;
        }
      }),
    close() {
      closing ??= (async () => {
        await browser.close().catch(() => {});
        await server.close();
        await store.close();
        const foreign = app.foreignRequests();
        if (foreign.length > 0) throw new Error(`Requests left the app: ${foreign.join(', ')}`);
      })();
      return closing;
    },
  };

  try {
    await page.goto(server.indexUrl);
    if (options.waitForStart !== false) await waitForFirstScreen(page);
  } catch (error) {
    await app.close();
    throw error;
  }
  return app;
}

/** The app has read its startup state and shows a screen (Library heading or an article title). */
export async function waitForFirstScreen(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ state: 'visible' });
}

/** Polls until `check` returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, timeoutMs = 5000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
