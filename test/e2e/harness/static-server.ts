/**
 * Serves the built renderer (`out/renderer`) on 127.0.0.1 the way the `app://` protocol does in
 * production: same path resolution, same security headers (CSP included), GET/HEAD only.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveBundlePath } from '../../../src-main/electron/app-protocol';
import { SECURITY_HEADERS } from '../../../src-main/electron/csp';

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` */
  readonly origin: string;
  readonly indexUrl: string;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, headers: Record<string, string> = {}, body?: Uint8Array): void {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  response.end(body);
}

async function answer(request: IncomingMessage, response: ServerResponse, rootDir: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, { Allow: 'GET, HEAD' });
    return;
  }
  // The raw path, still percent-encoded: `..` and `%2e%2e` must be judged before any normalising.
  const rawPath = (request.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  const resolution = resolveBundlePath(rawPath, rootDir);
  if (!resolution.ok) {
    send(response, resolution.status);
    return;
  }
  let body: Uint8Array;
  try {
    body = await readFile(resolution.filePath);
  } catch {
    send(response, 404); // missing, a folder or unreadable: never say which
    return;
  }
  const headers = { 'Content-Type': resolution.mimeType, 'Content-Length': String(body.byteLength), 'Cache-Control': 'no-cache' };
  send(response, 200, headers, request.method === 'HEAD' ? undefined : body);
}

export async function startStaticServer(rootDir: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    answer(request, response, rootDir).catch(() => {
      if (!response.headersSent) send(response, 500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    indexUrl: `${origin}/index.html`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
