import Papa from 'papaparse';
import { importColumns, type ColumnKind, type ImportColumn } from '../../shared/imports/columns';

/** What a cell of each kind holds; an enum lists its values ("male, female or other"). */
function noteOf(column: ImportColumn): string {
  if (!column.options) return kindNotes[column.kind];
  const values = [...column.options.values];
  const last = values.pop();
  return values.length ? `${values.join(', ')} or ${last}` : String(last);
}

const kindNotes: Record<ColumnKind, string> = {
  text: 'text',
  enum: 'one of the listed values',
  country: 'ISO code or name',
  phone: 'with dial code, or national for the row country; "ext. 12" allowed',
  switch: 'yes or no',
  date: 'DD-MM-YYYY or YYYY-MM-DD',
  number: 'number',
  labels: 'separate with ;',
  keyValues: 'key=value; key=value',
  monitor: "the id of one of this desk's exchange monitors",
};

/**
 * The import template, generated from the customer schema's columns: a header row, a notes
 * line (a "#" comment, which the importer skips) and one example row.
 */
export function importTemplate(): { fileName: string; csv: string } {
  const notes = importColumns.map((c) => `${c.required ? 'required' : 'optional'}: ${noteOf(c)}`);
  notes[0] = `# ${notes[0]}`;
  const csv = Papa.unparse(
    { fields: importColumns.map((c) => c.key), data: [notes, importColumns.map((c) => c.example)] },
    { newline: '\r\n' },
  );
  return { fileName: 'kyc-desk-customers-template.csv', csv: `${csv}\r\n` };
}
