import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { apiCall, expect, test } from '../support/fixtures';
import { screenshot } from '../support/screenshot';
import { e2eVaultPassphrase, startHost, type RunningHost } from '../support/web-host';

const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

async function bothSchemes(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await screenshot(page, `${scheme}-${name}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('vault lock screens: set a passphrase, a missing key named and restored, a wrong passphrase, a new vault', async ({
  page,
}) => {
  // Four host starts and several scrypt unlocks on a shared 2-core machine.
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'kyc-desk-e2e-vault-'));
  const keyFile = join(dataDir, 'vault', 'key.json');
  let host: RunningHost = await startHost(dataDir, null);
  try {
    // A fresh desk without keyring or passphrase: the desk stays locked until one is set.
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Protect the document vault' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Customers' })).toHaveCount(0);
    await bothSchemes(page, 'vault-set-passphrase');
    await page.getByLabel('New passphrase').fill(e2eVaultPassphrase);
    await page.getByLabel('Repeat the passphrase').fill('something else entirely');
    await page.getByRole('button', { name: 'Set passphrase' }).click();
    await expect(page.getByText('The two passphrases differ')).toBeVisible();
    await page.getByLabel('Repeat the passphrase').fill(e2eVaultPassphrase);
    await page.getByRole('button', { name: 'Set passphrase' }).click();
    await expect(page.getByRole('link', { name: 'Customers' })).toBeVisible();

    const customer = await apiCall<{ id: number }>(host, 'customers.create', {
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.org',
      gender: 'other',
      country: 'GB',
      affiliateProfitShare: '0',
    });
    const document = await apiCall<{ id: number }>(host, 'documents.upload', {
      customerId: customer.id,
      slot: 'selfie',
      fileName: 'selfie.png',
      contentBase64: png,
    });
    await page.getByRole('link', { name: 'Document vault' }).click();
    await page.getByRole('button', { name: 'Check every document' }).click();
    await expect(page.getByText('Every stored document can be read')).toBeVisible();
    // The stored count is as of now, not as of the app's start (it said 0 beside "1 document opened").
    await expect(page.getByRole('group', { name: 'Stored documents' })).toHaveText(/^Stored documents\s*1$/);
    await expect(page.getByText(/^1 document opened with key/)).toBeVisible();
    await bothSchemes(page, 'vault-status');

    // Restarted without the passphrase: it must be entered; a wrong one is refused.
    await host.stop({ keepData: true });
    host = await startHost(dataDir, null);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'Unlock the document vault' })).toBeVisible();
    await bothSchemes(page, 'vault-enter-passphrase');
    await page.getByLabel('Passphrase').fill('not the passphrase');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByText('This is not the passphrase of the vault key')).toBeVisible();
    await page.getByLabel('Passphrase').fill(e2eVaultPassphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('link', { name: 'Customers' })).toBeVisible();

    // The key file deleted: the desk names it and what to restore; restoring it unlocks.
    await host.stop({ keepData: true });
    const saved = join(dataDir, 'key-backup.json');
    copyFileSync(keyFile, saved);
    rmSync(keyFile);
    host = await startHost(dataDir);
    await page.goto(host.url);
    await expect(page.getByRole('heading', { name: 'The document vault key is missing' })).toBeVisible();
    await expect(page.getByText(keyFile, { exact: true })).toBeVisible();
    await bothSchemes(page, 'vault-key-missing');
    copyFileSync(saved, keyFile);
    await page.getByRole('button', { name: 'I restored the key: check again' }).click();
    await expect(page.getByRole('link', { name: 'Customers' })).toBeVisible();

    // Lost for good: a new vault, deliberately; the old document is then reported unreadable.
    rmSync(keyFile);
    await page.reload();
    await page.getByRole('button', { name: 'Start a new vault…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a new document vault' });
    await expect(dialog.getByRole('button', { name: 'Start a new vault' })).toBeDisabled();
    await dialog.getByLabel(/I understand/).check();
    await bothSchemes(page, 'vault-start-new');
    await dialog.getByRole('button', { name: 'Start a new vault' }).click();
    await expect(page.getByRole('link', { name: 'Customers' })).toBeVisible();
    await page.getByRole('link', { name: 'Document vault' }).click();
    await page.getByRole('button', { name: 'Check every document' }).click();
    const unreadable = page.getByRole('table', { name: 'Unreadable documents' });
    await expect(unreadable.getByRole('row', { name: new RegExp(`#${document.id}.*selfie\\.png`) })).toBeVisible();
    await bothSchemes(page, 'vault-check-unreadable');
  } finally {
    await host.stop();
  }
});
