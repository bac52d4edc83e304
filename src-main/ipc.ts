/**
 * The only user of `ipcMain`: one `handle` per contract method, each checking the sender frame
 * before the validated dispatcher sees the payload.
 */
import { apiMethods, channelOf, type ApiResult } from './contract';
import type { Dispatch } from './ipc-dispatch';
import type { SenderFrameLike } from './electron/trusted-sender';

export interface IpcInvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown): void;
}

const FORBIDDEN: ApiResult<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'forbidden-sender', message: 'This request did not come from the Factdeck window.' }),
});

export function registerIpc(
  ipcMain: IpcMainLike,
  dispatch: Dispatch,
  isTrusted: (frame: SenderFrameLike | null | undefined) => boolean,
): void {
  for (const method of apiMethods) {
    ipcMain.handle(channelOf(method), (event, payload) =>
      isTrusted(event.senderFrame) ? dispatch(method, payload) : Promise.resolve(FORBIDDEN),
    );
  }
}
