import { fileTypeFromFile } from 'file-type';
import { fileProblem, fileProblems } from './file-problem';
import type { ImportFormat } from '../../shared/imports/contract';
import { zipHasEntry } from './zip-entries';

/** The part every .xlsx workbook has; a zip that holds it is one. */
const workbookPart = new Set(['xl/workbook.xml']);

/** Formats people send instead of a CSV, and what to do about them. */
const otherFormats: Record<string, string> = {
  cfb: 'an older Excel workbook (.xls): save it as .xlsx or CSV UTF-8 and import that',
  xls: 'an older Excel workbook (.xls): save it as .xlsx or CSV UTF-8 and import that',
  docx: 'a Word document, not a table of customers',
  odt: 'an OpenDocument text, not a table of customers',
  pdf: 'a PDF document: export the table from the program that made it as CSV or .xlsx',
  zip: 'a zip archive: unpack it and import the CSV or spreadsheet inside',
};

/**
 * What the file is, from its bytes (never its name): a spreadsheet to read as one, or text to
 * read as CSV. Anything else is refused, saying what it is. `start` is the file's first bytes;
 * the magic numbers are read from the file, as far as its kind needs (a zip's entries).
 */
export async function importFormat(path: string, start: Uint8Array): Promise<ImportFormat> {
  if (start.length === 0) throw fileProblems.empty();
  // Before the magic numbers: a UTF-16 byte order mark also starts some audio formats.
  if ((start[0] === 0xff && start[1] === 0xfe) || (start[0] === 0xfe && start[1] === 0xff)) {
    throw fileProblem('This file is UTF-16 text ("Unicode Text" in Excel): save it as CSV UTF-8 and import that');
  }
  const type = await fileTypeFromFile(path);
  if (type?.ext === 'xlsx' || type?.ext === 'ods') return type.ext;
  if (type?.ext === 'zip' && (await zipHasEntry(path, workbookPart).catch(() => false))) return 'xlsx';
  if (type) {
    const what = otherFormats[type.ext] ?? `${type.mime} (a .${type.ext} file), not a CSV file or a spreadsheet`;
    throw fileProblem(`This file is ${what}`);
  }
  if (start.includes(0)) throw fileProblem('This file is not text: it holds binary data, not a table of customers');
  return 'csv';
}
