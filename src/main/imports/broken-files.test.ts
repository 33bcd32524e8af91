import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from '../spreadsheets/exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportOptions } from '../../shared/imports/contract';
import { openCore, type Core } from '../core';
import { chosenFile } from '../test-support';
import { readRecords } from './source';

const fixtures = join(import.meta.dirname, '../../../tests/fixtures/import');
const scratch = () => mkdtempSync(join(tmpdir(), 'kyc-broken-'));
let core: Core;

beforeEach(async () => {
  core = await openCore({ dataDir: scratch(), migrationsFolder: 'drizzle' });
});
afterEach(() => core.close());

async function call<T>(op: string, input: unknown): Promise<T> {
  const result = await core.router.call(op, input);
  if (!result.ok) throw new Error(`${op}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** The error of an operation that must fail. */
async function refusal(op: string, input: unknown) {
  const result = await core.router.call(op, input);
  if (result.ok) throw new Error(`${op} was accepted`);
  return result.error;
}

/** A mapping for the fixtures' columns, as a preset or the CLI would give it without inspecting. */
const mapping: ImportOptions['mapping'] = {
  columns: { firstName: 'First name', lastName: 'Last name', email: 'Email', country: 'Country' },
  constants: { gender: 'female', affiliateProfitShare: '0' },
  values: {},
};
/** The suggested mapping, with one value for the required columns the spreadsheets lack. */
const completed = (suggested: ImportOptions['mapping']) => ({ ...suggested, constants: mapping.constants });

/** Nothing was written: no customer, no history entry. */
async function expectNothingWritten() {
  expect((await call<{ total: number }>('customers.count', {})).total).toBe(0);
  expect(await call<unknown[]>('imports.history', {})).toEqual([]);
}

describe('files refused whole, saying what is wrong and where', () => {
  const cases: [file: string, message: string][] = [
    [
      'quote-open-row7.csv',
      'Line 7: a quote opens a value there and is never closed, so the rest of the file would be read as one value',
    ],
    [
      'quote-swallows-rows.csv',
      'Line 12: text follows the closing quote of a value in column E (its opening quote is on line 7); a quote inside a quoted value is written twice ("")',
    ],
    [
      'duplicate-email-header.csv',
      'The header names "email" twice (columns C and F): rename or remove one, since the mapping picks columns by name',
    ],
    ['nameless-column.csv', 'Column C (column 3) of the header has no name: give every column a name'],
    [
      'unquoted-comma-row9.csv',
      "Row 9 (line 9) has a value in column F, beyond the header's 5 columns: a separator too many, or a quote missing",
    ],
    ['empty.csv', 'The file is empty: it has no header row and no customers'],
    ['bom-only.csv', 'The file is empty: it has no header row and no customers'],
    ['header-only.csv', 'The file has a header row but no customers'],
    ['screenshot.csv', 'This file is image/png (a .png file), not a CSV file or a spreadsheet'],
    ['customers.zip', 'This file is a zip archive: unpack it and import the CSV or spreadsheet inside'],
    ['unicode-text.txt', 'This file is UTF-16 text ("Unicode Text" in Excel): save it as CSV UTF-8 and import that'],
  ];

  it.each(cases)('%s', async (file, message) => {
    const source = chosenFile(core, join(fixtures, file));
    expect(await refusal('imports.inspect', { source })).toMatchObject({ code: 'VALIDATION', message });
    // The CLI and a saved preset go straight to the import: refused the same way.
    for (const op of ['imports.check', 'imports.start']) {
      expect(await refusal(op, { source, mapping, onInvalid: 'skip' })).toMatchObject({ message });
    }
    await expectNothingWritten();
  });
});

/** A CSV of `rows` valid customers, about 60 bytes each, with CRLF line ends. */
function bigFile(rows: number, broken: { atRow: number; line: string }) {
  const path = join(scratch(), 'big.csv');
  writeFileSync(path, 'First name,Last name,Email,Country\r\n');
  const lines: string[] = [];
  for (let row = 2; row <= rows + 1; row++) {
    lines.push(row === broken.atRow ? broken.line : `Person,Number ${row},person${row}@example.com,Germany`);
  }
  appendFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

describe('problems past the start of the file: found before the first row is written', () => {
  it.each([
    [
      { atRow: 30_000, line: 'Late,"Quote,late@example.com,Germany' },
      // The 10,000 rows after it would be one value: the cap finds the missing quote.
      'Line 30000: the quoted value that opens there is longer than 64 KB, so its closing quote is probably missing',
    ],
    [
      { atRow: 25_000, line: 'Late,Comma,late@example.com,Germany,Berlin' },
      "Row 25000 (line 25000) has a value in column E, beyond the header's 4 columns: a separator too many, or a quote missing",
    ],
  ])('an import that skips invalid rows still writes nothing: %j', async (broken, message) => {
    const source = chosenFile(core, bigFile(40_000, broken));
    // The start of the file (1 MB) is fine: the wizard goes on to the mapping.
    const { file } = await call<{ file: { headers: string[] } }>('imports.inspect', { source });
    expect(file.headers).toEqual(['First name', 'Last name', 'Email', 'Country']);
    for (const op of ['imports.check', 'imports.start'] as const) {
      const job = await core.jobs.wait(await call<{ id: string; kind: 'import.run' }>(op, { source, mapping }));
      expect(job).toMatchObject({ state: 'failed', error: { code: 'VALIDATION', message } });
    }
    await expectNothingWritten();
  });

  it('a 50 MB file of one line is refused with a clear error, in little memory', async () => {
    const path = join(scratch(), 'one-line.csv');
    writeFileSync(path, `First name,Last name,Email,Country,Notes ${'x'.repeat(50 * 1024 * 1024)}`);
    const source = chosenFile(core, path);
    const message = 'Line 1: the value in column E is longer than 64 KB, the most a cell may hold';
    expect(await refusal('imports.inspect', { source })).toMatchObject({ message });
    // Read as the dry run and the import read it: refused at the cap, not after parsing the line.
    const before = process.memoryUsage().rss;
    const facts = {
      format: 'csv' as const,
      sheet: null,
      headers: ['Notes'],
      encoding: 'utf-8' as const,
      delimiter: ',',
      size: 0,
    };
    await expect(readRecords(path, facts, () => undefined)).rejects.toThrow(message);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    await expectNothingWritten();
  });
});

describe('spreadsheets through the same path: inspect, check, start', () => {
  interface Inspected {
    file: { format: string; sheets: string[]; sheet: string | null; headers: string[]; sample: string[][] };
    mapping: ImportOptions['mapping'];
  }

  it.each(['libreoffice-customers.xlsx', 'libreoffice-customers.ods'])('%s saved by LibreOffice', async (name) => {
    const source = chosenFile(core, join(fixtures, name));
    const inspected = await call<Inspected>('imports.inspect', { source });
    const { file } = inspected;
    const mapping = completed(inspected.mapping);
    expect(file).toMatchObject({
      format: name.slice(-4).replace('.', ''),
      sheets: ['customers-sheet'],
      sheet: 'customers-sheet',
      headers: ['First name', 'Last name', 'E-mail', 'Country', 'Date of birth', 'Phone'],
    });
    // A date cell reads as the date it shows, a phone as its text.
    expect(file.sample[0]).toEqual([
      'Anna',
      'Schmidt',
      'sheet0@example.com',
      'Germany',
      '1990-01-10',
      '+44 20 7946 0910',
    ]);
    const check = await core.jobs.wait(
      await call<{ id: string; kind: 'import.check' }>('imports.check', { source, mapping }),
    );
    expect(check).toMatchObject({ state: 'done', result: { rows: 6 } });
    const run = await core.jobs.wait(
      await call<{ id: string; kind: 'import.run' }>('imports.start', { source, mapping }),
    );
    expect(run).toMatchObject({ state: 'done', result: { rows: 6, toCreate: 6 } });
    const { items } = await call<{ items: { email: string; firstName: string }[] }>('customers.list', {
      sort: 'email',
    });
    expect(items.map((c) => `${c.firstName} ${c.email}`)).toContain('José sheet3@example.com');
  });

  it.each(['libreoffice-two-sheets.xlsx', 'libreoffice-two-sheets.ods'])(
    '%s: the sheet the user picks',
    async (name) => {
      const path = join(fixtures, name);
      const first = await call<Inspected>('imports.inspect', { source: chosenFile(core, path) });
      expect(first.file).toMatchObject({ sheets: ['Read me', 'Customers'], sheet: 'Read me' });
      const source = { ...chosenFile(core, path), sheet: 'Customers' };
      const inspected = await call<Inspected>('imports.inspect', { source });
      const { file } = inspected;
      const mapping = completed(inspected.mapping);
      expect(file.sample).toEqual([
        ['Hana', 'Kobayashi', 'hana.kobayashi@example.jp', 'Japan', '1985-07-14', '1500001', 'female', '0'],
        ['Liam', "O'Brien", 'liam.obrien@example.ie', 'Ireland', '1979-01-02', 'D02 X285', 'male', '2.5'],
        ['Zoë', 'Lefèvre', 'zoe.lefevre@example.be', 'Belgium', '1992-12-31', '1000', 'F', '0'],
      ]);
      const run = await core.jobs.wait(
        await call<{ id: string; kind: 'import.run' }>('imports.start', { source, mapping }),
      );
      expect(run).toMatchObject({ state: 'done', result: { toCreate: 3 } });
      const missing = { ...source, sheet: 'Clients' };
      expect(await refusal('imports.inspect', { source: missing })).toMatchObject({
        message: 'The workbook has no sheet "Clients"; its sheets are "Read me", "Customers"',
      });
    },
  );

  it('without a choice, the first sheet that can be imported: an empty first sheet is passed over', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    const sheet = workbook.addWorksheet('Export 2026-12-01');
    sheet.addRow(['First name', 'Last name', 'Email', 'Country']);
    sheet.addRow(['Ana', 'Lima', 'ana.lima@example.br', 'Brazil']);
    const path = join(scratch(), 'export.xlsx');
    await workbook.xlsx.writeFile(path);
    const { file } = await call<Inspected>('imports.inspect', { source: chosenFile(core, path) });
    expect(file).toMatchObject({ sheets: ['Sheet1', 'Export 2026-12-01'], sheet: 'Export 2026-12-01' });
    const empty = { ...chosenFile(core, path), sheet: 'Sheet1' };
    expect(await refusal('imports.inspect', { source: empty })).toMatchObject({
      message: 'The sheet "Sheet1" is empty: it has no header row and no customers',
    });
  });
});
