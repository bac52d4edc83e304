import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  APP_INDEX_URL,
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  resolveAppRequest,
  resolveBundlePath,
} from '../../../src-main/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/electron/csp';

const root = path.resolve('/srv/factdeck/out/renderer');

describe('resolveAppRequest: files the bundle serves', () => {
  it.each([
    ['app://bundle/', 'index.html', 'text/html; charset=utf-8'],
    ['app://bundle', 'index.html', 'text/html; charset=utf-8'],
    [APP_INDEX_URL, 'index.html', 'text/html; charset=utf-8'],
    ['app://bundle/index.html?x=1#top', 'index.html', 'text/html; charset=utf-8'],
    ['app://BUNDLE/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://bundle/assets/index-Ab12.js', 'assets/index-Ab12.js', 'text/javascript; charset=utf-8'],
    ['app://bundle/assets/index-Ab12.css', 'assets/index-Ab12.css', 'text/css; charset=utf-8'],
    ['app://bundle/favicon.svg', 'favicon.svg', 'image/svg+xml'],
    ['app://bundle/fonts/My%20Font.woff2', 'fonts/My Font.woff2', 'font/woff2'],
    ['app://bundle/..hidden.txt', '..hidden.txt', 'text/plain; charset=utf-8'],
  ])('%s → %s', (url, file, mimeType) => {
    expect(resolveAppRequest(url, root)).toEqual({ ok: true, filePath: path.join(root, file), mimeType });
  });
});

describe('resolveAppRequest: hostile or foreign URLs are refused', () => {
  const hostile: Array<[string, 400 | 403 | 404]> = [
    ['app://bundle/../../etc/passwd', 403],
    ['app://bundle/assets/../../../etc/passwd', 403],
    ['app://bundle/./index.html', 403],
    ['app://bundle/%2e%2e/%2e%2e/etc/passwd', 403],
    ['app://bundle/%2E%2E%2Fsecret.txt', 403],
    ['app://bundle/..%2f..%2fetc%2fpasswd', 403],
    ['app://bundle/assets%2f..%2f..%2fsecret.js', 403],
    ['app://bundle/..\\..\\windows\\win.ini', 400],
    ['app://bundle/..%5c..%5cwindows%5cwin.ini', 403],
    ['app://bundle/%5cetc%5cpasswd.txt', 403],
    ['app://bundle/index.html%00.png', 403],
    ['app://bundle/index.html\u0000.png', 400],
    ['app://bundle/%252e%252e/etc/passwd', 404], // double-encoded: a literal file name "%2e%2e", no traversal
    ['app://bundle//etc/passwd', 400],
    ['app://bundle/C:%5cWindows%5cwin.ini', 403],
    ['app://bundle/C:/Windows/win.ini', 403],
    ['app://bundle/%2fetc%2fpasswd', 403],
    ['app://bundle/NUL.txt', 403],
    ['app://bundle/%E0%A4%A', 400], // malformed percent-encoding
    ['app://bundle/%', 400],
    ['app://evil/index.html', 403],
    ['app://bundle.evil.com/index.html', 403],
    ['app://user:pw@bundle/index.html', 403],
    ['app://bundle:8080/index.html', 403],
    ['app:///etc/passwd', 403],
    ['file:///etc/passwd', 400],
    ['http://bundle/index.html', 400],
    ['/etc/passwd', 400],
    ['not a url', 400],
    ['', 400],
    ['app://bundle/assets/', 404],
    ['app://bundle/secret.exe', 404],
    ['app://bundle/Makefile', 404],
  ];
  it('covers at least twelve hostile URLs', () => expect(hostile.length).toBeGreaterThanOrEqual(12));
  it.each(hostile)('%s → %i', (url, status) => {
    expect(resolveAppRequest(url, root)).toEqual({ ok: false, status });
  });

  it('refuses over-long URLs', () => {
    expect(resolveAppRequest(`app://bundle/${'a'.repeat(5000)}.js`, root)).toEqual({ ok: false, status: 400 });
  });

  it('never resolves outside the root, whatever the input', () => {
    const samples = ['..', '%2e%2e', '.%2e', '%2e.', '%252e', '\\', '%5c', '%2f', '/', 'a', 'index.html', '%00', ':', 'C:'];
    for (const a of samples) {
      for (const b of samples) {
        const result = resolveAppRequest(`app://bundle/${a}/${b}/x.js`, root);
        if (result.ok) expect(result.filePath.startsWith(root + path.sep)).toBe(true);
      }
    }
  });
});

describe('resolveBundlePath on Windows paths', () => {
  const winRoot = 'C:\\Program Files\\Factdeck\\resources\\app\\out\\renderer';
  it('serves a normal asset', () => {
    expect(resolveBundlePath('/assets/app.js', winRoot, path.win32)).toEqual({
      ok: true,
      filePath: `${winRoot}\\assets\\app.js`,
      mimeType: 'text/javascript; charset=utf-8',
    });
  });
  it.each(['/..%5c..%5cwin.ini', '/C:%5cWindows%5cwin.ini', '/%5c%5cserver%5cshare%5cx.js', '/index.html:stream.txt', '/con.txt', '/COM1'])(
    'refuses %s',
    (raw) => {
      expect(resolveBundlePath(raw, winRoot, path.win32).ok).toBe(false);
    },
  );
});

describe('the app scheme registration', () => {
  it('is standard, secure and fetch-capable, and does not open CORS', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });
});

describe('createAppProtocolHandler', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'factdeck-protocol-'));
  mkdirSync(path.join(dir, 'assets'));
  mkdirSync(path.join(dir, 'folder.js'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const handle = createAppProtocolHandler({ rootDir: dir });
  const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

  it('serves index.html for / with the CSP, nosniff and the right type', async () => {
    const response = await get('app://bundle/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>x</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://bundle/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://bundle/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.body).toBeNull();
  });

  it.each([
    ['app://bundle/missing.js', 404],
    ['app://bundle/folder.js', 404],
    ['app://other/index.html', 403],
  ])('%s → %i, still with the security headers', async (url, status) => {
    const response = await get(url);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('app://bundle/index.html', 'POST');
    expect(response.status).toBe(405);
  });

  it('refuses a raw traversal URL (as if no layer had canonicalised it)', async () => {
    const response = await handle({ url: 'app://bundle/%2e%2e/%2e%2e/etc/passwd', method: 'GET' });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('keeps a canonicalised traversal inside the root (fetch folds %2e%2e away before we see it)', async () => {
    const reads: string[] = [];
    const spy = createAppProtocolHandler({ rootDir: dir, readFile: async (p) => (reads.push(p), new Uint8Array()) });
    await spy(new Request('app://bundle/%2e%2e/%2e%2e/etc/passwd.txt'));
    expect(reads).toEqual([path.join(dir, 'etc', 'passwd.txt')]);
  });

  it('reads nothing for a refused request', async () => {
    const reads: string[] = [];
    const spy = createAppProtocolHandler({ rootDir: dir, readFile: async (p) => (reads.push(p), new Uint8Array()) });
    await spy({ url: 'app://bundle/../../etc/passwd', method: 'GET' });
    expect(reads).toEqual([]);
  });
});
