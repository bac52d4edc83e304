/**
 * The development server is trusted only when electron-vite's dev mode passes its URL AND the app
 * is not packaged AND the URL is a loopback http(s) address. Anything else means: no dev server.
 */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The dev server's origin (e.g. `http://localhost:5173`), or null in production. */
export function resolveDevServerOrigin(env: Readonly<Record<string, string | undefined>>, isPackaged: boolean): string | null {
  const raw = env.ELECTRON_RENDERER_URL;
  if (isPackaged || raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!LOOPBACK_HOSTS.has(url.hostname) || url.username !== '' || url.password !== '') return null;
  return url.origin;
}
