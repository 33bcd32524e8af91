import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { openCore, type Core } from '../src/main/core';
import { keepFilesPrivate } from '../src/main/files/private';
import { serveDocuments } from './document-protocol';
import { devToolsEnabled } from './hardened-window';
import { bindIpc } from './ipc';
import { appMenuTemplate } from './menu';
import { denyAllPermissions } from './permissions';
import { upgradeWindow } from './upgrade-window';
import { safeStorageProtector } from './vault-key-protector';
import { guardWebContents } from './web-contents-guard';
import { createMainWindow, registerAppScheme, serveRenderer } from './window';

// Before Chromium or the core write anything into the data folder.
keepFilesPrivate();

const dataArg = process.argv.find((arg) => arg.startsWith('--data='))?.slice('--data='.length);
const dataDir = dataArg ?? process.env.KYC_DESK_DATA ?? app.getPath('userData');
const resources = app.isPackaged ? process.resourcesPath : app.getAppPath();

let core: Core | undefined;

registerAppScheme();
// Before any window exists, so every one of them (the upgrade window too) is guarded.
app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession);
    try {
      core = await openCore({
        dataDir,
        migrationsFolder: join(resources, 'drizzle'),
        keyProtector: await safeStorageProtector(),
        onUpgrade: upgradeWindow(),
      });
    } catch (error) {
      dialog.showErrorBox('KYC Desk cannot open its data', `${dataDir}\n\n${String(error)}`);
      app.exit(1);
      return;
    }
    serveRenderer(join(__dirname, '../renderer'));
    serveDocuments(core);
    const window = createMainWindow(join(__dirname, '../preload/index.cjs'));
    const showShortcuts = () => {
      window.webContents.sendInputEvent({ type: 'keyDown', keyCode: 'F1' });
      window.webContents.sendInputEvent({ type: 'keyUp', keyCode: 'F1' });
    };
    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(devToolsEnabled, process.platform, showShortcuts)));
    const unbind = bindIpc(core, window);
    window.on('closed', unbind);
  });

  app.on('window-all-closed', () => app.quit());
  // The core finishes its queued writes and closes the database before the process ends.
  let closing: Promise<void> | null = null;
  app.on('will-quit', (event) => {
    if (!core || closing) return;
    event.preventDefault();
    closing = core.close().finally(() => app.exit(0));
  });
}
