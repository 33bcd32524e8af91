import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiCall, expect, test } from '../support/fixtures';
import { screenshot } from '../support/screenshot';

const exchangesFile = join(import.meta.dirname, '../fixtures/import/activity/exchanges-german-excel.csv');

test('activity import and export: an exchanges CSV from a German Excel through the dry run, then for real; the exchange list and a customer’s exchanges exported', async ({
  app,
  host,
}) => {
  test.setTimeout(180_000);
  const customer = { gender: 'female', country: 'GB', affiliateProfitShare: '0' };
  await apiCall(host, 'customers.create', {
    ...customer,
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.com',
  });
  const grace = await apiCall<{ id: number }>(host, 'customers.create', {
    ...customer,
    firstName: 'Grace',
    lastName: 'Hopper',
    email: 'grace@example.com',
    referenceId: 'CUS-2002',
  });

  await app.getByRole('link', { name: 'Import' }).click();
  // "The file holds": Customers, Exchanges or Ledger entries.
  await app.locator('label', { hasText: /^Exchanges$/ }).click();
  await expect(app.getByRole('radio', { name: 'Exchanges', exact: true })).toBeChecked();
  await app.locator('input[type=file]').setInputFiles(exchangesFile);
  const mapping = app.getByRole('table', { name: 'Column mapping' });
  await expect(mapping).toBeVisible();
  await expect(app.getByText('semicolon separated')).toBeVisible();
  await expect(app.getByRole('combobox', { name: 'Field for column Order ID' })).toHaveValue('Reference (required)');
  await expect(app.getByRole('combobox', { name: 'Field for column Amount sent' })).toHaveValue(
    'Sent amount (required)',
  );
  await screenshot(app, 'activity-import-1-mapping');

  await app.getByRole('button', { name: 'Check the file' }).click();
  // The German status word is mapped by the person, like any value the desk cannot read alone.
  await app.getByRole('combobox', { name: 'Status for “Abgeschlossen”', exact: true }).click();
  await app.getByRole('option', { name: 'Completed', exact: true }).click();
  await app.getByRole('button', { name: 'Check the file' }).click();
  await expect(app.getByRole('table', { name: 'Row errors' })).toBeVisible();
  // EX-STORED is new on this desk: three rows go in.
  await expect(app.getByLabel('To create')).toContainText('3');
  await expect(app.getByLabel('Invalid')).toContainText('4');
  await expect(app.getByLabel('Duplicates in file')).toContainText('1');
  await expect(
    app.getByRole('row', { name: /nobody@example\.com Email nobody@example\.com Error No customer has this email/ }),
  ).toBeVisible();
  await expect(app.getByRole('row', { name: /BTC has at most 8 decimals/ })).toBeVisible();
  await screenshot(app, 'activity-import-2-dry-run');
  const reportDownload = app.waitForEvent('download');
  await app.getByRole('link', { name: 'Download error report' }).click();
  const report = readFileSync(await (await reportDownload).path(), 'utf8');
  expect(report).toContain('4,ada@example.com,Send currency,EURO,Error,"""EURO"" is not a currency this desk knows"');

  await app.getByRole('button', { name: 'Continue' }).click();
  // Exchanges are only added: no update mode to choose.
  await expect(app.getByRole('radio', { name: /update existing/ })).toHaveCount(0);
  await app.getByRole('button', { name: 'Start import' }).click();
  await expect(app.getByText('Import finished')).toBeVisible();
  await expect(app.getByText('3 exchanges added.')).toBeVisible();
  await screenshot(app, 'activity-import-3-summary');
  await expect(
    app.getByRole('table', { name: 'Import history' }).getByRole('row', { name: /exchanges-german-excel\.csv/ }),
  ).toContainText('Done');

  await app.getByRole('link', { name: 'Open the exchanges' }).click();
  await expect(app.getByRole('heading', { name: 'Exchanges', exact: true })).toBeVisible();
  await expect(app.getByText('EX-1001')).toBeVisible();
  await app.getByRole('button', { name: 'Export exchanges' }).click();
  const dialog = app.getByRole('dialog', { name: 'Export exchanges' });
  await expect(dialog.getByRole('radio', { name: 'CSV' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const exportDownload = app.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Save exchanges-/ }).click();
  const exported = readFileSync(await (await exportDownload).path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  await screenshot(app, 'activity-export-dialog');
  expect(exported).toHaveLength(4);
  expect(exported[0]).toMatch(/^Reference,Customer email,Customer reference ID,Created at,Sent amount,Sent currency,/);
  expect(exported).toContainEqual(
    'EX-1001,ada@example.com,,2026-11-02T10:15:00.000Z,1234.50,EUR,0.01320915,BTC,0.0000107,2.50,12.35,EUR,1.08,13.33,bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh,Completed',
  );

  // The customer's Exchanges tab exports that customer's exchanges only.
  await app.goto(`${host.url}#/customers/${grace.id}?tab=exchanges`);
  await expect(app.getByText('EX-1007')).toBeVisible();
  await app.getByRole('button', { name: 'Export exchanges' }).click();
  const profileDialog = app.getByRole('dialog', { name: 'Export exchanges' });
  await expect(profileDialog).toContainText('every exchange of this customer');
  await profileDialog.getByRole('button', { name: 'Export', exact: true }).click();
  const profileDownload = app.waitForEvent('download');
  await profileDialog.getByRole('button', { name: /^Save exchanges-/ }).click();
  const profileRows = readFileSync(await (await profileDownload).path(), 'utf8')
    .trim()
    .split('\r\n');
  expect(profileRows).toHaveLength(2);
  expect(profileRows[1]).toMatch(/^EX-1007,grace@example\.com,CUS-2002,.*,1500\.0+,USDT,/);
  await screenshot(app, 'activity-export-customer-dialog');
  await profileDialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(profileDialog).toBeHidden();
  await app.getByRole('tab', { name: 'Transactions' }).click();
  await expect(app.getByRole('button', { name: 'Export transactions' })).toBeVisible();
});
