import { shell, type WebContents } from 'electron';
import { linkTarget } from './link-policy';

function openIfAllowed(url: string): void {
  if (linkTarget(url) === 'external') void shell.openExternal(url);
}

/**
 * Attached to every web contents the app creates (main.ts, 'web-contents-created'), the upgrade
 * window's included: no frame leaves app://desk, no window opens, no webview attaches, no
 * Bluetooth device is picked. A link allowed by link-policy.ts goes to the OS instead.
 */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (linkTarget(event.url) === 'app') return;
    event.preventDefault();
    openIfAllowed(event.url);
  });
  // Frames inside a page; the page itself is decided above, where an allowed link opens.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && linkTarget(event.url) !== 'app') event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (linkTarget(event.url) !== 'app') event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Without this, Electron picks the first device it finds.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
}
