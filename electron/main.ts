import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { openCore, type Core } from '../src/main/core';
import { serveDocuments } from './document-protocol';
import { bindIpc } from './ipc';
import { appMenu } from './menu';
import { upgradeWindow } from './upgrade-window';
import { safeStorageProtector } from './vault-key-protector';
import { createMainWindow, registerAppScheme, serveRenderer } from './window';

const dataArg = process.argv.find((arg) => arg.startsWith('--data='))?.slice('--data='.length);
const dataDir = dataArg ?? process.env.KYC_DESK_DATA ?? app.getPath('userData');
const resources = app.isPackaged ? process.resourcesPath : app.getAppPath();

let core: Core | undefined;

registerAppScheme();

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
    Menu.setApplicationMenu(appMenu());
    const window = createMainWindow(join(__dirname, '../preload/index.cjs'));
    const unbind = bindIpc(core, window);
    window.on('closed', unbind);
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => core?.close());
}
