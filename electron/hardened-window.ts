import { app, BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

/** DevTools only in development: a packaged desk has neither the menu item nor the tools. */
export const devToolsEnabled = !app.isPackaged;

/**
 * Every window of the app is made here, so each one gets the same locked-down renderer: a
 * sandbox, an isolated preload world, no Node, web security on, no webview, no middle-click
 * (auxclick) windows. Navigation guards and permission handlers are attached to every web
 * contents and the session in main.ts.
 */
export function hardenedWindow(
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
  preload?: string,
): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      ...(preload ? { preload } : {}),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: devToolsEnabled,
    },
  });
}
