import { Menu, type MenuItemConstructorOptions } from 'electron';

/** Standard menus; the app's own shortcuts live in the renderer, where they are listed. */
export function appMenu(): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
