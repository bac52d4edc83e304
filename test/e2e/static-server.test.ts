import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src-main/electron/csp';
import { startStaticServer, type StaticServer } from './harness/static-server';

let outside: string;
let root: string;
let server: StaticServer;

/** A raw request: the path goes on the wire exactly as written (fetch would fold `..` away). */
function get(rawPath: string, method = 'GET'): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  outside = await mkdtemp(path.join(tmpdir(), 'factdeck-static-'));
  root = path.join(outside, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'export {};');
  await writeFile(path.join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(path.join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(path.join(outside, 'secret.txt'), 'do not serve');
  server = await startStaticServer(root);
});

afterAll(async () => {
  await server.close();
  await rm(outside, { recursive: true, force: true });
});

describe('the e2e static server', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(new URL(server.origin).hostname).toBe('127.0.0.1');
  });

  it('serves the bundle with the production CSP and the right MIME types', async () => {
    const index = await get('/index.html');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await get('/')).body).toBe(index.body);
    expect((await get('/assets/app.js?v=1')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await get('/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await get('/favicon.svg')).headers['content-type']).toBe('image/svg+xml');
  });

  it('answers 404 for what is not there, still with the CSP', async () => {
    const missing = await get('/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect((await get('/assets')).status).toBe(404);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/..\\secret.txt'])(
    'refuses path traversal: %s',
    async (rawPath) => {
      const response = await get(rawPath);
      expect([400, 403, 404]).toContain(response.status);
      expect(response.body).not.toContain('do not serve');
    },
  );

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('/index.html', 'POST')).status).toBe(405);
    const head = await get('/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});
