import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, net, protocol, session, shell } from 'electron';
import { documentScheme } from '../src/shared/bridge';
import { contentSecurityPolicy } from '../src/shared/csp';

/** The renderer is served from app://desk/, never file://, so its origin is ours alone. */
export const appScheme = 'app';
export const appOrigin = `${appScheme}://desk`;

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    { scheme: documentScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const { pathname } = new URL(request.url);
    const file = join(rendererDir, decodeURIComponent(pathname === '/' ? '/index.html' : pathname));
    if (!file.startsWith(rendererDir)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('content-security-policy', contentSecurityPolicy);
    headers.set('x-content-type-options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
  // No permission (camera, notifications, geolocation ...) is ever granted to the page.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}

export function createMainWindow(preload: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'KYC Desk',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.on('will-navigate', (event, url) => {
    if (new URL(url).origin !== appOrigin) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    // Links to the web open in the user's browser; nothing opens inside the app.
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}
