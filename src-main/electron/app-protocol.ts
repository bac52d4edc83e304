/**
 * The `app://bundle/…` protocol that serves the built renderer (never `file://`).
 * `resolveAppRequest` is the pure, lexical part: it maps a URL to a file inside the renderer
 * folder or refuses it. It does not follow symlinks; the bundle ships none.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { SECURITY_HEADERS } from './csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** For `protocol.registerSchemesAsPrivileged`. `corsEnabled` stays off: no cross-origin reads. */
export const APP_SCHEME_PRIVILEGES = Object.freeze({ standard: true, secure: true, supportFetchAPI: true });

export type AppRequestResolution =
  | { readonly ok: true; readonly filePath: string; readonly mimeType: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404 };

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

// Control characters (NUL included) in the raw URL or in a decoded segment.
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;
// Windows device names resolve outside any folder (`C:\app\NUL` is the null device).
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9]|conin\$|conout\$)(\..*)?$/i;

function refuse(status: 400 | 403 | 404): AppRequestResolution {
  return { ok: false, status };
}

/**
 * Map the raw (still percent-encoded) path of a request, e.g. `/assets/index-abc.js`, to a file
 * inside `rootDir`. Shared by the app protocol and the e2e server.
 */
export function resolveBundlePath(rawPath: string, rootDir: string, pathApi: path.PlatformPath = path): AppRequestResolution {
  if (CONTROL_CHARS.test(rawPath) || rawPath.includes('\\')) return refuse(400);
  if (rawPath === '' || rawPath === '/') rawPath = '/index.html';
  if (!rawPath.startsWith('/')) return refuse(400);

  const segments: string[] = [];
  const rawSegments = rawPath.slice(1).split('/');
  for (const [index, rawSegment] of rawSegments.entries()) {
    let segment: string;
    try {
      segment = decodeURIComponent(rawSegment);
    } catch {
      return refuse(400);
    }
    if (segment === '') return refuse(index === rawSegments.length - 1 ? 404 : 400); // `//` or a folder
    if (segment === '.' || segment === '..') return refuse(403);
    if (CONTROL_CHARS.test(segment) || /[/\\:]/.test(segment)) return refuse(403);
    if (WINDOWS_DEVICE.test(segment)) return refuse(403);
    segments.push(segment);
  }

  const root = pathApi.resolve(rootDir);
  const filePath = pathApi.resolve(root, ...segments);
  const relative = pathApi.relative(root, filePath);
  const escapes = relative === '..' || relative.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(relative);
  if (relative === '' || escapes) return refuse(403);

  const mimeType = MIME_TYPES[pathApi.extname(filePath).toLowerCase()];
  if (mimeType === undefined) return refuse(404);
  return { ok: true, filePath, mimeType };
}

/** Map an `app://bundle/…` URL to a file inside `rootDir`, or refuse it. Query and fragment are ignored. */
export function resolveAppRequest(url: string, rootDir: string, pathApi: path.PlatformPath = path): AppRequestResolution {
  if (typeof url !== 'string' || url.length > 4096) return refuse(400);
  // Work on the raw string: WHATWG parsing would already have folded `..` segments away.
  const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(url);
  if (match === null) return refuse(400);
  const [, scheme = '', authority = '', rawPath = ''] = match;
  if (scheme.toLowerCase() !== APP_SCHEME) return refuse(400);
  if (authority.toLowerCase() !== APP_HOST) return refuse(403); // also refuses user:pass@ and :port
  return resolveBundlePath(rawPath, rootDir, pathApi);
}

export interface AppProtocolOptions {
  readonly rootDir: string;
  readonly readFile?: (filePath: string) => Promise<Uint8Array>;
}

/** The `protocol.handle('app', …)` handler: GET/HEAD only, every response with the security headers. */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Pick<Request, 'url' | 'method'>) => Promise<Response> {
  const read = options.readFile ?? ((filePath: string) => readFile(filePath));
  const answer = (status: number, body: Uint8Array | null, extra: Record<string, string> = {}): Response =>
    new Response(body, { status, headers: { ...SECURITY_HEADERS, ...extra } });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(405, null, { Allow: 'GET, HEAD' });
    const resolution = resolveAppRequest(request.url, options.rootDir);
    if (!resolution.ok) return answer(resolution.status, null);
    let body: Uint8Array;
    try {
      body = await read(resolution.filePath);
    } catch {
      return answer(404, null); // missing, a folder, or unreadable: never say which
    }
    const headers = { 'Content-Type': resolution.mimeType, 'Cache-Control': 'no-cache' };
    return answer(200, request.method === 'HEAD' ? null : body, headers);
  };
}
