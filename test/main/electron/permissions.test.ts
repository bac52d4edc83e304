import { describe, expect, it, vi } from 'vitest';
import {
  isOwnExportDownload,
  denyDevicePermission,
  denyPermissionCheck,
  denyPermissionRequest,
  hardenSession,
  type HardenedSession,
} from '../../../src-main/electron/permissions';

const permissions = ['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal', 'hid', 'serial', 'unknown'];

describe('permissions', () => {
  it.each(permissions)('denies a request for %s', (permission) => {
    const callback = vi.fn();
    denyPermissionRequest({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('denies every check and device', () => {
    expect(denyPermissionCheck()).toBe(false);
    expect(denyDevicePermission()).toBe(false);
  });

  it('hardenSession installs all handlers and blocks downloads', () => {
    const calls: Record<string, unknown> = {};
    let download: ((event: { preventDefault(): void }) => void) | undefined;
    const session: HardenedSession = {
      setPermissionRequestHandler: (handler) => (calls.request = handler),
      setPermissionCheckHandler: (handler) => (calls.check = handler),
      setDevicePermissionHandler: (handler) => (calls.device = handler),
      on: (_event, listener) => (download = listener),
    };
    hardenSession(session);
    expect(calls).toEqual({ request: denyPermissionRequest, check: denyPermissionCheck, device: denyDevicePermission });
    const event = { preventDefault: vi.fn() };
    download?.(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('lets through only the exports the app’s own page offers, by their names', () => {
    let download: ((event: { preventDefault(): void }, item?: { getURL(): string; getFilename(): string }) => void) | undefined;
    hardenSession({ setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {}, setDevicePermissionHandler: () => {}, on: (_event, listener) => (download = listener) });
    const tryDownload = (url: string, name: string) => {
      const event = { preventDefault: vi.fn() };
      download?.(event, { getURL: () => url, getFilename: () => name });
      return event.preventDefault.mock.calls.length === 0;
    };
    expect(tryDownload('blob:app://bundle/5b0e7f0c-1', 'factdeck-export-2026-03-02.json')).toBe(true);
    expect(tryDownload('blob:app://bundle/5b0e7f0c-1', 'mexico-rejects-us-invasion.tsv')).toBe(true);
    expect(tryDownload('https://example.com/x.json', 'x.json')).toBe(false);
    expect(tryDownload('blob:https://example.com/5b0e', 'factdeck-export.json')).toBe(false);
    expect(tryDownload('blob:app://bundle/5b0e', 'setup.exe')).toBe(false);
    expect(tryDownload('data:text/plain,hi', 'a.csv')).toBe(false);
    expect(isOwnExportDownload('blob:app://bundle/1', '..json')).toBe(false);
    const broken = { preventDefault: vi.fn() };
    download?.(broken, { getURL: () => { throw new Error('gone'); }, getFilename: () => 'a.json' });
    expect(broken.preventDefault).toHaveBeenCalledOnce();
  });
});
