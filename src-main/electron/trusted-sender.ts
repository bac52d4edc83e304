/**
 * Who may call the API: only the top-level frame of a page served from `app://bundle` (or, in
 * development only, from the dev server's origin). Subframes, other origins, `file://` and a
 * missing or disposed frame are refused.
 */
import { APP_HOST, APP_SCHEME } from './app-protocol';

export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

export interface TrustOptions {
  /** From `resolveDevServerOrigin`; null (the default) in production. */
  readonly devServerOrigin?: string | null;
}

/** True when `url` is on the `app://bundle` origin. Node's URL gives custom schemes an origin of 'null', so compare parts. */
export function isAppOriginUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

export function isDevServerUrl(url: string, devServerOrigin: string | null | undefined): boolean {
  if (!devServerOrigin) return false;
  try {
    return new URL(url).origin === devServerOrigin;
  } catch {
    return false;
  }
}

export function isTrustedSender(frame: SenderFrameLike | null | undefined, options: TrustOptions = {}): boolean {
  if (frame == null) return false;
  let url: unknown;
  let parent: unknown;
  try {
    // A disposed WebFrameMain throws on property access.
    url = frame.url;
    parent = frame.parent;
  } catch {
    return false;
  }
  if (parent !== null || typeof url !== 'string') return false;
  return isAppOriginUrl(url) || isDevServerUrl(url, options.devServerOrigin);
}

export function createTrustedSenderCheck(options: TrustOptions = {}): (frame: SenderFrameLike | null | undefined) => boolean {
  return (frame) => isTrustedSender(frame, options);
}
