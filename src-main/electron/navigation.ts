/**
 * Navigation and new-window policy for every webContents: the app never leaves its own page,
 * never opens windows, never attaches a <webview>.
 */
import { isAppOriginUrl, isDevServerUrl } from './trusted-sender';

export interface PreventableEvent {
  preventDefault(): void;
}

export interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

/** The app's own entry page: `app://bundle/` or `app://bundle/index.html` (any query/hash), or the dev server. */
export function isAppEntryUrl(url: string, devServerOrigin: string | null = null): boolean {
  if (isDevServerUrl(url, devServerOrigin)) return true;
  if (!isAppOriginUrl(url)) return false;
  const { pathname } = new URL(url);
  return pathname === '/' || pathname === '/index.html';
}

/** For 'will-navigate', 'will-frame-navigate' and 'will-redirect'. */
export function createNavigationGuard(devServerOrigin: string | null = null): (event: NavigationEvent) => void {
  return (event) => {
    if (!isAppEntryUrl(event.url, devServerOrigin)) event.preventDefault();
  };
}

export interface WindowOpenDetails {
  readonly url: string;
}

/**
 * For `setWindowOpenHandler`: always deny, so no Electron window is ever created. `onDenied` gets
 * the URL; the app wires it to `createExternalLinkOpener` (./external-links), which may hand a
 * clicked https link to the system browser.
 */
export function createWindowOpenHandler(onDenied: (url: string) => void = () => {}): (details: WindowOpenDetails) => { action: 'deny' } {
  return (details) => {
    onDenied(details.url);
    return { action: 'deny' };
  };
}

export function preventWebviewAttach(event: PreventableEvent): void {
  event.preventDefault();
}

/** The parts of a WebContents the guards are installed on. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'deny' }): void;
}

/** Call from app 'web-contents-created' so every webContents gets the same policy. */
export function guardWebContents(
  contents: GuardedContents,
  options: { devServerOrigin?: string | null; onWindowOpenDenied?: (url: string) => void } = {},
): void {
  const guard = createNavigationGuard(options.devServerOrigin ?? null);
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', preventWebviewAttach);
  contents.setWindowOpenHandler(createWindowOpenHandler(options.onWindowOpenDenied));
}
