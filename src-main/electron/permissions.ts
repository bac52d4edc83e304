/**
 * Factdeck needs no web permission (camera, notifications, clipboard-read, HID…): deny them all,
 * and refuse downloads.
 */
import type { PreventableEvent } from './navigation';

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
  on(event: 'will-download', listener: (event: PreventableEvent) => void): unknown;
}

export function hardenSession(session: HardenedSession): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyDevicePermission);
  session.on('will-download', (event) => event.preventDefault());
}
