import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../shared/exports/contract';
import { exportColumnPresets, exportColumns, type ExportColumnKey } from '../../shared/exports/columns';
import { restoreNeutralised } from '../../shared/exports/formula';
import { openCore, type Core } from '../core';
import { downloadPath } from '../jobs/files';
import { chosenFile, doneJob, ok, testVaultPassphrase } from '../test-support';
import { createCustomers, editableCustomersOf, trickyCustomers } from './test-customers';

/** CI installs Debian's libreoffice-calc-nogui; without it these tests say so and skip. */
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const title = hasSoffice
  ? 'LibreOffice opens exported CSV and XLSX'
  : 'LibreOffice opens exported CSV and XLSX (SKIPPED: soffice not found; apt-get install libreoffice-calc-nogui)';

const columns: ExportColumnKey[] = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'address',
  'affiliateProfitShare',
  'birthDate',
  'newsletter',
  'documentNumber',
  'billing.postalCode',
  'shipping.postalCode',
];
const textColumns = columns.filter((key) => exportColumns[key].type === 'text');
const labels = columns.map((key) => exportColumns[key].label);
/** LibreOffice's CSV filter options: comma, double quote, UTF-8 (76), from line 1. */
const csvFilter = '44,34,76,1';

let core: Core;
let work: string;
let conversions = 0;

beforeAll(async () => {
  if (!hasSoffice) return;
  work = mkdtempSync(join(tmpdir(), 'kyc-lo-'));
  core = await openCore({
    dataDir: join(work, 'data'),
    migrationsFolder: 'drizzle',
    vaultPassphrase: testVaultPassphrase,
  });
  await createCustomers(core, trickyCustomers);
});
afterAll(() => core?.close());

async function exported(format: ExportFormat, chosen: readonly ExportColumnKey[] = columns): Promise<string> {
  const job = await doneJob(core, await ok(core, 'exports.customers', { format, columns: [...chosen], sort: 'email' }));
  return downloadPath(core.dataDir, job.result.downloadName);
}

/** Opens a file in LibreOffice Calc (headless, its own profile) and saves the sheet as CSV, as shown; returns that file. */
function resavedByLibreOffice(file: string, inputFilter: string | null): string {
  const out = join(work, `converted-${++conversions}`);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
      '--headless',
      ...(inputFilter ? [`--infilter=${inputFilter}`] : []),
      '--convert-to',
      `csv:Text - txt - csv (StarCalc):${csvFilter}`,
      '--outdir',
      out,
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
  return join(out, basename(file).replace(/\.\w+$/, '.csv'));
}

function csvRows(file: string): string[][] {
  return Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true }).data;
}

function throughLibreOffice(file: string, inputFilter: string | null): string[][] {
  return csvRows(resavedByLibreOffice(file, inputFilter));
}

/** The text columns as our importer reads the original export: what LibreOffice must show. */
function asImporterReads(file: string): string[][] {
  const rows = csvRows(file);
  const header = rows[0] ?? [];
  return rows
    .slice(1)
    .map((row) => textColumns.map((key) => restoreNeutralised(row[header.indexOf(exportColumns[key].label)] ?? '')));
}

function textCells(rows: string[][]): string[][] {
  const header = rows[0] ?? [];
  return rows.slice(1).map((row) => textColumns.map((key) => row[header.indexOf(exportColumns[key].label)] ?? ''));
}

/** Imports a file into a new, empty desk and returns its customers. */
async function importedIntoNewDesk(file: string): Promise<Awaited<ReturnType<typeof editableCustomersOf>>> {
  const target = await openCore({
    dataDir: join(work, `desk-${++conversions}`),
    migrationsFolder: 'drizzle',
    vaultPassphrase: testVaultPassphrase,
  });
  try {
    const source = chosenFile(target, file);
    const { mapping } = await ok(target, 'imports.inspect', { source });
    const imported = await doneJob(target, await ok(target, 'imports.start', { source, mapping }));
    expect(imported.result.errors.slice(0, 5)).toEqual([]);
    return await editableCustomersOf(target);
  } finally {
    await target.close();
  }
}

/** The customers' values in export order (by email), as text. */
const expected = [...trickyCustomers]
  .sort((a, b) => a.email.localeCompare(b.email))
  .map((c) => ({ firstName: c.firstName, lastName: c.lastName ?? '', phone: c.phone ?? '', address: c.address ?? '' }));

describe.skipIf(!hasSoffice)(title, () => {
  it('CSV: accents, quotes, commas, line breaks, leading zeros, long digits and + phones shown as written; formulas stay text', async () => {
    const file = await exported('csv');
    const rows = throughLibreOffice(file, `CSV:${csvFilter}`);
    expect(rows[0]).toEqual(labels);
    const shown = textCells(rows);
    // Every text cell as typed, with no apostrophe or ="" in sight.
    expect(shown).toEqual(asImporterReads(file));
    expect(shown.map((row) => row[0])).toEqual(expected.map((c) => c.firstName));
    const zoe = rows.slice(1).find((row) => row[0] === 'Zoë');
    // CSV has no number formats: LibreOffice reads 12.50 as the number 12.5.
    expect(zoe).toEqual([
      'Zoë',
      'O"Brien, Jr.',
      'zoe@example.com',
      '+447911123456',
      'Flat 2\nRose Court, London',
      '12.5',
      '1988-05-24',
      'FALSE',
      '0012345678901234567',
      '90-001',
      '',
    ]);
    // The formula was not run: LibreOffice shows its text, not "click".
    expect(shown.some((row) => row[0] === '=HYPERLINK("http://evil.example","click")')).toBe(true);
    expect(rows.find((row) => row[2] === 'minus@example.com')?.slice(0, 2)).toEqual(['-Minus', '@At']);
    expect(rows.find((row) => row[2] === 'formula@example.com')?.at(-1)).toBe('01067');
    expect(rows.find((row) => row[2] === 'dmitry@example.com')?.[8]).toBe('4510123456789012');
    expect(rows.map((row) => row[1])).toContain('Παπαδόπουλος');
  });

  it('XLSX: every value as typed, text never evaluated as a formula', async () => {
    const rows = throughLibreOffice(await exported('xlsx'), null);
    expect(rows[0]).toEqual(labels);
    const body = rows.slice(1);
    expect(textCells(rows)).toEqual(asImporterReads(await exported('csv')));
    expect(body.map((row) => [row[0], row[1], row[4]])).toEqual(
      expected.map((c) => [c.firstName, c.lastName, c.address]),
    );
    const zoe = body.find((row) => row[0] === 'Zoë');
    expect(zoe?.slice(5)).toEqual(['12.50', '1988-05-24', 'FALSE', '0012345678901234567', '90-001', '']);
  });

  it.each([
    ['CSV', 'csv', `CSV:${csvFilter}`],
    ['XLSX', 'xlsx', null],
  ] as const)('%s re-saved by LibreOffice imports back unchanged', async (_name, format, inputFilter) => {
    const resaved = resavedByLibreOffice(await exported(format, exportColumnPresets.transfer.columns), inputFilter);
    expect(readFileSync(resaved, 'utf8')).not.toMatch(/'[+=\-@]|="/);
    const before = await editableCustomersOf(core);
    const after = await importedIntoNewDesk(resaved);
    expect(after.size).toBe(before.size);
    for (const [email, data] of before) expect(after.get(email), email).toEqual(data);
  });
});
