import { describe, expect, it, vi } from 'vitest';
import {
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
});
