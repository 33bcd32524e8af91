import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportColumnPresets, exportColumns, type ExportColumnKey } from '../../shared/exports/columns';
import type { CustomerExportInput, ExportedFile } from '../../shared/exports/contract';
import { jobProgressTopic } from '../../shared/jobs/contract';
import { openCore, type Core } from '../core';
import { downloadPath } from '../jobs/files';
import { seedDatabase } from '../seed/seed';
import { doneJob, ok } from '../test-support';
import { createCustomers, trickyCustomers } from './test-customers';
import { testVaultPassphrase } from '../test-support';

let core: Core;

beforeAll(async () => {
  core = await openCore({
    dataDir: mkdtempSync(join(tmpdir(), 'kyc-export-')),
    migrationsFolder: 'drizzle',
    vaultPassphrase: testVaultPassphrase,
  });
  await createCustomers(core, trickyCustomers);
});
afterAll(() => core.close());

async function exportCustomers(input: CustomerExportInput) {
  const job = await doneJob(core, await ok(core, 'exports.customers', input));
  return { job, file: job.result };
}

function csvRows(file: ExportedFile): string[][] {
  const text = readFileSync(downloadPath(core.dataDir, file.downloadName), 'utf8');
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

describe('exports.customers', () => {
  it('writes the chosen columns of the customers the filters select into the downloads folder', async () => {
    const { job, file } = await exportCustomers({
      format: 'csv',
      columns: ['email', 'country', 'phone'],
      filters: { country: 'GB' },
    });
    expect(job.label).toBe('Export of 1 customer to CSV');
    expect(file.downloadName).toMatch(/^customers-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.rows).toBe(1);
    expect(csvRows(file)).toEqual([
      ['Email', 'Country', 'Phone'],
      ['zoe@example.com', 'GB', '="+447911123456"'],
    ]);
  });

  it('uses the list search and sort', async () => {
    const { file } = await exportCustomers({
      format: 'csv',
      columns: ['firstName'],
      filters: { search: 'example' },
      sort: 'email',
      direction: 'desc',
    });
    const emails = trickyCustomers
      .map((c) => c.email)
      .sort()
      .reverse();
    const byEmail = new Map(trickyCustomers.map((c) => [c.email, c.firstName]));
    expect(
      csvRows(file)
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(
      emails.map((email) => {
        const name = byEmail.get(email) ?? '';
        return /^[=+\-@]/.test(name) ? `="${name.replaceAll('"', '""')}"` : name;
      }),
    );
  });

  it('exports every field by default, lists and postal details as the import template writes them', async () => {
    const { file } = await exportCustomers({ format: 'csv', filters: { search: 'zoe' } });
    const [header = [], row = []] = csvRows(file);
    const cell = (key: ExportColumnKey) => row[header.indexOf(exportColumns[key].label)];
    expect(cell('labels')).toBe('early adopter; vip');
    expect(cell('customFields')).toBe('segment=retail');
    expect(cell('billing.city')).toBe('Łódź');
    expect(cell('affiliateProfitShare')).toBe('12.50');
    expect(cell('address')).toBe('Flat 2\nRose Court, London');
  });

  it('heads a desk-to-desk file with the column keys', async () => {
    const { columns, headers } = exportColumnPresets.transfer;
    const { file } = await exportCustomers({ format: 'csv', columns, headers, filters: { search: 'zoe' } });
    expect(csvRows(file)[0]).toEqual(columns);
  });

  it('writes nothing for a search that matches nobody, but still a header', async () => {
    const { file } = await exportCustomers({
      format: 'csv',
      columns: ['email'],
      filters: { search: 'nobody-like-this' },
    });
    expect(csvRows(file)).toEqual([['Email']]);
  });

  it('rejects an unknown column with a field message', async () => {
    const result = await core.router.call('exports.customers', { format: 'csv', columns: ['password'] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('VALIDATION');
  });

  it('renders the summary report as a PDF', async () => {
    const { file } = await exportCustomers({ format: 'pdf' });
    expect(file.downloadName).toMatch(/^customer-summary-\d{4}-\d{2}-\d{2}(-\d+)?\.pdf$/);
    expect(readFileSync(downloadPath(core.dataDir, file.downloadName)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('stops when cancelled and leaves no partial file', async () => {
    await seedDatabase(core.storage, { chain: core.decisionChain, customers: 20_000, seed: 7 });
    const before = readdirSync(join(core.dataDir, 'downloads'));
    const { id } = await ok(core, 'exports.customers', { format: 'xlsx' });
    await new Promise<void>((resolve) => {
      const stop = core.events.on(jobProgressTopic, (info) => {
        if (info.id === id && info.done > 0) {
          stop();
          resolve();
        }
      });
    });
    core.jobs.cancel(id);
    const job = await core.jobs.wait(id);
    expect(job.state).toBe('cancelled');
    expect(readdirSync(join(core.dataDir, 'downloads'))).toEqual(before);
    expect(existsSync(join(core.dataDir, 'downloads'))).toBe(true);
  }, 120_000);
});
