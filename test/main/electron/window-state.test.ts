import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE } from '../../../src-main/electron/window-options';
import {
  boundsToSave,
  createWindowStateSaver,
  restoreBounds,
  trackWindowState,
  type Rect,
  type TrackedWindow,
  type WindowState,
} from '../../../src-main/electron/window-state';

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 1920, y: 0, width: 1280, height: 984 };
const state = (x: number, y: number, width: number, height: number, maximized = false): WindowState => ({ x, y, width, height, maximized });
const centred = { x: (1920 - DEFAULT_WINDOW_SIZE.width) / 2, y: (1040 - DEFAULT_WINDOW_SIZE.height) / 2, ...DEFAULT_WINDOW_SIZE };

describe('restoreBounds', () => {
  it('keeps a window that is fully visible', () => {
    expect(restoreBounds(state(100, 50, 1000, 700), [primary, right])).toEqual({ bounds: { x: 100, y: 50, width: 1000, height: 700 }, maximized: false });
  });

  it('keeps the maximized flag', () => {
    expect(restoreBounds(state(100, 50, 1000, 700, true), [primary]).maximized).toBe(true);
  });

  it('restores onto the second display it was on', () => {
    expect(restoreBounds(state(2000, 100, 800, 600), [primary, right]).bounds).toEqual({ x: 2000, y: 100, width: 800, height: 600 });
  });

  it('pulls a window hanging off the edge back onto the display it overlaps most', () => {
    expect(restoreBounds(state(1700, 900, 1000, 700), [primary]).bounds).toEqual({ x: 920, y: 340, width: 1000, height: 700 });
    expect(restoreBounds(state(-300, -50, 1000, 700), [primary]).bounds).toEqual({ x: 0, y: 0, width: 1000, height: 700 });
  });

  it('shrinks a window larger than the display', () => {
    expect(restoreBounds(state(0, 0, 4000, 3000), [right, primary]).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
  });

  it('grows a window below the minimum size', () => {
    expect(restoreBounds(state(10, 10, 100, 50), [primary]).bounds).toEqual({ x: 10, y: 10, ...MIN_WINDOW_SIZE });
  });

  it('falls back to the default size centred on the primary display when off-screen', () => {
    expect(restoreBounds(state(5000, 5000, 800, 600), [primary, right])).toEqual({ bounds: centred, maximized: false });
  });

  it('falls back when a display was unplugged', () => {
    expect(restoreBounds(state(2000, 100, 800, 600), [primary]).bounds).toEqual(centred);
  });

  it.each([
    ['nothing saved', null],
    ['undefined', undefined],
    ['NaN', state(Number.NaN, 0, 800, 600)],
    ['Infinity', state(0, 0, Number.POSITIVE_INFINITY, 600)],
    ['zero width', state(0, 0, 0, 600)],
    ['negative height', state(0, 0, 800, -1)],
    ['absurd coordinate', state(1e12, 0, 800, 600)],
    ['string fields', { x: '0', y: 0, width: 800, height: 600, maximized: false } as unknown as WindowState],
  ])('uses the default for %s', (_label, saved) => {
    expect(restoreBounds(saved, [primary]).bounds).toEqual(centred);
  });

  it('fits the default into a small display', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 700 };
    expect(restoreBounds(null, [small]).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 700 });
  });

  it('lets Electron centre when it knows no display', () => {
    expect(restoreBounds(null, []).bounds).toEqual(DEFAULT_WINDOW_SIZE);
  });

  it('rounds fractional (scaled) values', () => {
    expect(restoreBounds(state(100.4, 50.6, 1000.5, 700.2), [primary]).bounds).toEqual({ x: 100, y: 51, width: 1001, height: 700 });
  });
});

describe('boundsToSave', () => {
  it('saves rounded normal bounds and the maximized flag', () => {
    expect(boundsToSave({ x: 1.2, y: 2.7, width: 800.4, height: 600 }, true)).toEqual(state(1, 3, 800, 600, true));
  });
  it.each([null, undefined, { x: 0, y: 0, width: 0, height: 10 }, { x: Number.NaN, y: 0, width: 10, height: 10 }])('refuses %j', (rect) => {
    expect(boundsToSave(rect, false)).toBeNull();
  });
});

describe('createWindowStateSaver', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('debounces a burst of updates into one save of the last state', async () => {
    const save = vi.fn(async () => {});
    const saver = createWindowStateSaver({ save, delayMs: 500 });
    saver.update(state(1, 1, 800, 600));
    await vi.advanceTimersByTimeAsync(300);
    saver.update(state(2, 2, 800, 600));
    await vi.advanceTimersByTimeAsync(300);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(save).toHaveBeenCalledExactlyOnceWith(state(2, 2, 800, 600));
  });

  it('flush saves at once, and does not save an unchanged state twice', async () => {
    const save = vi.fn(async () => {});
    const saver = createWindowStateSaver({ save });
    saver.update(state(1, 1, 800, 600));
    await saver.flush();
    expect(save).toHaveBeenCalledTimes(1);
    saver.update(state(1, 1, 800, 600));
    await saver.flush();
    await vi.runAllTimersAsync();
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('flush waits for a save in flight', async () => {
    let finish: () => void = () => {};
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const saver = createWindowStateSaver({ save, delayMs: 10 });
    saver.update(state(1, 1, 800, 600));
    await vi.advanceTimersByTimeAsync(10);
    let flushed = false;
    void saver.flush().then(() => (flushed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(false);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(true);
  });

  it('ignores null states and reports save errors instead of throwing', async () => {
    const onError = vi.fn();
    const saver = createWindowStateSaver({ save: async () => Promise.reject(new Error('disk full')), onError });
    saver.update(null);
    await saver.flush();
    expect(onError).not.toHaveBeenCalled();
    saver.update(state(1, 1, 800, 600));
    await expect(saver.flush()).resolves.toBeUndefined();
    expect(onError).toHaveBeenCalledOnce();
  });

  it('after dispose, saves the pending state and then ignores updates', async () => {
    const save = vi.fn(async () => {});
    const saver = createWindowStateSaver({ save });
    saver.update(state(1, 1, 800, 600));
    await saver.dispose();
    saver.update(state(9, 9, 800, 600));
    await vi.runAllTimersAsync();
    await saver.flush();
    expect(save).toHaveBeenCalledExactlyOnceWith(state(1, 1, 800, 600));
  });
});

describe('trackWindowState', () => {
  function fakeWindow() {
    const listeners = new Map<string, () => void>();
    let bounds: Rect = { x: 10, y: 10, width: 900, height: 700 };
    const window: TrackedWindow = {
      on: (event: string, listener: () => void) => listeners.set(event, listener),
      getNormalBounds: () => bounds,
      isMaximized: () => false,
      isDestroyed: () => false,
    };
    return { window, emit: (event: string) => listeners.get(event)?.(), move: (next: Rect) => (bounds = next), listeners };
  }

  it('captures on resize/move/maximize/unmaximize and flushes on close', async () => {
    const fake = fakeWindow();
    const saver = { update: vi.fn(), flush: vi.fn(async () => {}), dispose: vi.fn(async () => {}) };
    trackWindowState(fake.window, saver);
    expect([...fake.listeners.keys()].sort()).toEqual(['close', 'maximize', 'move', 'resize', 'unmaximize']);
    fake.move({ x: 50, y: 60, width: 1000, height: 800 });
    fake.emit('move');
    expect(saver.update).toHaveBeenLastCalledWith(state(50, 60, 1000, 800));
    fake.emit('close');
    expect(saver.flush).toHaveBeenCalledOnce();
  });
});
