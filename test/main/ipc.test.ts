import { describe, expect, it, vi } from 'vitest';
import { apiMethods, channelOf } from '../../src-main/contract';
import { registerIpc, type IpcInvokeEventLike, type IpcMainLike } from '../../src-main/ipc';
import { createTrustedSenderCheck } from '../../src-main/electron/trusted-sender';

type Listener = (event: IpcInvokeEventLike, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
  };
  return { ipcMain, handlers };
}

const appFrame = { url: 'app://bundle/index.html', parent: null };

describe('registerIpc', () => {
  it('registers exactly one handler per contract method', () => {
    const fake = fakeIpcMain();
    registerIpc(fake.ipcMain, vi.fn(), () => true);
    expect([...fake.handlers.keys()].sort()).toEqual(apiMethods.map(channelOf).sort());
  });

  it('dispatches a trusted call with its method and payload', async () => {
    const fake = fakeIpcMain();
    const dispatch = vi.fn(async () => ({ ok: true as const, value: 'done' }));
    registerIpc(fake.ipcMain, dispatch, createTrustedSenderCheck());
    for (const method of apiMethods) {
      const result = await fake.handlers.get(channelOf(method))?.({ senderFrame: appFrame }, { some: 'payload' });
      expect(result).toEqual({ ok: true, value: 'done' });
      expect(dispatch).toHaveBeenLastCalledWith(method, { some: 'payload' });
    }
  });

  it.each([
    ['no frame', null],
    ['a subframe', { url: 'app://bundle/index.html', parent: appFrame }],
    ['another origin', { url: 'https://example.com/', parent: null }],
    ['file://', { url: 'file:///index.html', parent: null }],
  ])('answers forbidden-sender to %s without dispatching', async (_label, senderFrame) => {
    const fake = fakeIpcMain();
    const dispatch = vi.fn();
    registerIpc(fake.ipcMain, dispatch, createTrustedSenderCheck());
    for (const method of apiMethods) {
      const result = await fake.handlers.get(channelOf(method))?.({ senderFrame }, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
      expect((result as { error: { message: string } }).error.message).toMatch(/\w/);
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('passes the sender frame itself to the trust check', async () => {
    const fake = fakeIpcMain();
    const isTrusted = vi.fn(() => false);
    registerIpc(fake.ipcMain, vi.fn(), isTrusted);
    await fake.handlers.get(channelOf('getStartup'))?.({ senderFrame: appFrame });
    expect(isTrusted).toHaveBeenCalledWith(appFrame);
  });
});
