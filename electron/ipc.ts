import { copyFile } from 'node:fs/promises';
import { dialog, ipcMain, type BrowserWindow, type FileFilter, type WebFrameMain } from 'electron';
import { ipcChannels } from '../src/shared/bridge';
import type { Core } from '../src/main/core';
import { downloadPath, isSafeFileName } from '../src/main/jobs/files';
import { isAppUrl } from './app-origin';

/** Only our own top-level page may call the core: not an iframe, not a navigated-away page. */
function isOurFrame(frame: WebFrameMain | null, window: BrowserWindow): boolean {
  return frame !== null && frame === window.webContents.mainFrame && isAppUrl(frame.url);
}

export function bindIpc(core: Core, window: BrowserWindow): () => void {
  ipcMain.handle(ipcChannels.call, (event, operation: unknown, input: unknown) => {
    if (!isOurFrame(event.senderFrame, window) || typeof operation !== 'string') {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Calls are accepted from the KYC Desk window only' } };
    }
    return core.router.call(operation, input);
  });
  ipcMain.handle(ipcChannels.pickFile, async (event, filters: FileFilter[]) => {
    if (!isOurFrame(event.senderFrame, window)) return null;
    const picked = await dialog.showOpenDialog(window, { properties: ['openFile'], filters });
    const path = picked.canceled ? null : (picked.filePaths[0] ?? null);
    // The core reads a path only when it came from this dialog.
    if (path) core.trustedPaths.add(path);
    return path;
  });
  ipcMain.handle(ipcChannels.saveDownload, async (event, downloadName: unknown) => {
    if (!isOurFrame(event.senderFrame, window) || typeof downloadName !== 'string' || !isSafeFileName(downloadName))
      return null;
    const chosen = await dialog.showSaveDialog(window, { defaultPath: downloadName });
    if (chosen.canceled || !chosen.filePath) return null;
    await copyFile(downloadPath(core.dataDir, downloadName), chosen.filePath);
    return chosen.filePath;
  });
  const unsubscribe = core.events.subscribe((event) => {
    if (!window.isDestroyed()) window.webContents.send(ipcChannels.event, event);
  });
  return () => {
    ipcMain.removeHandler(ipcChannels.call);
    ipcMain.removeHandler(ipcChannels.pickFile);
    ipcMain.removeHandler(ipcChannels.saveDownload);
    unsubscribe();
  };
}
