import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import ExcelJS, { type CellValue } from '../spreadsheets/exceljs';
import JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { importFormatNames, type ImportFormat } from '../../shared/imports/contract';
import { maxFieldBytes } from './csv-structure';
import { fileProblem } from './file-problem';

export type SpreadsheetFormat = Exclude<ImportFormat, 'csv'>;

/** A workbook read in order: each sheet's name, then its rows (cells as text) if it is wanted. */
export type SheetEvent = { kind: 'sheet'; name: string } | { kind: 'row'; cells: string[] };
/** How many rows of a sheet to read (0: none, Infinity: all), by its name and position (0 is the first). */
export type WantsSheet = (name: string, index: number) => number;

const tooLong = () =>
  fileProblem(`A cell holds more than ${maxFieldBytes / 1024} KB of text, the most a customer value may have`);

/** A date as the import reads dates: YYYY-MM-DD, with the time (UTC, no zone) only when it has one. */
function dateText(date: Date): string {
  const iso = date.toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  // Milliseconds only when it has them (an exchange's time): a customer's dates never do.
  return iso.endsWith('.000Z') ? iso.slice(0, 19) : iso.slice(0, 23);
}

/** What a cell shows as a value: a formula's result, a link's text, rich text without its fonts. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return cellText(value.text);
  if ('error' in value) return value.error;
  return cellText(value.result ?? null);
}

async function* xlsxEvents(path: string, wants: WantsSheet): AsyncGenerator<SheetEvent> {
  // Streamed: the shared strings are held, the rows are not.
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let index = 0;
  for await (const sheet of workbook) {
    const name = (sheet as unknown as { name: string }).name;
    yield { kind: 'sheet', name };
    let rows = wants(name, index++);
    if (rows === 0) {
      // Read through all the same: exceljs deletes a sheet's temporary file once it is passed,
      // and the stream of a sheet left unread would then fail to open it (an unhandled error).
      for await (const row of sheet) void row;
      continue;
    }
    for await (const row of sheet) {
      // 1-based and sparse.
      const values = (row.values as CellValue[]).slice(1);
      yield { kind: 'row', cells: Array.from(values, cellText) };
      if (--rows === 0) break;
    }
  }
}

/** A cell's value as content.xml states it, in the form the import reads, or null for its text. */
function odsValue(attributes: Record<string, string>): string | null {
  switch (attributes['office:value-type']) {
    case 'float':
    case 'percentage':
    case 'currency':
      return attributes['office:value'] ?? null;
    case 'date':
      return attributes['office:date-value'] ?? null;
    case 'boolean':
      return attributes['office:boolean-value'] ?? null;
    default:
      return null;
  }
}

/** Repeats as content.xml writes them ("the next 1,000 rows are empty"), bounded for values. */
const maxRepeat = 16_384;
const repeat = (attributes: Record<string, string>, name: string) =>
  Math.min(Number(attributes[name] ?? 1) || 1, maxRepeat);

/**
 * content.xml of an OpenDocument spreadsheet, through a streaming XML parser: tables are sheets,
 * table-row / table-cell their rows and cells, the text of a cell its paragraphs (notes left out).
 */
async function* odsEvents(path: string, wants: WantsSheet): AsyncGenerator<SheetEvent> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(await readFile(path));
  } catch {
    throw fileProblem(`The file looks like an ${importFormatNames.ods} but cannot be opened: it may be damaged`);
  }
  const content = zip.file('content.xml');
  if (!content) throw fileProblem(`The file looks like an ${importFormatNames.ods} but has no content`);
  const events: SheetEvent[] = [];
  const parser = new SaxesParser();
  let sheets = 0;
  /** Rows still to read of the current sheet. */
  let wanted = 0;
  let row: { cells: string[]; pendingEmpty: number; repeat: number } | null = null;
  let cell: { value: string | null; text: string; paragraphs: number; repeat: number } | null = null;
  let inParagraph = 0;
  let inNote = 0;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const { attributes } = tag as { attributes: Record<string, string> };
    switch (tag.name) {
      case 'table:table': {
        const name = attributes['table:name'] ?? `Sheet${sheets + 1}`;
        events.push({ kind: 'sheet', name });
        wanted = wants(name, sheets++);
        return;
      }
      case 'table:table-row':
        if (wanted > 0) row = { cells: [], pendingEmpty: 0, repeat: repeat(attributes, 'table:number-rows-repeated') };
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (row) {
          const repeats = repeat(attributes, 'table:number-columns-repeated');
          cell = { value: odsValue(attributes), text: '', paragraphs: 0, repeat: repeats };
        }
        return;
      case 'office:annotation':
        inNote++;
        return;
      case 'text:p':
      case 'text:h':
        if (cell && !inNote && cell.paragraphs++ > 0) cell.text += '\n';
        inParagraph++;
        return;
      case 'text:s':
        if (cell && !inNote) cell.text += ' '.repeat(Number(attributes['text:c'] ?? 1) || 1);
        return;
      case 'text:tab':
        if (cell && !inNote) cell.text += '\t';
        return;
      case 'text:line-break':
        if (cell && !inNote) cell.text += '\n';
        return;
      default:
        return;
    }
  });
  parser.on('text', (text) => {
    if (!cell || inNote || inParagraph === 0) return;
    cell.text += text;
    if (cell.text.length > maxFieldBytes) throw tooLong();
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'table:table':
        wanted = 0;
        return;
      case 'table:table-row':
        // A row with no value (often "the next million rows") is a blank row: left out.
        if (row && row.cells.length > 0) {
          for (let i = 0; i < row.repeat && wanted > 0; i++, wanted--) events.push({ kind: 'row', cells: row.cells });
        }
        row = null;
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (row && cell) {
          const value = cell.value ?? cell.text;
          if (value === '') row.pendingEmpty += cell.repeat;
          else {
            // Empty cells count only before a value: trailing ones are no column.
            for (; row.pendingEmpty > 0 && row.cells.length < maxRepeat; row.pendingEmpty--) row.cells.push('');
            row.pendingEmpty = 0;
            for (let i = 0; i < cell.repeat; i++) row.cells.push(value);
          }
        }
        cell = null;
        return;
      case 'office:annotation':
        inNote--;
        return;
      case 'text:p':
      case 'text:h':
        inParagraph--;
        return;
      default:
        return;
    }
  });
  const decoder = new TextDecoder('utf-8');
  // jszip's stream is of the old kind: wrapped, it can be iterated (and paused).
  for await (const chunk of new Readable().wrap(content.nodeStream('nodebuffer'))) {
    parser.write(decoder.decode(chunk as Buffer, { stream: true }));
    yield* events.splice(0);
  }
  parser.write(decoder.decode()).close();
  yield* events.splice(0);
}

/** The sheets of a workbook, in order, with the rows of those `wants` asks for. */
export async function* readSheets(
  path: string,
  format: SpreadsheetFormat,
  wants: WantsSheet,
): AsyncGenerator<SheetEvent> {
  const events = format === 'xlsx' ? xlsxEvents(path, wants) : odsEvents(path, wants);
  try {
    yield* events;
  } catch (error) {
    if (error instanceof Error && error.name === 'ApiError') throw error;
    throw fileProblem(`The file looks like an ${importFormatNames[format]} but cannot be read: it may be damaged`);
  }
}
