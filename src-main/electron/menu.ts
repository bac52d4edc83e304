/** The application menu, as a pure template. Reload and devtools exist only in development. */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  readonly isDev: boolean;
  readonly platform: NodeJS.Platform;
  readonly appName?: string;
}

export function buildMenuTemplate({ isDev, platform, appName = 'Factdeck' }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: appName,
          submenu: [{ role: 'about' }, sep, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, sep, { role: 'quit' }],
        },
      ]
    : [];

  const devItems: MenuItemConstructorOptions[] = isDev ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, sep] : [];

  return [
    ...appMenu,
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        sep,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'delete' },
        sep,
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [...devItems, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, sep, { role: 'togglefullscreen' }],
    },
    {
      label: 'Window',
      submenu: isMac ? [{ role: 'minimize' }, { role: 'zoom' }, sep, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
    },
    { label: 'Help', role: 'help', submenu: [{ role: 'about', label: `About ${appName}` }] },
  ];
}
