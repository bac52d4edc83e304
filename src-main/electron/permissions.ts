/**
 * Factdeck needs no web permission (camera, notifications, clipboard-read, HID…): deny them all,
 * and refuse downloads, except the files the app itself offers the learner (an export, made
 * in the renderer as a Blob): Electron then asks where to save it with the system's save dialog.
 */
import type { PreventableEvent } from './navigation';
import { isAppOriginUrl } from './trusted-sender';

/** What `will-download` tells about the file. */
export interface DownloadItemLike {
  getURL(): string;
  getFilename(): string;
}

const EXPORT_FILE_NAME = /^[a-z0-9][a-z0-9._-]{0,150}\.(?:json|tsv|csv)$/i;

/** A Blob the app's own page made (`blob:app://bundle/<uuid>`), named as Factdeck names its exports. */
export function isOwnExportDownload(url: string, fileName: string): boolean {
  return url.startsWith('blob:') && isAppOriginUrl(url.slice('blob:'.length)) && EXPORT_FILE_NAME.test(fileName) && !fileName.includes('..');
}

export function denyPermissionRequest(_webContents: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

export function denyDevicePermission(): boolean {
  return false;
}

/** The parts of a Session that get hardened. */
export interface HardenedSession {
  setPermissionRequestHandler(handler: typeof denyPermissionRequest): void;
  setPermissionCheckHandler(handler: typeof denyPermissionCheck): void;
  setDevicePermissionHandler(handler: typeof denyDevicePermission): void;
  on(event: 'will-download', listener: (event: PreventableEvent, item?: DownloadItemLike) => void): unknown;
}

export function hardenSession(session: HardenedSession): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyDevicePermission);
  session.on('will-download', (event, item) => {
    let allowed = false;
    try {
      allowed = item !== undefined && isOwnExportDownload(item.getURL(), item.getFilename());
    } catch {
      allowed = false;
    }
    if (!allowed) event.preventDefault();
  });
}
