import type { BrowserWindow } from 'electron';
import { upgradeMessage, type UpgradeStep } from '../src/main/db/migrate';
import { hardenedWindow } from './hardened-window';

const page = `<!doctype html><html><head><meta charset="utf-8"><title>KYC Desk</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 24px; color: #1f1f1f; background: #fff; }
  @media (prefers-color-scheme: dark) { body { color: #e0e0e0; background: #1f1f1f; } }
  progress { width: 100%; margin-top: 12px; }
</style></head>
<body><p id="message"></p><progress id="bar"></progress></body></html>`;

/**
 * A small window while a new release upgrades the database (a backup copy, then migrations),
 * which on a large database takes a minute: the main window opens once the data is ready.
 */
export function upgradeWindow(): (step: UpgradeStep) => void {
  let window: BrowserWindow | null = null;
  let latest: UpgradeStep | null = null;
  const render = () => {
    if (!window || !latest) return;
    const fraction = latest.step === 'backup' && latest.total > 0 ? latest.done / latest.total : null;
    // Above 1 means "busy, no measure" to the taskbar.
    window.setProgressBar(fraction ?? 2);
    const bar = fraction === null ? "bar.removeAttribute('value')" : `bar.value = ${fraction}`;
    void window.webContents
      .executeJavaScript(
        `document.getElementById('message').textContent = ${JSON.stringify(upgradeMessage(latest))};
         { const bar = document.getElementById('bar'); ${bar}; }`,
      )
      .catch(() => undefined);
  };
  return (step) => {
    if (step.step === 'done') {
      window?.destroy();
      window = null;
      return;
    }
    latest = step;
    if (window) return render();
    window = hardenedWindow({
      width: 460,
      height: 150,
      resizable: false,
      minimizable: false,
      maximizable: false,
      title: 'KYC Desk',
    });
    window.removeMenu();
    window.webContents.once('did-finish-load', render);
    void window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(page)}`);
  };
}
