import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { restoreNeutralised } from '../../src/shared/exports/formula';
import { trickyCustomers } from '../../src/main/exports/test-customers';
import { apiCall, expect, test } from '../support/fixtures';
import { e2eVaultPassphrase, type RunningHost } from '../support/web-host';
import { screenshot } from '../support/screenshot';

const locked = ['zoe@example.com', 'dmitry@example.com', 'yamada@example.com'];

/** The tricky customers, three of them locked: the filtered list the tests export. */
async function arrange(host: RunningHost): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const customer of trickyCustomers) {
    const { id } = await apiCall<{ id: number }>(host, 'customers.create', customer);
    ids.set(customer.email, id);
    if (locked.includes(customer.email)) await apiCall(host, 'customers.block', { id, reason: 'Chargeback dispute' });
  }
  return ids;
}

async function filterLocked(page: Page) {
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Locked' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('customer-count')).toHaveText('3 matches');
}

/** Opens the export dialog, picks a format, exports and saves; returns the download. */
async function exportAs(
  page: Page,
  format: 'CSV' | 'Excel (XLSX)' | 'PDF summary report',
  shot?: string,
  preset: 'KYC' | 'Desk to desk' = 'KYC',
): Promise<Download> {
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export customers' });
  await expect(dialog).toContainText('3 customers (the list’s search and filters)');
  await dialog.getByText(format, { exact: true }).click();
  if (format !== 'PDF summary report') await dialog.getByRole('button', { name: preset }).click();
  if (shot) await screenshot(page, `${shot}-dialog`);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const save = dialog.getByRole('button', { name: /^Save / });
  await expect(save).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByRole('status').first()).toHaveText('Finished');
  if (shot) await screenshot(page, `${shot}-done`);
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  return download;
}

test('export: the filtered customer list to CSV, XLSX and a PDF summary', async ({ app, host }) => {
  await arrange(host);
  await app.reload();
  await filterLocked(app);

  const csv = await exportAs(app, 'CSV', 'export-csv');
  expect(csv.suggestedFilename()).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
  const header = rows[0] ?? [];
  // Headed as the dialog names the columns.
  expect(header.slice(0, 4)).toEqual(['ID', 'First name', 'Last name', 'Email']);
  expect(header).toContain('Verified document');
  const emails = rows.slice(1).map((row) => restoreNeutralised(row[3] ?? ''));
  expect(emails.sort()).toEqual([...locked].sort());
  expect(rows.slice(1).map((row) => row[2])).toContain('O"Brien, Jr.');

  // The desk-to-desk file keeps the keys another desk's import reads.
  const xlsx = await exportAs(app, 'Excel (XLSX)', undefined, 'Desk to desk');
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const sheet = workbook.getWorksheet('Customers');
  expect(sheet?.rowCount).toBe(4);
  expect([1, 2].map((n) => sheet?.getRow(1).getCell(n).value)).toEqual(['firstName', 'lastName']);
  const names = [2, 3, 4].map((n) => String(sheet?.getRow(n).getCell(1).value));
  expect(names.sort()).toEqual(['Zoë', 'Дмитрий', '山田'].sort());

  const pdf = await exportAs(app, 'PDF summary report', 'export-pdf');
  expect(pdf.suggestedFilename()).toMatch(/^customer-summary-.*\.pdf$/);
  const report = execFileSync('pdftotext', ['-enc', 'UTF-8', await pdf.path(), '-'], { encoding: 'utf8' });
  expect(report).toContain('Customer summary');
  expect(report).toContain('Status: Locked');
  expect(report).toContain('3 (100.0 %)');
});

test('export: progress of a large export, and cancel', async ({ app, host }) => {
  // Seeding 40,000 customers (each with its audit entry and decision-log entries) and restarting the host take most of a minute on a loaded machine.
  test.setTimeout(240_000);
  await host.closedWhile(() =>
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/host/cli.ts', 'seed', '--customers', '40000', '--data', host.dataDir],
      // The CLI opens the host's vault with the host's passphrase (the decision log is keyed from it).
      { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, KYC_VAULT_PASSPHRASE: e2eVaultPassphrase } },
    ),
  );
  await app.goto(host.url);
  await expect(app.getByTestId('customer-count')).toHaveText(/40,000 customers/);
  await app.getByRole('button', { name: 'Export' }).click();
  const dialog = app.getByRole('dialog', { name: 'Export customers' });
  await dialog.getByText('Excel (XLSX)', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByText(/of 40,000 customers/)).toBeVisible({ timeout: 30_000 });
  // At 0% the bar has no width yet: present, not necessarily visible.
  await expect(dialog.getByRole('progressbar', { name: 'Progress' })).toBeAttached();
  // Cancel at once: a slow machine's screenshots would outlast the export. The cancelled job keeps its bar and count.
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).first().click();
  await expect(dialog.getByRole('status').first()).toHaveText('Cancelled', { timeout: 30_000 });
  await expect(dialog.getByText(/^[\d,]+ of 40,000 customers$/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^Save / })).toHaveCount(0);
  await screenshot(app, 'export-cancelled');
});

test('export: the KYC profile report of one customer, from the profile', async ({ app, host }) => {
  const ids = await arrange(host);
  await app.goto(`${host.url.replace(/\/\?.*$/, '')}/#/customers/${ids.get('mohammed@example.com')}`);
  await expect(app.getByRole('heading', { name: 'محمد العلي' })).toBeVisible();
  await screenshot(app, 'export-profile-report-button');
  const [download] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('button', { name: 'KYC report (PDF)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^kyc-profile-\d+-\d{4}-\d{2}-\d{2}(-\d+)?\.pdf$/);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', await download.path(), '-'], { encoding: 'utf8' });
  expect(text.replace(/[\u202A-\u202E]/g, '')).toContain('محمد العلي');
  expect(text).toContain('Verification checks');
});
