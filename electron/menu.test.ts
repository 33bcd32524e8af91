import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from './menu';

/** Every role in a menu template, submenus included. */
function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('appMenuTemplate', () => {
  it.each(['darwin', 'win32', 'linux'] as const)(
    'offers no DevTools or reload in a packaged build on %s',
    (platform) => {
      const packaged = roles(appMenuTemplate(false, platform));
      expect(packaged).not.toContain('toggleDevTools');
      expect(packaged).not.toContain('reload');
      expect(packaged).not.toContain('forceReload');
      // Electron's default View menu would bring Toggle Developer Tools back.
      expect(packaged).not.toContain('viewMenu');
      expect(packaged).toEqual(
        expect.arrayContaining(['fileMenu', 'editMenu', 'windowMenu', 'zoomIn', 'togglefullscreen']),
      );
    },
  );

  it('offers DevTools in development', () => {
    expect(roles(appMenuTemplate(true, 'linux'))).toContain('toggleDevTools');
  });

  it('has the app menu on macOS only', () => {
    expect(roles(appMenuTemplate(false, 'darwin'))).toContain('appMenu');
    expect(roles(appMenuTemplate(false, 'linux'))).not.toContain('appMenu');
  });

  it('opens the shortcut sheet from Help, leaving F1 to the window', () => {
    let shown = 0;
    const help = appMenuTemplate(false, 'linux', () => shown++).find((item) => item.role === 'help');
    const item = (help?.submenu as MenuItemConstructorOptions[] | undefined)?.[0];
    expect(item).toMatchObject({ label: 'Keyboard Shortcuts', accelerator: 'F1', registerAccelerator: false });
    (item?.click as () => void)();
    expect(shown).toBe(1);
  });
});
