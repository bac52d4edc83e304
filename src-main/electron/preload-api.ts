/**
 * The object the preload exposes as `window.api`: one function per contract method, each sending
 * its payload on the method's channel. Nothing else (never `ipcRenderer` itself).
 */
import { apiMethods, channelOf, type FactdeckApi } from '../contract';

export type Invoke = (channel: string, payload: unknown) => Promise<unknown>;

export function buildPreloadApi(invoke: Invoke): FactdeckApi {
  const api: Record<string, (payload?: unknown) => Promise<unknown>> = {};
  for (const method of apiMethods) {
    const channel = channelOf(method);
    // Only the first argument crosses; a stray second one never reaches main.
    api[method] = (payload?: unknown) => invoke(channel, payload);
  }
  return Object.freeze(api) as unknown as FactdeckApi;
}
