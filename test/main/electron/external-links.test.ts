import { describe, expect, it, vi } from 'vitest';
import {
  GESTURE_WINDOW_MS,
  MAX_EXTERNAL_URL_LENGTH,
  createExternalLinkOpener,
  createGestureTracker,
  decideExternalOpen,
  type GestureSource,
  type InputEventLike,
} from '../../../src-main/electron/external-links';
import { guardWebContents, type GuardedContents } from '../../../src-main/electron/navigation';

const clicked = { userGesture: true };

describe('decideExternalOpen: URLs (after a click)', () => {
  it.each([
    ['https://en.wikipedia.org/wiki/Coffee', 'https://en.wikipedia.org/wiki/Coffee'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com:8443/a?b=c#d', 'https://example.com:8443/a?b=c#d'],
    ['HTTPS://EXAMPLE.COM/Path', 'https://example.com/Path'],
    ['https://xn--bcher-kva.example/', 'https://xn--bcher-kva.example/'],
    ['https://example.com/a/%2e%2e/secret', 'https://example.com/secret'],
  ])('opens %s as %s', (url, canonical) => {
    expect(decideExternalOpen(url, clicked)).toEqual({ open: true, url: canonical });
  });

  it.each([
    ['http://example.com/', 'not-https'],
    ['javascript:alert(1)', 'not-https'],
    ['JaVaScRiPt:alert(1)', 'not-https'],
    ['file:///etc/passwd', 'not-https'],
    ['file://attacker.example/share/payload.desktop', 'not-https'],
    ['data:text/html,<script>alert(1)</script>', 'not-https'],
    ['smb://attacker.example/share', 'not-https'],
    ['ms-msdt:/id%20PCWDiagnostic', 'not-https'],
    ['vscode://file/etc/passwd', 'not-https'],
    ['mailto:someone@example.com', 'not-https'],
    ['app://bundle/index.html', 'not-https'],
    ['about:blank', 'not-https'],
    ['blob:https://example.com/0f8f', 'not-https'],
    ['ftp://example.com/file', 'not-https'],
    ['wss://example.com/socket', 'not-https'],
    ['https://user:pass@example.com/', 'credentials'],
    ['https://user@example.com/', 'credentials'],
    ['https://localhost/', 'loopback'],
    ['https://app.localhost:3000/', 'loopback'],
    ['https://127.0.0.1:8443/admin', 'loopback'],
    ['https://2130706433/', 'loopback'],
    ['https://[::1]/', 'loopback'],
    ['https://[::ffff:127.0.0.1]/', 'loopback'],
    ['https://0.0.0.0/', 'loopback'],
    ['java\nscript:alert(1)', 'malformed'],
    [' https://example.com/', 'malformed'],
    ['https://exa mple.com/', 'malformed'],
    ['https://example.com/\u0000', 'malformed'],
    ['https://', 'malformed'],
    ['//example.com/', 'malformed'],
    ['not a url', 'malformed'],
    ['', 'malformed'],
    [`https://example.com/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`, 'too-long'],
  ])('refuses %s (%s)', (url, reason) => {
    expect(decideExternalOpen(url, clicked)).toEqual({ open: false, reason });
  });

  it.each([undefined, null, 42, {}, ['https://example.com/']])('refuses a non-string (%j)', (url) => {
    expect(decideExternalOpen(url, clicked)).toEqual({ open: false, reason: 'malformed' });
  });
});

describe('decideExternalOpen: gesture', () => {
  it('refuses a good https URL without a user gesture', () => {
    expect(decideExternalOpen('https://example.com/', { userGesture: false })).toEqual({ open: false, reason: 'no-gesture' });
  });

  it('names the URL problem first, so logs say why a bad link failed', () => {
    expect(decideExternalOpen('file:///etc/passwd', { userGesture: false })).toEqual({ open: false, reason: 'not-https' });
  });
});

describe('createGestureTracker', () => {
  function tracker(start = 1_000) {
    let time = start;
    const gestures = createGestureTracker(() => time);
    return { gestures, advance: (ms: number) => (time += ms) };
  }

  it.each(['mouseDown', 'mouseUp', 'rawKeyDown', 'keyDown', 'touchEnd', 'gestureTap'])('counts %s as a gesture', (type) => {
    const { gestures } = tracker();
    gestures.observe({ type });
    expect(gestures.consume()).toBe(true);
  });

  it.each(['mouseMove', 'mouseEnter', 'mouseWheel', 'contextMenu', 'keyUp', 'char', 'gestureScrollBegin', 'undefined'])('ignores %s', (type) => {
    const { gestures } = tracker();
    gestures.observe({ type });
    expect(gestures.consume()).toBe(false);
  });

  it('ignores auto-repeated keys and events without a type', () => {
    const { gestures } = tracker();
    gestures.observe({ type: 'rawKeyDown', modifiers: ['isautorepeat'] });
    gestures.observe({});
    expect(gestures.consume()).toBe(false);
  });

  it('expires after the window', () => {
    const { gestures, advance } = tracker();
    gestures.observe({ type: 'mouseUp' });
    advance(GESTURE_WINDOW_MS);
    expect(gestures.consume()).toBe(true);
    gestures.observe({ type: 'mouseUp' });
    advance(GESTURE_WINDOW_MS + 1);
    expect(gestures.consume()).toBe(false);
  });

  it('is used up by one request: one click opens one link', () => {
    const { gestures } = tracker();
    gestures.observe({ type: 'mouseUp' });
    expect(gestures.consume()).toBe(true);
    expect(gestures.consume()).toBe(false);
  });

  it('refuses a gesture "from the future" (clock went back)', () => {
    const { gestures, advance } = tracker();
    gestures.observe({ type: 'mouseUp' });
    advance(-5);
    expect(gestures.consume()).toBe(false);
  });
});

/** A webContents with the events the guards and the gesture watch use. */
function fakeContents() {
  const listeners = new Map<string, (...args: never[]) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (event: string, listener: (...args: never[]) => void) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  return {
    contents: contents as unknown as GuardedContents & GestureSource,
    input: (input: InputEventLike) => (listeners.get('input-event') as (event: unknown, input: InputEventLike) => void)({}, input),
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('createExternalLinkOpener wired into the window-open handler', () => {
  function setup(openExternal = vi.fn(async (_url: string) => {})) {
    let time = 0;
    const refused: Array<[string, string]> = [];
    const errors: unknown[] = [];
    const fake = fakeContents();
    const hook = createExternalLinkOpener(fake.contents, {
      openExternal,
      now: () => time,
      onRefused: (url, reason) => refused.push([url, reason]),
      onError: (error) => errors.push(error),
    });
    guardWebContents(fake.contents, { onWindowOpenDenied: hook });
    return { ...fake, openExternal, refused, errors, advance: (ms: number) => (time += ms) };
  }

  it('opens a clicked https link in the system browser, and still denies the window', async () => {
    const app = setup();
    app.input({ type: 'mouseDown' });
    app.input({ type: 'mouseUp' });
    app.advance(30);
    expect(app.open('https://en.wikipedia.org/wiki/Coffee')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(app.openExternal).toHaveBeenCalledExactlyOnceWith('https://en.wikipedia.org/wiki/Coffee'));
    expect(app.refused).toEqual([]);
  });

  it('opens nothing for a window.open without a gesture (script on load, timer)', async () => {
    const app = setup();
    expect(app.open('https://example.com/')).toEqual({ action: 'deny' });
    app.input({ type: 'mouseMove' });
    expect(app.open('https://example.com/')).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(app.openExternal).not.toHaveBeenCalled();
    expect(app.refused).toEqual([
      ['https://example.com/', 'no-gesture'],
      ['https://example.com/', 'no-gesture'],
    ]);
  });

  it('opens only the first of several window.open calls after one click', async () => {
    const app = setup();
    app.input({ type: 'mouseUp' });
    for (const url of ['https://a.example/', 'https://b.example/', 'https://c.example/']) expect(app.open(url)).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(app.openExternal).toHaveBeenCalledOnce());
    expect(app.openExternal).toHaveBeenCalledWith('https://a.example/');
    expect(app.refused.map(([, reason]) => reason)).toEqual(['no-gesture', 'no-gesture']);
  });

  it('never hands a dangerous URL to the OS, even right after a click', async () => {
    const app = setup();
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'javascript:alert(1)', 'smb://attacker.example/x']) {
      app.input({ type: 'mouseUp' });
      expect(app.open(url)).toEqual({ action: 'deny' });
    }
    await Promise.resolve();
    expect(app.openExternal).not.toHaveBeenCalled();
    expect(app.refused.map(([, reason]) => reason)).toEqual(['not-https', 'not-https', 'not-https']);
  });

  it('reports a failing openExternal instead of throwing into Electron', async () => {
    const failure = new Error('no browser');
    const app = setup(vi.fn(async () => Promise.reject(failure)));
    app.input({ type: 'gestureTap' });
    expect(app.open('https://example.com/')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(app.errors).toEqual([failure]));
  });
});
