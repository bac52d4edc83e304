/**
 * Links that leave the app (a source link in an article, clicked by the learner) open in the
 * system browser, never in an Electron window. `decideExternalOpen` is the whole policy, pure:
 * a plain `https:` URL, no credentials, no loopback host, and only right after a user gesture.
 * Everything else is refused: `shell.openExternal` hands a URL to the OS, and `file:`, custom
 * schemes or `smb:` there can start programs.
 *
 * How the gesture is known: the page cannot be asked (a compromised page would say yes), and
 * Electron's window-open details carry no gesture flag (`disposition` is 'foreground-tab' for a
 * scripted `window.open(url)` just as for a click on a `target="_blank"` link). So the main process
 * watches the webContents' `input-event` stream — input the browser process forwarded from the OS,
 * which page script cannot synthesise — and counts a click, tap or key press in the last
 * GESTURE_WINDOW_MS as a gesture. Each gesture opens at most one link (as Chromium's popup blocker
 * consumes the activation), and auto-repeated keys do not count.
 */

/** Long enough for click → `window.open` → main on a busy renderer; short enough that a script cannot wait for a stray click. */
export const GESTURE_WINDOW_MS = 1_000;
/** Browsers and Windows' ShellExecute handle ~2k characters; a longer "link" is not one a learner clicked. */
export const MAX_EXTERNAL_URL_LENGTH = 2_048;

export type ExternalOpenRefusal = 'malformed' | 'too-long' | 'not-https' | 'credentials' | 'loopback' | 'no-gesture';

export type ExternalOpenDecision =
  | { readonly open: true; readonly url: string }
  | { readonly open: false; readonly reason: ExternalOpenRefusal };

// Whitespace or control characters: WHATWG parsing would drop some of them silently (`java\nscript:`).
const SPACE_OR_CONTROL = /[\u0000-\u0020\u007f-\u009f]/;
// A link to the learner's own machine would let article content reach local services through
// the browser. After WHATWG parsing, numeric forms are canonical (`https://2130706433/` → 127.0.0.1).
const LOOPBACK_HOST = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\])$/i;

function refuse(reason: ExternalOpenRefusal): ExternalOpenDecision {
  return { open: false, reason };
}

/** Whether `url` may go to `shell.openExternal`, and if so the canonical URL to pass (never the raw string). */
export function decideExternalOpen(url: unknown, { userGesture }: { readonly userGesture: boolean }): ExternalOpenDecision {
  if (typeof url !== 'string' || url === '' || SPACE_OR_CONTROL.test(url)) return refuse('malformed');
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return refuse('too-long');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refuse('malformed');
  }
  if (parsed.protocol !== 'https:') return refuse('not-https');
  if (parsed.username !== '' || parsed.password !== '') return refuse('credentials');
  if (LOOPBACK_HOST.test(parsed.hostname)) return refuse('loopback');
  if (!userGesture) return refuse('no-gesture');
  return { open: true, url: parsed.href };
}

/** The part of Electron's `InputEvent` the tracker reads. */
export interface InputEventLike {
  readonly type?: string;
  readonly modifiers?: readonly string[];
}

// Chromium's activation-triggering inputs (plus mouseUp, where a click completes). Moves, wheel,
// scroll and the context menu are not a request to open anything.
const ACTIVATING_INPUT = new Set(['mouseDown', 'mouseUp', 'rawKeyDown', 'keyDown', 'touchEnd', 'gestureTap']);

export interface GestureTracker {
  observe(input: InputEventLike): void;
  /** True when a gesture happened within the window; either way the gesture is used up. */
  consume(): boolean;
}

export function createGestureTracker(now: () => number, windowMs: number = GESTURE_WINDOW_MS): GestureTracker {
  let lastGestureAt: number | null = null;
  return {
    observe(input) {
      if (input.type === undefined || !ACTIVATING_INPUT.has(input.type)) return;
      if (input.modifiers?.includes('isautorepeat')) return; // holding Enter must not open a stream of links
      lastGestureAt = now();
    },
    consume() {
      const at = lastGestureAt;
      lastGestureAt = null;
      if (at === null) return false;
      const elapsed = now() - at;
      return elapsed >= 0 && elapsed <= windowMs;
    },
  };
}

/** The part of a WebContents the gesture watch is installed on. */
export interface GestureSource {
  on(event: 'input-event', listener: (event: unknown, input: InputEventLike) => void): unknown;
}

export interface ExternalLinkOptions {
  /** `shell.openExternal`, injected so tests never reach the OS. */
  readonly openExternal: (url: string) => Promise<void>;
  readonly now?: () => number;
  readonly onRefused?: (url: string, reason: ExternalOpenRefusal) => void;
  readonly onError?: (error: unknown) => void;
}

/**
 * Watches `contents` for gestures and returns the hook for the (always denying) window-open
 * handler: it opens the URL in the system browser when `decideExternalOpen` allows.
 */
export function createExternalLinkOpener(contents: GestureSource, options: ExternalLinkOptions): (url: string) => void {
  const gestures = createGestureTracker(options.now ?? Date.now);
  contents.on('input-event', (_event, input) => gestures.observe(input));
  return (url) => {
    const decision = decideExternalOpen(url, { userGesture: gestures.consume() });
    if (!decision.open) {
      options.onRefused?.(url, decision.reason);
      return;
    }
    // Deferred and caught: the window-open handler must return its 'deny' at once, whatever the OS does.
    Promise.resolve()
      .then(() => options.openExternal(decision.url))
      .catch((error: unknown) => options.onError?.(error));
  };
}
