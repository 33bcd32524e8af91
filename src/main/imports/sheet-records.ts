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

type SheetFacts = Omit<FileFacts, 'fileName' | 'size'>;

/** A sheet's facts from its first rows, or why it cannot be imported. */
function factsOf(format: SpreadsheetFormat, sheets: string[], name: string, rows: string[][]): SheetFacts {
  const [header, ...sample] = rows;
  if (!header) throw fileProblems.empty(sheetName(name));
  const checked = checkHeaders(header);
  if ('problem' in checked) throw fileProblem(`${sheetName(name)}: ${checked.problem}`);
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
 * The sheets of a workbook, and the header and first rows of the chosen one. Without a choice,
 * the first sheet that can be imported (a workbook often starts with an empty or a notes sheet);
 * when none can, the first one's problem.
 */
export async function sniffSheet(
  path: string,
  format: SpreadsheetFormat,
  sheet: string | undefined,
): Promise<SheetFacts> {
  const sheets: string[] = [];
  const rows = new Map<string, string[][]>();
  for await (const event of readSheets(path, format, (name) =>
    sheet === undefined || name === sheet ? sniffRows : 0,
  )) {
    if (event.kind === 'sheet') {
      sheets.push(event.name);
      rows.set(event.name, []);
    } else if (hasValue(event.cells)) rows.get(sheets[sheets.length - 1] as string)?.push(event.cells);
  }
  const factsOfSheet = (name: string) => factsOf(format, sheets, name, rows.get(name) ?? []);
  if (sheet !== undefined) {
    if (!sheets.includes(sheet)) {
      throw fileProblem(
        `The workbook has no sheet "${sheet}"; its sheets are ${sheets.map((s) => `"${s}"`).join(', ')}`,
      );
    }
    return factsOfSheet(sheet);
  }
  let firstProblem: unknown = fileProblems.empty('The workbook');
  for (const [index, name] of sheets.entries()) {
    try {
      return factsOfSheet(name);
    } catch (problem) {
      if (index === 0) firstProblem = problem;
    }
  }
  throw firstProblem;
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
