import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures';
import { screenshot } from '../support/screenshot';

const messyFile = join(import.meta.dirname, '../fixtures/import/semicolon-bom.csv');

test('import: template, messy file through mapping and dry run, skip invalid, error report, history', async ({
  app,
}) => {
  await app.getByRole('link', { name: 'Import' }).click();
  await expect(app.getByRole('heading', { name: 'Import customers' })).toBeVisible();
  await screenshot(app, 'import-1-choose-file');

  const templateDownload = app.waitForEvent('download');
  await app.getByRole('button', { name: 'Download template' }).click();
  const template = await templateDownload;
  expect(template.suggestedFilename()).toBe('kyc-desk-customers-template.csv');
  const templateText = readFileSync(await template.path(), 'utf8');
  expect(templateText.split('\r\n')[0]).toContain('firstName,lastName,email');

  await app.locator('input[type=file]').setInputFiles(messyFile);
  const mapping = app.getByRole('table', { name: 'Column mapping' });
  await expect(mapping).toBeVisible();
  await expect(app.getByText('semicolon separated')).toBeVisible();
  await expect(app.getByRole('combobox', { name: 'Field for column E-mail' })).toHaveValue('Email (required)');
  await expect(app.getByRole('combobox', { name: 'Field for column Phone 1' })).toHaveValue('Phone');
  await screenshot(app, 'import-2-mapping');

  await app.getByRole('button', { name: 'Check the file' }).click();
  // "Atlantis" is no country: left as it is, its row is invalid in the dry run.
  await expect(app.getByRole('table', { name: 'Values of Country' })).toContainText('Atlantis');
  await app.getByRole('button', { name: 'Check the file' }).click();
  await expect(app.getByRole('table', { name: 'Row errors' })).toBeVisible();
  // The wrong phone ("12") is optional: its row goes in without it, a warning with the value.
  await expect(app.getByLabel('To create')).toContainText('4');
  await expect(app.getByLabel('With warnings')).toContainText('1');
  await expect(app.getByLabel('Invalid')).toContainText('2');
  await expect(app.getByLabel('Duplicates in file')).toContainText('1');
  await expect(app.getByText('4 problems in 4 rows')).toBeVisible();
  await expect(app.getByRole('row', { name: /Same email as row 2/ })).toBeVisible();
  await expect(app.getByRole('row', { name: /wrongphone@example\.com Phone 1 12 Warning/ })).toBeVisible();
  await screenshot(app, 'import-3-dry-run');

  const reportDownload = app.waitForEvent('download');
  await app.getByRole('link', { name: 'Download error report' }).click();
  const report = readFileSync(await (await reportDownload).path(), 'utf8');
  expect(report).toContain('Row,Customer,Column,Value,Severity,Message');
  expect(report).toContain('5,anna.schmidt@example.com,E-mail,anna.schmidt@example.com,Error,Same email as row 2');

  await app.getByRole('button', { name: 'Continue' }).click();
  await expect(app.getByRole('radio', { name: 'Skip them and import the rest' })).toBeChecked();
  await expect(
    app.getByText('4 customers will be created and 0 updated (1 without some optional value); 3 rows skipped.'),
  ).toBeVisible();
  await expect(
    app.getByRole('radio', { name: 'Import them without the unusable optional values (listed as warnings)' }),
  ).toBeChecked();
  await screenshot(app, 'import-4-options');

  await app.getByRole('button', { name: 'Start import' }).click();
  await expect(app.getByText('Import finished')).toBeVisible();
  await expect(app.getByLabel('Created', { exact: true })).toContainText('4');
  await screenshot(app, 'import-5-summary');

  const history = app.getByRole('table', { name: 'Import history' });
  await expect(history.getByRole('row', { name: /semicolon-bom\.csv/ })).toContainText('Done');
  await history.scrollIntoViewIfNeeded();
  await screenshot(app, 'import-6-history');

  await app.getByRole('link', { name: 'Open the customer list' }).click();
  // One Anna: row 5's duplicate of her email was skipped. Counted as rows, so a list page still settling does not count twice.
  const list = app.getByRole('grid', { name: 'Customers' });
  await expect(list.getByRole('row', { name: /anna\.schmidt@example\.com/ })).toHaveCount(1);
});

test('import: a LibreOffice workbook, its customers sheet picked in the file step', async ({ app }) => {
  // Three jobs (inspect, dry run, import) on a machine shared with other work.
  test.setTimeout(180_000);
  await app.getByRole('link', { name: 'Import' }).click();
  await app
    .locator('input[type=file]')
    .setInputFiles(join(import.meta.dirname, '../fixtures/import/libreoffice-two-sheets.xlsx'));
  const sheet = app.getByRole('combobox', { name: 'Sheet to import' });
  await expect(sheet).toHaveValue('Read me');
  await sheet.click();
  await app.getByRole('option', { name: 'Customers' }).click();
  await expect(sheet).toHaveValue('Customers');
  await screenshot(app, 'import-xlsx-1-sheet');
  await app.getByRole('button', { name: 'Use this sheet' }).click();

  await expect(app.getByText('Excel workbook (.xlsx) · sheet "Customers" · 8 columns')).toBeVisible();
  await expect(app.getByRole('combobox', { name: 'Field for column Email' })).toHaveValue('Email (required)');
  await screenshot(app, 'import-xlsx-2-mapping');
  await app.getByRole('button', { name: 'Check the file' }).click();
  // The dry run and the import are jobs: waited for longer than a click.
  await expect(app.getByLabel('To create')).toContainText('3', { timeout: 60_000 });
  await app.getByRole('button', { name: 'Continue' }).click();
  await app.getByRole('button', { name: 'Start import' }).click();
  await expect(app.getByText('Import finished')).toBeVisible({ timeout: 60_000 });
  await expect(app.getByLabel('Created', { exact: true })).toContainText('3');
  await app.getByRole('link', { name: 'Open the customer list' }).click();
  await expect(app.getByText('hana.kobayashi@example.jp')).toBeVisible();
});
