import type { FileFacts } from '../../shared/imports/contract';
import { checkHeaders } from '../../shared/imports/headers';
import { maxFieldBytes } from './csv-structure';
import { fileProblem, fileProblems } from './file-problem';
import { readSheets, type SpreadsheetFormat } from './spreadsheet';

/** Rows handed on at once, about what a CSV chunk holds. */
const chunkRows = 700;
/** Rows read for the mapping screen: the header and five, past a few blank ones. */
const sniffRows = 20;
const sampleRows = 5;

const hasValue = (cells: readonly string[]) => cells.some((cell) => cell.trim() !== '');
const sheetName = (name: string) => `The sheet "${name}"`;

/** The sheets of a workbook, and the header and first rows of the chosen one (the first by default). */
export async function sniffSheet(
  path: string,
  format: SpreadsheetFormat,
  sheet: string | undefined,
): Promise<Omit<FileFacts, 'fileName' | 'size'>> {
  const sheets: string[] = [];
  const rows: string[][] = [];
  const chosen = (name: string, index: number) => (sheet === undefined ? index === 0 : name === sheet);
  for await (const event of readSheets(path, format, (name, index) => (chosen(name, index) ? sniffRows : 0))) {
    if (event.kind === 'sheet') sheets.push(event.name);
    else if (hasValue(event.cells)) rows.push(event.cells);
  }
  const name = sheet ?? sheets[0];
  if (name === undefined) throw fileProblems.empty('The workbook');
  if (!sheets.includes(name)) {
    throw fileProblem(`The workbook has no sheet "${name}"; its sheets are ${sheets.map((s) => `"${s}"`).join(', ')}`);
  }
  const [header, ...sample] = rows;
  if (!header) throw fileProblems.empty(sheetName(name));
  const checked = checkHeaders(header);
  if ('problem' in checked) throw fileProblem(checked.problem);
  if (sample.length === 0) throw fileProblems.headerOnly(sheetName(name));
  return {
    format,
    sheets,
    sheet: name,
    encoding: 'utf-8',
    delimiter: '',
    headers: checked.headers,
    sample: sample.slice(0, sampleRows),
  };
}

/**
 * Every row of the sheet after its header, in chunks, as `readRecords` hands on a CSV's; blank
 * rows are left out. Throws the first row wider than the header or with a value past the cap.
 */
export async function readSheetRecords(
  path: string,
  facts: Pick<FileFacts, 'format' | 'sheet' | 'headers' | 'size'>,
  onRows: (rows: string[][]) => void | Promise<void>,
): Promise<number> {
  const name = facts.sheet ?? '';
  const width = facts.headers.length;
  let records = 0;
  let chunk: string[][] = [];
  const events = readSheets(path, facts.format as SpreadsheetFormat, (sheet) => (sheet === name ? Infinity : 0));
  for await (const event of events) {
    if (event.kind !== 'row' || !hasValue(event.cells)) continue;
    // The header is row 1; the facts hold its names.
    if (++records === 1) continue;
    const cells = event.cells;
    const last = cells.findLastIndex((cell) => cell.trim() !== '');
    if (last >= width) throw fileProblems.widerRow(records, ` of sheet "${name}"`, last + 1, width);
    if (cells.some((cell) => cell.length > maxFieldBytes)) {
      throw fileProblem(`Row ${records} of sheet "${name}" has a cell longer than ${maxFieldBytes / 1024} KB`);
    }
    chunk.push(cells);
    if (chunk.length >= chunkRows) {
      await onRows(chunk);
      chunk = [];
    }
  }
  if (records === 0) throw fileProblems.empty(sheetName(name));
  if (records === 1) throw fileProblems.headerOnly(sheetName(name));
  if (chunk.length > 0) await onRows(chunk);
  return records - 1;
}
