import { describe, expect, it, vi } from 'vitest';
import { apiMethods, channelOf } from '../../../src-main/contract';
import { buildPreloadApi } from '../../../src-main/electron/preload-api';

describe('buildPreloadApi', () => {
  it('has exactly one key per contract method, all functions', () => {
    const api = buildPreloadApi(vi.fn());
    expect(Object.keys(api).sort()).toEqual([...apiMethods].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('exposes nothing else: no ipcRenderer, no invoke, no prototype tricks', () => {
    const api = buildPreloadApi(vi.fn()) as unknown as Record<string, unknown>;
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
    for (const key of ['ipcRenderer', 'invoke', 'send', 'on']) expect(Object.hasOwn(api, key)).toBe(false);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it.each(apiMethods)('%s invokes its own channel with the payload only', async (method) => {
    const invoke = vi.fn(async () => ({ ok: true, value: method }));
    const api = buildPreloadApi(invoke) as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    await expect(api[method]?.({ articleId: 'a' }, 'stray second argument')).resolves.toEqual({ ok: true, value: method });
    expect(invoke).toHaveBeenCalledExactlyOnceWith(channelOf(method), { articleId: 'a' });
  });

  it('sends undefined for methods without a payload', async () => {
    const invoke = vi.fn(async () => null);
    await buildPreloadApi(invoke).getStartup();
    expect(invoke).toHaveBeenCalledExactlyOnceWith(channelOf('getStartup'), undefined);
  });
});
