import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from '../spreadsheets/exceljs';
import { describe, expect, it } from 'vitest';
import type { CellValue } from './rows';
import { writeXlsx } from './xlsx';

describe('XLSX writer', () => {
  it('writes typed cells under a bold, frozen, filtered header of column labels', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kyc-xlsx-')), 'customers.xlsx');
    async function* rows(): AsyncGenerator<CellValue[]> {
      yield [1, 'Zoë', 12.5, true, '1988-05-24', '2026-01-02T03:04:05.000Z', '=1+1'];
      yield [2, '山田', 0, false, null, '2026-01-03T00:00:00.000Z', '+447911123456'];
    }
    const columns = [
      'id',
      'firstName',
      'affiliateProfitShare',
      'newsletter',
      'birthDate',
      'createdAt',
      'lastName',
    ] as const;
    const result = await writeXlsx(rows(), columns, 'labels', createWriteStream(file));
    expect(result.rows).toBe(2);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Customers');
    if (!sheet) throw new Error('no Customers sheet');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'ID',
      'First name',
      'Affiliate profit share',
      'Newsletter',
      'Birth date',
      'Created',
      'Last name',
    ]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();

    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(2).value).toBe('Zoë');
    expect(first.getCell(3).value).toBe(12.5);
    expect(first.getCell(3).numFmt).toBe('0.00');
    expect(first.getCell(4).value).toBe(true);
    expect(first.getCell(5).value).toEqual(new Date('1988-05-24T00:00:00Z'));
    expect(first.getCell(5).numFmt).toBe('yyyy-mm-dd');
    expect(first.getCell(6).value).toEqual(new Date('2026-01-02T03:04:05Z'));
    // Text stays text: a cell that looks like a formula is a plain string, never evaluated.
    expect(first.getCell(7).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(7).value).toBe('=1+1');
    expect(sheet.getRow(3).getCell(7).value).toBe('+447911123456');
    // Text a spreadsheet would read as a number carries the Text format as well; plain text needs none.
    expect(sheet.getRow(3).getCell(7).numFmt).toBe('@');
    expect(first.getCell(2).numFmt).toBeUndefined();
    expect(sheet.getRow(3).getCell(5).value).toBeNull();
  });

  it('continues on a new sheet, with its own header, when one is full', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kyc-xlsx-')), 'many.xlsx');
    function* rows(): Generator<CellValue[]> {
      for (let i = 1; i <= 5; i++) yield [i];
    }
    await writeXlsx(rows(), ['id'], 'keys', createWriteStream(file), 2);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Customers', 'Customers 2', 'Customers 3']);
    expect(
      workbook.worksheets.map((sheet) =>
        sheet
          .getSheetValues()
          .slice(1)
          .map((row) => (row as unknown[])[1]),
      ),
    ).toEqual([
      ['id', 1, 2],
      ['id', 3, 4],
      ['id', 5],
    ]);
  });
});
