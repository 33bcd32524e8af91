import type { MenuItemConstructorOptions } from 'electron';

/**
 * Standard menus; the app's own shortcuts live in the renderer, where they are listed. The View
 * menu is spelled out because Electron's default one carries Reload and Toggle Developer Tools,
 * which only a development build shows.
 */
export function appMenuTemplate(
  devTools: boolean,
  platform: NodeJS.Platform,
  /** Opens the renderer's shortcut sheet (the same as pressing F1 in the window). */
  showShortcuts: () => void = () => undefined,
): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = devTools
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...developer,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        // F1 is shown, not taken: the window's own F1 opens the same sheet, with the keys of the screen on screen.
        { label: 'Keyboard Shortcuts', accelerator: 'F1', registerAccelerator: false, click: showShortcuts },
      ],
    },
  ];
}
