import { describe, expect, it, vi } from 'vitest';
import {
  createNavigationGuard,
  createWindowOpenHandler,
  guardWebContents,
  isAppEntryUrl,
  preventWebviewAttach,
  type GuardedContents,
} from '../../../src-main/electron/navigation';

const navigation = (url: string) => ({ url, preventDefault: vi.fn() });

describe('navigation guard', () => {
  const guard = createNavigationGuard();

  it.each(['app://bundle/index.html', 'app://bundle/', 'app://bundle/index.html#/reader', 'app://bundle/index.html?x=1'])('lets %s through', (url) => {
    const event = navigation(url);
    guard(event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'file:///C:/app/out/renderer/index.html',
    'app://bundle/assets/evil.html',
    'app://other/index.html',
    'app://bundle.evil.com/index.html',
    'app://user@bundle/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'not a url',
    '',
  ])('prevents %s', (url) => {
    const event = navigation(url);
    guard(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('allows the dev server only when its origin is given', () => {
    expect(isAppEntryUrl('http://localhost:5173/', null)).toBe(false);
    expect(isAppEntryUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAppEntryUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppEntryUrl('app://bundle/index.html', 'http://localhost:5173')).toBe(true);
  });
});

describe('window.open', () => {
  it.each(['https://example.com', 'app://bundle/index.html', 'about:blank', 'file:///etc/passwd'])('denies %s and tells the hook', (url) => {
    const onDenied = vi.fn();
    expect(createWindowOpenHandler(onDenied)({ url })).toEqual({ action: 'deny' });
    expect(onDenied).toHaveBeenCalledWith(url);
  });

  it('denies without a hook', () => {
    expect(createWindowOpenHandler()({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });
});

describe('webview', () => {
  it('is never attached', () => {
    const event = { preventDefault: vi.fn() };
    preventWebviewAttach(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('guardWebContents', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: never) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | null = null;
    const contents = {
      on: (event: string, listener: (event: never) => void) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    } as unknown as GuardedContents;
    return { contents, listeners, open: (url: string) => openHandler?.({ url }) };
  }

  it('installs every guard on a webContents', () => {
    const fake = fakeContents();
    const denied: string[] = [];
    guardWebContents(fake.contents, { onWindowOpenDenied: (url) => denied.push(url) });
    expect([...fake.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-frame-navigate', 'will-navigate', 'will-redirect']);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const event = navigation('https://example.com/');
      (fake.listeners.get(name) as (event: unknown) => void)(event);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    }
    const webview = { preventDefault: vi.fn() };
    (fake.listeners.get('will-attach-webview') as (event: unknown) => void)(webview);
    expect(webview.preventDefault).toHaveBeenCalledOnce();
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(denied).toEqual(['https://example.com/']);
  });
});
