import { PassThrough } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExportHeaders } from '../../shared/exports/columns';
import { neutraliseForSpreadsheet, restoreNeutralised } from '../../shared/exports/formula';
import { quoteField, writeCsv } from './csv';
import type { CellValue } from './rows';

async function* rowsOf(rows: CellValue[][]): AsyncGenerator<CellValue[]> {
  for (const row of rows) yield row;
}

async function csvOf(rows: CellValue[][], columns: Parameters<typeof writeCsv>[1], headers: ExportHeaders = 'labels') {
  const out = new PassThrough();
  const body = buffer(out);
  const result = await writeCsv(rowsOf(rows), columns, headers, out);
  return { csv: (await body).toString('utf8'), result };
}

describe('CSV writer', () => {
  it('quotes fields with quotes, commas and line breaks (RFC 4180)', () => {
    expect(quoteField('plain')).toBe('plain');
    expect(quoteField('O"Brien, Jr.')).toBe('"O""Brien, Jr."');
    expect(quoteField('line\nbreak')).toBe('"line\nbreak"');
  });

  it('writes text a spreadsheet would run or convert as a text formula, and the importer undoes it', () => {
    const changed = [
      '=1+1',
      '+447911123456',
      '+44 7911 123456',
      '-Minus',
      '@SUM(A1)',
      '\tTab',
      '01234',
      '007',
      '90-001',
      '100-0001',
      '123456789012',
      '0012345678901234567',
      '12.50',
      '1/2',
      '12:30',
      '1e5',
      '50%',
      'true',
      'FALSE',
      '="already"',
    ];
    for (const value of changed) {
      const written = neutraliseForSpreadsheet(value);
      expect(written, value).toBe(`="${value.replaceAll('"', '""')}"`);
      expect(restoreNeutralised(written)).toBe(value);
    }
    for (const value of ["Zoë's", '12', '12345678901', '0', 'SW1Y 4JH', '1 Main Street', 'AB 123-456', 'e']) {
      expect(neutraliseForSpreadsheet(value), value).toBe(value);
      expect(restoreNeutralised(value)).toBe(value);
    }
    // Too long for a text constant, or on several lines: the apostrophe guard.
    for (const value of [`=${'x'.repeat(300)}`, '\rCR', '=a\nb']) {
      expect(neutraliseForSpreadsheet(value)).toBe(`'${value}`);
      expect(restoreNeutralised(neutraliseForSpreadsheet(value))).toBe(value);
    }
    expect(restoreNeutralised("'quoted")).toBe("'quoted");
    expect(restoreNeutralised('="a"b"')).toBe('="a"b"');
  });

  it('writes a BOM, the column labels as header, CRLF lines and typed values', async () => {
    const { csv, result } = await csvOf(
      [
        [1, 'Zoë', 'O"Brien, Jr.', 12.5, true, '1988-05-24', 'Flat 2\nRose Court'],
        [2, '=1+1', null, 0, false, null, '+447911123456'],
      ],
      ['id', 'firstName', 'lastName', 'affiliateProfitShare', 'newsletter', 'birthDate', 'address'],
    );
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFID,First name,Last name,Affiliate profit share,Newsletter,Birth date,Address',
    );
    expect(csv).toContain('1,Zoë,"O""Brien, Jr.",12.50,true,1988-05-24,"Flat 2\nRose Court"\r\n');
    expect(csv).toContain('2,"=""=1+1""",,0.00,false,,"=""+447911123456"""\r\n');
    expect(result).toEqual({ rows: 2, bytes: Buffer.byteLength(csv) });
  });

  it('heads the columns with their keys for another desk', async () => {
    const { csv } = await csvOf([[1, 'Anna', 'Berlin']], ['id', 'firstName', 'billing.city'], 'keys');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFid,firstName,billing.city');
  });

  it('never prefixes numbers, so negative numbers stay numbers', async () => {
    const { csv } = await csvOf([[-5, -5]], ['discount', 'id']);
    expect(csv.split('\r\n')[1]).toBe('-5,-5');
  });

  it('reads back to the same values with a CSV parser', async () => {
    const values = ['Zoë', 'O"Brien, Jr.', 'a\r\nb', '=cmd|"/C calc"!A0', '@x', ' spaced ', '山田'];
    const { csv } = await csvOf(
      values.map((v, i) => [i, v]),
      ['id', 'firstName'],
    );
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.data.slice(1).map((row) => restoreNeutralised(row[1] ?? ''))).toEqual(values);
  });

  it('writes a large export in chunks and counts every byte', async () => {
    const out = new PassThrough();
    let bytes = 0;
    out.on('data', (chunk: Buffer) => (bytes += chunk.length));
    function* many() {
      for (let i = 0; i < 50_000; i++) yield [i, `Name ${i}`] as CellValue[];
    }
    const result = await writeCsv(many(), ['id', 'firstName'], 'labels', out);
    expect(result.rows).toBe(50_000);
    expect(result.bytes).toBe(bytes);
  });
});
