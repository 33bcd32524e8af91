import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { apiCall, expect, test } from '../support/fixtures';
import { screenshot } from '../support/screenshot';

/** Opens the import wizard on `file`, keeps the suggested columns and checks the file (the Values step follows). */
async function checkInWizard(app: Page, file: string) {
  await app.getByRole('link', { name: 'Import' }).click();
  await app.locator('input[type=file]').setInputFiles(file);
  await expect(app.getByRole('table', { name: 'Column mapping' })).toBeVisible();
  await app.getByRole('button', { name: 'Check the file' }).click();
}

/** A CRM export: "Congo" for two countries, "Herr"/"Mr." genders, "Subscribed" for yes, a mobile "n/a". */
const crmFile = join(import.meta.dirname, '../fixtures/import/crm-unresolved-values.csv');

test('import: values that do not resolve are mapped once each in the wizard, kept in the preset, and imported with a warning in the report', async ({
  app,
  host,
}) => {
  // Some thirty picks in dropdowns: on two shared cores that takes longer than the default minute.
  test.setTimeout(180_000);
  await checkInWizard(app, crmFile);

  const countries = app.getByRole('table', { name: 'Values of Country/Region' });
  await expect(countries).toBeVisible();
  await expect(countries.getByRole('row', { name: /^Congo 2 rows/ })).toContainText('Could be');
  await expect(countries).not.toContainText('Viet Nam');
  await expect(countries).not.toContainText('Korea');

  // An ambiguous name: one of the countries it fits, by keyboard.
  const congo = countries.getByRole('row', { name: /^Congo 2 rows/ });
  await congo.getByRole('button', { name: 'Democratic Republic of the Congo' }).focus();
  await app.keyboard.press('Enter');
  await expect(congo.getByRole('combobox', { name: 'Country for “Congo”', exact: true })).toHaveValue(
    'Democratic Republic of the Congo',
  );
  // A local name the package lacks: searched and picked in the Select, by keyboard.
  const georgia = app.getByRole('combobox', { name: 'Country for “Sakartvelo”', exact: true });
  await georgia.focus();
  await georgia.fill('Georgia');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(georgia).toHaveValue('Georgia');
  await app.getByRole('combobox', { name: 'Country for “CONGO”', exact: true }).fill('Congo');
  await app.getByRole('option', { name: /^Republic of the Congo/ }).click();

  for (const [value, label] of [
    ['Mr.', 'Male'],
    ['Ms', 'Female'],
    ['Herr', 'Male'],
    ['Frau', 'Female'],
    ['Mx.', 'Other'],
  ] as const) {
    await app.getByRole('combobox', { name: `Gender for “${value}”`, exact: true }).click();
    await app.getByRole('option', { name: label, exact: true }).click();
  }
  for (const [value, label] of [
    ['Subscribed', 'Yes'],
    ['Unsubscribed', 'No'],
  ] as const) {
    await app.getByRole('combobox', { name: `Newsletter for “${value}”`, exact: true }).click();
    await app.getByRole('option', { name: label, exact: true }).click();
  }
  await screenshot(app, 'import-values');

  await app.getByRole('button', { name: 'Save mapping…' }).click();
  await app.getByRole('textbox', { name: 'Name' }).fill('CRM export');
  await expect(app.getByRole('dialog')).toContainText('10 values mapped');
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(app.getByText('Mapping "CRM export" saved')).toBeVisible();

  await app.getByRole('button', { name: 'Check the file' }).click();
  // "Planet Earth" stays unmapped: its row alone is invalid.
  await expect(app.getByLabel('To create')).toContainText('13');
  await expect(app.getByLabel('Invalid')).toContainText('1');
  // Jonas's mobile "n/a" is optional: his row goes in without it, with a warning.
  await expect(app.getByLabel('With warnings')).toContainText('1');
  await expect(app.getByRole('row', { name: /jonas\.weber@example\.de Mobile n\/a Warning/ })).toBeVisible();
  await expect(app.getByText('2 problems in 2 rows')).toBeVisible();
  const reportDownload = app.waitForEvent('download');
  await app.getByRole('link', { name: 'Download error report' }).click();
  const report = readFileSync(await (await reportDownload).path(), 'utf8');
  expect(report).toContain('Row,Customer,Column,Value,Severity,Message');
  expect(report).toMatch(/^13,jonas\.weber@example\.de,Mobile,n\/a,Warning,"?""n\/a"" is not a phone number for Germany/m);
  expect(report).toMatch(/^15,sam\.taylor@example\.com,Country\/Region,Planet Earth,Error,/m);
  await app.getByRole('button', { name: 'Continue' }).click();
  await app.getByRole('button', { name: 'Start import' }).click();
  // The import's worker threads start slowly on a loaded machine.
  await expect(app.getByText('Import finished')).toBeVisible({ timeout: 60_000 });
  await expect(app.getByLabel('Created', { exact: true })).toContainText('13');

  const presets = await apiCall<{ name: string; mapping: { values: Record<string, Record<string, string>> } }[]>(
    host,
    'imports.presets.list',
    {},
  );
  expect(presets[0]?.mapping.values.country).toEqual({ Congo: 'CD', CONGO: 'CG', Sakartvelo: 'GE' });

  await app.getByRole('link', { name: 'Open the customer list' }).click();
  await app.getByRole('textbox', { name: 'Search customers' }).fill('jean.mabiala');
  await expect(app.getByRole('row', { name: /Jean Mabiala/ })).toContainText('Democratic Republic of the Congo');
});

/** Another desk's "Desk to desk" export: statuses with reasons, verified documents, that desk's monitor ids. */
const deskFile = join(import.meta.dirname, '../fixtures/import/desk-transfer.csv');

test('import: a desk-to-desk file keeps its statuses, sends its verified documents to review and maps its monitors', async ({
  app,
}) => {
  test.setTimeout(120_000);
  await checkInWizard(app, deskFile);

  const monitors = app.getByRole('table', { name: 'Values of exchangeMonitorId' });
  await expect(monitors.getByRole('row', { name: /^42 2 rows/ })).toBeVisible();
  await monitors.getByRole('combobox', { name: 'Exchange monitor ID for “42”', exact: true }).click();
  await app.getByRole('option', { name: 'No monitor (import without it)' }).click();
  await app.getByRole('button', { name: 'Check the file' }).click();

  await expect(app.getByLabel('To create')).toContainText('4');
  await expect(app.getByLabel('Invalid')).toContainText('0');
  await expect(app.getByText('5 verification checks come in for review')).toBeVisible();
  await screenshot(app, 'import-desk-transfer');

  await app.getByRole('button', { name: 'Continue' }).click();
  await app.getByRole('button', { name: 'Start import' }).click();
  await expect(app.getByText('Import finished')).toBeVisible({ timeout: 60_000 });
  await expect(app.getByText('5 verification checks came in for review')).toBeVisible();

  await app.getByRole('link', { name: 'Open the customer list' }).click();
  await app.getByRole('textbox', { name: 'Search customers' }).fill('jonas.berg');
  await expect(app.getByRole('row', { name: /Jonas Berg/ })).toContainText('Locked');
});
