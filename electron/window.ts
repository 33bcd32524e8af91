import { pathToFileURL } from 'node:url';
import { net, protocol, type BrowserWindow } from 'electron';
import { documentScheme } from '../src/shared/bridge';
import { contentSecurityPolicy } from '../src/shared/csp';
import { appOrigin, appScheme, isAppUrl } from './app-origin';
import { containedPath } from './contained-path';
import { hardenedWindow } from './hardened-window';

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    { scheme: documentScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/** Serves the built renderer as app://desk/, only files inside its folder (contained-path.ts). */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const { pathname } = new URL(request.url);
    const file = isAppUrl(request.url) ? containedPath(rendererDir, pathname === '/' ? '/index.html' : pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('content-security-policy', contentSecurityPolicy);
    headers.set('x-content-type-options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

export function createMainWindow(preload: string): BrowserWindow {
  const window = hardenedWindow(
    { width: 1360, height: 860, minWidth: 960, minHeight: 600, show: false, title: 'KYC Desk' },
    preload,
  );
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}
