/**
 * Remembering the window's size and position. Pure geometry plus a small debounced saver; the
 * store persists `WindowState` through `WindowStatePersistence`.
 */
import type { WindowState } from '../store';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, type WindowBounds } from './window-options';

/** The store owns the persisted shape; x/y/width/height are the normal (unmaximized) bounds. */
export type { WindowState };

/** Implemented by the store. */
export interface WindowStatePersistence {
  loadWindowState(): WindowState | null;
  saveWindowState(state: WindowState): Promise<void>;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface RestoredWindow {
  readonly bounds: WindowBounds;
  readonly maximized: boolean;
}

/** Any single coordinate beyond this is nonsense (corrupt file), not a real desktop. */
const MAX_COORDINATE = 100_000;

const isCoordinate = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= MAX_COORDINATE;
const isLength = (n: unknown): n is number => isCoordinate(n) && n > 0;
const isRect = (r: Rect | null | undefined): r is Rect =>
  r != null && isCoordinate(r.x) && isCoordinate(r.y) && isLength(r.width) && isLength(r.height);

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (n: number, low: number, high: number): number => Math.min(Math.max(n, low), Math.max(low, high));

function centredDefault(area: Rect | undefined): WindowBounds {
  if (area === undefined) return { ...DEFAULT_WINDOW_SIZE };
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, area.width);
  const height = Math.min(DEFAULT_WINDOW_SIZE.height, area.height);
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Put a saved window back where it was, moved and shrunk as needed to sit wholly on the display
 * it overlaps most. Off-screen, invalid or missing → the default size centred on the first work
 * area (pass the primary display's first).
 */
export function restoreBounds(saved: WindowState | null | undefined, workAreas: readonly Rect[]): RestoredWindow {
  const areas = workAreas.filter(isRect);
  if (!isRect(saved)) return { bounds: centredDefault(areas[0]), maximized: false };
  const maximized = saved.maximized === true;

  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const area of areas) {
    const overlap = overlapArea(saved, area);
    if (overlap > bestOverlap) [best, bestOverlap] = [area, overlap];
  }
  if (best === undefined) return { bounds: centredDefault(areas[0]), maximized };

  const width = Math.round(clamp(saved.width, Math.min(MIN_WINDOW_SIZE.width, best.width), best.width));
  const height = Math.round(clamp(saved.height, Math.min(MIN_WINDOW_SIZE.height, best.height), best.height));
  const x = Math.round(clamp(saved.x, best.x, best.x + best.width - width));
  const y = Math.round(clamp(saved.y, best.y, best.y + best.height - height));
  return { bounds: { x, y, width, height }, maximized };
}

/** The state to persist for a window's normal bounds, or null when the rectangle is not usable. */
export function boundsToSave(rect: Rect | null | undefined, isMaximized: boolean): WindowState | null {
  if (!isRect(rect)) return null;
  return {
    x: Math.round(rect.x),
    y: Math.round(rect.y),
    width: Math.round(rect.width),
    height: Math.round(rect.height),
    maximized: isMaximized,
  };
}

const sameState = (a: WindowState | null, b: WindowState | null): boolean =>
  a !== null && b !== null && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && a.maximized === b.maximized;

export interface WindowStateSaver {
  /** Remember the latest state and save it after a quiet period. */
  update(state: WindowState | null): void;
  /** Save the latest state now (and wait for any save in flight). */
  flush(): Promise<void>;
  /** Flush, then ignore further updates (the store is about to close). */
  dispose(): Promise<void>;
}

export function createWindowStateSaver(options: {
  save: (state: WindowState) => Promise<void>;
  delayMs?: number;
  onError?: (error: unknown) => void;
}): WindowStateSaver {
  const delayMs = options.delayMs ?? 500;
  let pending: WindowState | null = null;
  let lastSaved: WindowState | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> = Promise.resolve();
  let disposed = false;

  const cancelTimer = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const saveNow = (): Promise<void> => {
    cancelTimer();
    const state = pending;
    pending = null;
    if (state !== null && !sameState(state, lastSaved)) {
      lastSaved = state;
      inFlight = inFlight.then(() => options.save(state)).catch((error: unknown) => options.onError?.(error));
    }
    return inFlight;
  };

  return {
    update(state) {
      if (disposed || state === null) return;
      pending = state;
      cancelTimer();
      timer = setTimeout(() => void saveNow(), delayMs);
    },
    flush: saveNow,
    dispose() {
      disposed = true;
      return saveNow();
    },
  };
}

/** The parts of a BrowserWindow the tracker uses. */
export interface TrackedWindow {
  on(event: 'resize', listener: () => void): unknown;
  on(event: 'move', listener: () => void): unknown;
  on(event: 'maximize', listener: () => void): unknown;
  on(event: 'unmaximize', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isDestroyed(): boolean;
}

/** Save the window's state, debounced, whenever it moves or resizes, and at once when it closes. */
export function trackWindowState(window: TrackedWindow, saver: WindowStateSaver): void {
  const capture = (): void => {
    if (!window.isDestroyed()) saver.update(boundsToSave(window.getNormalBounds(), window.isMaximized()));
  };
  window.on('resize', capture);
  window.on('move', capture);
  window.on('maximize', capture);
  window.on('unmaximize', capture);
  window.on('close', () => {
    capture();
    void saver.flush();
  });
}
