import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../shared/exports/contract';
import type { ExportColumnKey } from '../../shared/exports/columns';
import { openCore, type Core } from '../core';
import { downloadPath } from '../jobs/files';
import { doneJob, ok } from '../test-support';
import { createCustomers, trickyCustomers } from './test-customers';
import { testVaultPassphrase } from '../test-support';

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
];
/** LibreOffice's CSV filter options: comma, double quote, UTF-8 (76), from line 1. */
const csvFilter = '44,34,76,1';

let core: Core;
let work: string;

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

async function exported(format: ExportFormat): Promise<string> {
  const job = await doneJob(core, await ok(core, 'exports.customers', { format, columns, sort: 'email' }));
  return downloadPath(core.dataDir, job.result.downloadName);
}

/** Opens a file in LibreOffice Calc (headless, its own profile) and saves the sheet as CSV, as shown. */
function throughLibreOffice(file: string, inputFilter: string | null): string[][] {
  const out = join(work, 'converted');
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
  const csv = readFileSync(join(out, basename(file).replace(/\.\w+$/, '.csv')), 'utf8');
  return Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
}

/** The customers' values in export order (by email), as text. */
const expected = [...trickyCustomers]
  .sort((a, b) => a.email.localeCompare(b.email))
  .map((c) => ({ firstName: c.firstName, lastName: c.lastName ?? '', phone: c.phone ?? '', address: c.address ?? '' }));

describe.skipIf(!hasSoffice)(title, () => {
  it('CSV: accents, quotes, commas and line breaks intact; formulas stay text', async () => {
    const rows = throughLibreOffice(await exported('csv'), `CSV:${csvFilter}`);
    expect(rows[0]).toEqual(columns);
    const body = rows.slice(1);
    expect(body.map((row) => row[0])).toEqual(
      expected.map((c) => (/^[=+\-@]/.test(c.firstName) ? `'${c.firstName}` : c.firstName)),
    );
    const zoe = body.find((row) => row[0] === 'Zoë');
    // CSV has no number formats: LibreOffice reads 12.50 as the number 12.5.
    expect(zoe).toEqual([
      'Zoë',
      'O"Brien, Jr.',
      'zoe@example.com',
      "'+447911123456",
      'Flat 2\nRose Court, London',
      '12.5',
      '1988-05-24',
      'FALSE',
    ]);
    // The formula was not run: LibreOffice shows its text (with the guard), not "click".
    expect(body.some((row) => row[0] === `'=HYPERLINK("http://evil.example","click")`)).toBe(true);
    expect(body.find((row) => row[2] === 'minus@example.com')?.slice(0, 2)).toEqual(["'-Minus", "'@At"]);
    expect(body.map((row) => row[1])).toContain('Παπαδόπουλος');
  });

  it('XLSX: every value as typed, text never evaluated as a formula', async () => {
    const rows = throughLibreOffice(await exported('xlsx'), null);
    expect(rows[0]).toEqual(columns);
    const body = rows.slice(1);
    expect(body.map((row) => [row[0], row[1], row[3], row[4]])).toEqual(
      expected.map((c) => [c.firstName, c.lastName, c.phone ? '+447911123456' : '', c.address]),
    );
    const zoe = body.find((row) => row[0] === 'Zoë');
    expect(zoe?.slice(5)).toEqual(['12.50', '1988-05-24', 'FALSE']);
  });
});
