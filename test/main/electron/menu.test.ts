import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../src-main/electron/menu';

function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}
const labels = (items: readonly MenuItemConstructorOptions[]) => items.map((item) => item.label);
const submenuOf = (items: readonly MenuItemConstructorOptions[], label: string) =>
  (items.find((item) => item.label === label)?.submenu ?? []) as MenuItemConstructorOptions[];

describe('buildMenuTemplate', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has no reload or devtools in production on %s', (platform) => {
    const all = roles(buildMenuTemplate({ isDev: false, platform }));
    for (const devOnly of ['reload', 'forceReload', 'toggleDevTools']) expect(all).not.toContain(devOnly);
  });

  it('has reload and devtools in development', () => {
    const view = roles(submenuOf(buildMenuTemplate({ isDev: true, platform: 'linux' }), 'View'));
    expect(view).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('has File, Edit, View, Window, Help on Windows and Linux', () => {
    const template = buildMenuTemplate({ isDev: false, platform: 'win32' });
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(roles(submenuOf(template, 'File'))).toEqual(['quit']);
    expect(roles(submenuOf(template, 'Edit'))).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
    expect(roles(submenuOf(template, 'View'))).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(submenuOf(template, 'Help'))).toEqual(['about']);
  });

  it('adds the app menu on macOS', () => {
    const template = buildMenuTemplate({ isDev: false, platform: 'darwin' });
    expect(labels(template)[0]).toBe('Factdeck');
    expect(roles(template.slice(0, 1))).toEqual(expect.arrayContaining(['about', 'quit']));
  });
});
