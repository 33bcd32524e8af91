import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from '../../scripts/electron-binary.mjs';

const binary = electronBinary();

test.describe('desktop app (Electron)', () => {
  test.skip(
    !binary,
    'SKIPPED: no Electron binary on this machine (it cannot be downloaded here); the same renderer and core are tested through the browser host.',
  );

  test('opens the hardened window on a fresh data folder and lists customers', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kyc-desk-electron-'));
    const app = await electron.launch({
      executablePath: binary as string,
      args: ['.', `--data=${dataDir}`],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('link', { name: 'Customers' })).toBeVisible();
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        const contents = BrowserWindow.getAllWindows()[0]!.webContents;
        return { url: contents.getURL() };
      });
      expect(prefs.url.startsWith('app://desk/')).toBe(true);
      // window.open is denied (web-contents-guard.ts): nothing opens, whatever the URL.
      expect(
        await window.evaluate(
          () => (globalThis as unknown as { open(url: string): unknown }).open('https://example.com/') === null,
        ),
      ).toBe(true);
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe(
        'undefined',
      );
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
