import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { apiCall, expect, test } from '../support/fixtures';
import { screenshot } from '../support/screenshot';

const customer = {
  firstName: 'Jonas',
  lastName: 'Ødegård',
  email: 'jonas.odegard@example.no',
  gender: 'male',
  country: 'NO',
  affiliateProfitShare: '0',
};

async function openSettings(app: Page) {
  await app.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Desk settings' }).click();
  return app.getByRole('dialog', { name: 'Desk settings' });
}

test('ledger tools: choose the base currency, give in it, make a balance statement, verify the ledger', async ({
  app,
  host,
}) => {
  await expect(app.getByRole('heading', { name: 'Customers', level: 1 })).toBeVisible();
  // An empty ledger: the base currency can still be chosen.
  const settings = await openSettings(app);
  const base = settings.getByRole('combobox', { name: 'Base currency' });
  await expect(base).toHaveValue('USD · US Dollar');
  await base.click();
  await base.fill('EUR');
  await app.getByRole('option', { name: 'EUR · Euro' }).click();
  await expect(settings.getByRole('status')).toContainText('The base currency is now EUR');
  await screenshot(app, 'desk-settings');
  await app.keyboard.press('Escape');

  const { id } = await apiCall<{ id: number }>(host, 'customers.create', customer);
  await apiCall(host, 'rewards.give', {
    customerId: id,
    amount: { amount: '12550', currency: 'EUR' },
    reason: 'Compensation for a rate error',
  });
  await app.goto(`${host.url}#/customers/${id}`);
  await app.getByRole('tab', { name: 'Transactions' }).click();
  await expect(app.getByRole('group', { name: 'Balance', exact: true })).toContainText('€125.50');

  // Once the ledger holds an amount, the base currency stays, and the dialog says why.
  const fixed = await openSettings(app);
  await expect(fixed.getByRole('combobox', { name: 'Base currency' })).toBeDisabled();
  await expect(fixed).toContainText('already holds amounts in EUR');
  await app.keyboard.press('Escape');

  await app.getByRole('button', { name: 'Verify ledger' }).click();
  const sound = app.getByRole('alert').filter({ hasText: 'Ledger sound' });
  await expect(sound).toContainText('1 entry checked');
  // The toast closes by itself; the screenshot below is of the dialog, not of it.
  await expect(sound).toBeHidden({ timeout: 15_000 });

  await app.getByRole('button', { name: 'Balance statement (PDF)' }).click();
  const dialog = app.getByRole('dialog', { name: 'Balance statement' });
  await screenshot(app, 'balance-statement-dialog');
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Make statement' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^balance-statement-${id}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  const file = join(mkdtempSync(join(tmpdir(), 'kyc-statement-')), 'statement.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Jonas Ødegård');
  expect(text).toContain('Closing balance €125.50');
  expect(text).toContain('Compensation for a rate error');
});
