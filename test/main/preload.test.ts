import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiMethods, channelOf } from '../../src-main/contract';

const electron = vi.hoisted(() => ({
  exposed: [] as Array<[string, unknown]>,
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.push([key, value]) },
  ipcRenderer: { invoke: electron.invoke, send: vi.fn(), on: vi.fn() },
}));

describe('preload.ts', () => {
  beforeEach(async () => {
    vi.resetModules();
    electron.exposed.length = 0;
    electron.invoke.mockClear();
    await import('../../src-main/preload');
  });

  it('exposes exactly one key, "api"', () => {
    expect(electron.exposed.map(([key]) => key)).toEqual(['api']);
  });

  it('exposes the contract methods only, never ipcRenderer', () => {
    const api = electron.exposed[0]?.[1] as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...apiMethods].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.values(api)).not.toContain(electron.invoke);
  });

  it('routes a call through ipcRenderer.invoke on the method channel', async () => {
    const api = electron.exposed[0]?.[1] as Record<string, (payload?: unknown) => Promise<unknown>>;
    await api.openArticle?.({ articleId: 'x' });
    expect(electron.invoke).toHaveBeenCalledExactlyOnceWith(channelOf('openArticle'), { articleId: 'x' });
  });
});
