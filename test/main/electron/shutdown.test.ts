import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQuitGuard } from '../../../src-main/electron/shutdown';

const quitEvent = () => ({ preventDefault: vi.fn() });

describe('createQuitGuard', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds the first quit, cleans up once, then lets the second quit through', async () => {
    const order: string[] = [];
    const quit = vi.fn(() => order.push('quit'));
    const guard = createQuitGuard({ cleanup: async () => void order.push('cleanup'), quit });
    const first = quitEvent();
    guard(first);
    expect(first.preventDefault).toHaveBeenCalledOnce();
    const again = quitEvent();
    guard(again); // e.g. the user pressed Quit twice
    expect(again.preventDefault).toHaveBeenCalledOnce();
    await vi.runAllTimersAsync();
    expect(order).toEqual(['cleanup', 'quit']);
    const last = quitEvent();
    guard(last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });

  it('quits even when cleanup fails', async () => {
    const onError = vi.fn();
    const quit = vi.fn();
    createQuitGuard({ cleanup: async () => Promise.reject(new Error('boom')), quit, onError })(quitEvent());
    await vi.runAllTimersAsync();
    expect(quit).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledOnce();
  });

  it('quits after the timeout when cleanup hangs', async () => {
    const quit = vi.fn();
    createQuitGuard({ cleanup: () => new Promise(() => {}), quit, timeoutMs: 1000 })(quitEvent());
    await vi.advanceTimersByTimeAsync(999);
    expect(quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(quit).toHaveBeenCalledOnce();
  });
});
