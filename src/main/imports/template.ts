import Papa from 'papaparse';
import { importColumns, type ColumnKind } from '../../shared/imports/columns';

const kindNotes: Record<ColumnKind, string> = {
  text: 'text',
  gender: 'male, female or other',
  country: 'ISO code or name',
  phone: 'with dial code, or national for the row country; "ext. 12" allowed',
  switch: 'yes or no',
  date: 'DD-MM-YYYY or YYYY-MM-DD',
  number: 'number',
  labels: 'separate with ;',
  keyValues: 'key=value; key=value',
};

/**
 * The import template, generated from the customer schema's columns: a header row, a notes
 * line (a "#" comment, which the importer skips) and one example row.
 */
export function importTemplate(): { fileName: string; csv: string } {
  const notes = importColumns.map((c) => `${c.required ? 'required' : 'optional'}: ${kindNotes[c.kind]}`);
  notes[0] = `# ${notes[0]}`;
  const csv = Papa.unparse(
    { fields: importColumns.map((c) => c.key), data: [notes, importColumns.map((c) => c.example)] },
    { newline: '\r\n' },
  );
  return { fileName: 'kyc-desk-customers-template.csv', csv: `${csv}\r\n` };
}
