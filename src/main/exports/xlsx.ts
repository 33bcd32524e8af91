import type { Writable } from 'node:stream';
import ExcelJS, { type Excel } from '../spreadsheets/exceljs';
import type { ExportColumnKey, ExportColumnType, ExportHeaders } from '../../shared/exports/columns';
import { customerLayout, keptExactly, type SheetLayout } from './sheet-layout';
import { spreadsheetWouldChange } from '../../shared/exports/formula';
import type { CellValue } from './rows';
import { forEachRow, type AnyIterable } from './sink';

/** Number formats and widths per column type; dates are real dates, shares show 2 decimals. */
const columnStyles: Record<ExportColumnType, { numFmt?: string; width: number }> = {
  integer: { width: 10 },
  text: { width: 22 },
  decimal2: { numFmt: '0.00', width: 12 },
  // Each cell gets the format of its own digits (decimalCell).
  decimal: { width: 16 },
  boolean: { width: 10 },
  date: { numFmt: 'yyyy-mm-dd', width: 12 },
  datetime: { numFmt: 'yyyy-mm-dd hh:mm:ss', width: 20 },
  list: { width: 28 },
};
const textTypes: ReadonlySet<ExportColumnType> = new Set(['text', 'list']);
const textFormat = '@';
/** Rows written between pauses that let the zip stream drain to disk, so memory stays flat. */
const rowsPerPause = 500;

/**
 * An exact decimal as a cell: a number shown with exactly its own decimals when a double holds
 * it to the last digit (amounts people sum), else the text itself, so no digit is lost.
 */
function decimalCell(text: string): { value: Excel.CellValue; numFmt: string } {
  if (!keptExactly(text)) return { value: text, numFmt: textFormat };
  const decimals = text.split('.')[1]?.length ?? 0;
  return { value: Number(text), numFmt: decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0' };
}

function cellOf(value: CellValue, type: ExportColumnType): Excel.CellValue {
  if (value === null) return null;
  if (type === 'decimal') return decimalCell(String(value)).value;
  if (type === 'date') return new Date(`${value as string}T00:00:00Z`);
  if (type === 'datetime') return new Date(value as string);
  return value;
}

function pause(out: Writable): Promise<void> {
  if (out.writableNeedDrain) return new Promise((resolve) => out.once('drain', () => resolve()));
  return new Promise((resolve) => setImmediate(resolve));
}

type Sheet = ReturnType<Excel.stream.xlsx.WorkbookWriter['addWorksheet']>;

function addSheet(workbook: Excel.stream.xlsx.WorkbookWriter, name: string, layout: SheetLayout): Sheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = layout.types.map((type, i) => {
    const { numFmt, width } = columnStyles[type];
    // Only dates and shares carry a style: exceljs renders each cell's style, which costs.
    return { header: layout.header[i], key: String(i), width, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: layout.types.length } };
  return sheet;
}

/**
 * Writes customers as an XLSX workbook with exceljs's streaming writer: typed cells (numbers,
 * dates, booleans; strings stay strings, never formulas; strings a spreadsheet would read as
 * numbers, such as "01234", also carry the Text format), a bold frozen header with a filter.
 * A sheet holds at most `rowsPerSheet` customers (Excel's limit is 1,048,576 rows); more go
 * on "Customers 2" and so on. Ends `out`.
 */
export function writeXlsx(
  rows: AnyIterable<CellValue[]>,
  columns: readonly ExportColumnKey[],
  headers: ExportHeaders,
  out: Writable,
  rowsPerSheet = 1_048_575,
): Promise<{ rows: number }> {
  return writeXlsxSheet(rows, customerLayout(columns, headers), out, rowsPerSheet);
}

/** Writes any rows as an XLSX workbook, as `writeXlsx` writes customers. Ends `out`. */
export async function writeXlsxSheet(
  rows: AnyIterable<CellValue[]>,
  layout: SheetLayout,
  out: Writable,
  rowsPerSheet = 1_048_575,
): Promise<{ rows: number }> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'KYC Desk';
  const { types } = layout;
  let sheet = addSheet(workbook, layout.sheetName, layout);
  let count = 0;
  await forEachRow(rows, (row) => {
    if (count > 0 && count % rowsPerSheet === 0) {
      sheet.commit();
      sheet = addSheet(workbook, `${layout.sheetName} ${count / rowsPerSheet + 1}`, layout);
    }
    const added = sheet.addRow(row.map((value, i) => cellOf(value, types[i] as ExportColumnType)));
    for (let i = 0; i < row.length; i++) {
      const value = row[i];
      const type = types[i] as ExportColumnType;
      // A string cell is text already; the Text format keeps "01234" text when someone edits it.
      if (typeof value === 'string' && textTypes.has(type) && spreadsheetWouldChange(value))
        added.getCell(i + 1).numFmt = textFormat;
      else if (type === 'decimal' && value !== null) added.getCell(i + 1).numFmt = decimalCell(String(value)).numFmt;
    }
    added.commit();
    return ++count % rowsPerPause === 0 ? pause(out) : null;
  });
  sheet.commit();
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });
  await workbook.commit();
  await finished;
  return { rows: count };
}
