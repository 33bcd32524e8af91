import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiCall, expect, test } from '../support/fixtures';
import type { RunningHost } from '../support/web-host';
import { screenshot } from '../support/screenshot';

// Large enough that the import is still running when the poll below sees its first batch
// (batches commit every 100 ms; 8,000 rows sometimes finished before Cancel was clicked).
const total = 30_000;
const totalText = total.toLocaleString('en');

/** A file large enough to cancel part way: its import commits many batches. */
function largeFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kyc-e2e-resume-')), 'many-customers.csv');
  const rows = Array.from({ length: total }, (_, i) => `Person${i},Resumed,person${i}@example.com,DE,male,1.5`);
  writeFileSync(file, `First name,Last name,Email,Country,Gender,Affiliate profit share\n${rows.join('\n')}\n`);
  return file;
}

interface Entry {
  state: string;
  committedRows: number;
  created: number;
}

async function latestEntry(host: RunningHost): Promise<Entry | undefined> {
  const [entry] = await apiCall<Entry[]>(host, 'imports.history', {});
  return entry;
}

test('import: cancel part way, the customer list holds what was committed, resume, then undo', async ({
  app,
  host,
}) => {
  test.setTimeout(240_000);
  await app.getByRole('link', { name: 'Import' }).click();
  await app.locator('input[type=file]').setInputFiles(largeFile());
  await app.getByRole('button', { name: 'Check the file' }).click();
  await expect(app.getByLabel('To create')).toContainText(totalText, { timeout: 60_000 });
  await app.getByRole('button', { name: 'Continue' }).click();
  await app.getByRole('button', { name: 'Start import' }).click();

  // Cancel once a batch is committed: the history says so while the import runs.
  await expect
    .poll(async () => (await latestEntry(host))?.committedRows ?? 0, { timeout: 60_000, intervals: [50] })
    .toBeGreaterThan(0);
  await app.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByText('Import cancelled')).toBeVisible();
  const cancelled = (await latestEntry(host)) as Entry;
  expect(cancelled.state).toBe('cancelled');
  expect(cancelled.created).toBeLessThan(total);

  const row = app.getByRole('row', { name: /many-customers\.csv/ });
  await expect(row).toContainText('Cancelled');
  await expect(row).toContainText(`Stopped after row ${(cancelled.committedRows + 1).toLocaleString('en')}`);
  await row.scrollIntoViewIfNeeded();
  await screenshot(app, 'import-resume-1-cancelled');

  // The customer list holds exactly the committed rows.
  await app.getByRole('link', { name: 'Customers' }).click();
  await expect(app.getByText(`${cancelled.created.toLocaleString('en')} customers`)).toBeVisible();
  await app.getByRole('link', { name: 'Import' }).click();

  await row.getByRole('button', { name: 'Resume' }).click();
  await expect(app.getByText('Import finished')).toBeVisible({ timeout: 120_000 });
  await expect(row).toContainText('Done');
  await expect(row.getByRole('cell').nth(4)).toHaveText(totalText);
  await screenshot(app, 'import-resume-2-resumed');

  await row.getByRole('button', { name: 'Undo' }).click();
  const dialog = app.getByRole('dialog', { name: 'Undo the import of many-customers.csv?' });
  await expect(dialog).toContainText(`remove the ${totalText} customers it created`);
  await expect(dialog).toContainText('restore the 0 customers it updated');
  await screenshot(app, 'import-resume-3-undo-light');
  await app.emulateMedia({ colorScheme: 'dark' });
  await screenshot(app, 'import-resume-3-undo-dark');
  await app.emulateMedia({ colorScheme: 'light' });
  await dialog.getByRole('button', { name: 'Undo import' }).click();
  await expect(app.getByText('Import undone')).toBeVisible({ timeout: 120_000 });
  await expect(app.getByText(`${totalText} customers removed, 0 customers restored.`)).toBeVisible();
  await expect(row).toContainText('Undone');
  await expect(row.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await screenshot(app, 'import-resume-4-undone');
  await app.emulateMedia({ colorScheme: 'dark' });
  await screenshot(app, 'import-resume-4-undone-dark');
  expect((await apiCall<{ total: number }>(host, 'customers.count', {})).total).toBe(0);
});
