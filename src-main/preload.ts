/** Sandboxed preload: exposes exactly the contract's API object as `window.api`. */
import { contextBridge, ipcRenderer } from 'electron';
import { buildPreloadApi } from './electron/preload-api';

contextBridge.exposeInMainWorld(
  'api',
  buildPreloadApi((channel, payload) => ipcRenderer.invoke(channel, payload)),
);
