import { describe, expect, it } from 'vitest';
import { resolveDevServerOrigin } from '../../../src-main/electron/dev-server';
import { createTrustedSenderCheck, isTrustedSender, type SenderFrameLike } from '../../../src-main/electron/trusted-sender';

const top = (url: string): SenderFrameLike => ({ url, parent: null });
const sub = (url: string): SenderFrameLike => ({ url, parent: top('app://bundle/index.html') });

describe('isTrustedSender', () => {
  it.each([top('app://bundle/index.html'), top('app://bundle/'), top('app://bundle/index.html#/reader/x')])('trusts the app top frame %j', (frame) => {
    expect(isTrustedSender(frame)).toBe(true);
  });

  const refused: Array<[string, SenderFrameLike | null | undefined]> = [
    ['null frame', null],
    ['undefined frame', undefined],
    ['subframe on the app origin', sub('app://bundle/index.html')],
    ['other app host', top('app://evil/index.html')],
    ['look-alike host', top('app://bundle.evil.com/index.html')],
    ['credentials in the URL', top('app://user:pw@bundle/index.html')],
    ['port on the app origin', top('app://bundle:99/index.html')],
    ['https site', top('https://example.com/')],
    ['file://', top('file:///C:/Program%20Files/Factdeck/resources/app/out/renderer/index.html')],
    ['http://localhost when not in dev', top('http://localhost:5173/')],
    ['about:blank', top('about:blank')],
    ['data URL', top('data:text/html,hi')],
    ['empty URL', top('')],
    ['parent undefined (not a real top frame)', { url: 'app://bundle/index.html', parent: undefined }],
  ];
  it.each(refused)('refuses %s', (_label, frame) => {
    expect(isTrustedSender(frame)).toBe(false);
  });

  it('refuses a disposed frame that throws on access', () => {
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed');
      },
      parent: null,
    };
    expect(isTrustedSender(disposed)).toBe(false);
  });

  it('trusts the dev server only when its origin is passed explicitly', () => {
    const inDev = createTrustedSenderCheck({ devServerOrigin: 'http://localhost:5173' });
    expect(inDev(top('http://localhost:5173/'))).toBe(true);
    expect(inDev(top('http://localhost:5174/'))).toBe(false);
    expect(inDev(sub('http://localhost:5173/'))).toBe(false);
    expect(inDev(top('app://bundle/index.html'))).toBe(true);
    expect(createTrustedSenderCheck()(top('http://localhost:5173/'))).toBe(false);
  });
});

describe('resolveDevServerOrigin', () => {
  it.each([
    ['http://localhost:5173', false, 'http://localhost:5173'],
    ['http://localhost:5173/index.html', false, 'http://localhost:5173'],
    ['http://127.0.0.1:5173/', false, 'http://127.0.0.1:5173'],
    ['http://[::1]:5173/', false, 'http://[::1]:5173'],
    ['http://localhost:5173', true, null], // packaged: never
    ['https://example.com', false, null],
    ['http://192.168.1.10:5173', false, null],
    ['http://user@localhost:5173', false, null],
    ['file:///tmp/index.html', false, null],
    ['nonsense', false, null],
    ['', false, null],
    [undefined, false, null],
  ])('%s (packaged: %s) → %s', (url, isPackaged, expected) => {
    expect(resolveDevServerOrigin({ ELECTRON_RENDERER_URL: url }, isPackaged)).toBe(expected);
  });
});
