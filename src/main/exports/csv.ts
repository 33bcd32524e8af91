import type { Writable } from 'node:stream';
import type { ExportColumnKey, ExportColumnType, ExportHeaders } from '../../shared/exports/columns';
import { neutraliseForSpreadsheet } from '../../shared/exports/formula';
import type { CellValue } from './rows';
import { customerLayout, keptExactly, type SheetLayout } from './sheet-layout';
import { ChunkedSink, forEachRow, type AnyIterable } from './sink';

const byteOrderMark = '\uFEFF';
const needsQuotes = /[",\r\n]/;

/** RFC 4180: a field with a quote, comma or line break goes in quotes, its quotes doubled. */
export function quoteField(text: string): string {
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function formatCell(value: CellValue, type: ExportColumnType): string {
  if (value === null) return '';
  switch (type) {
    case 'integer':
      return String(value);
    case 'decimal2':
      return (value as number).toFixed(2);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'decimal': {
      // Exact decimals the store made ("-12.50"): a spreadsheet reads them as numbers, unless it
      // would round them (18 digits of ETH): those are kept as text, as other such text is.
      const text = String(value);
      return keptExactly(text) ? text : quoteField(`="${text}"`);
    }
    case 'date':
    case 'datetime':
      // Meant to be read as dates: ISO dates and times have nothing to quote or guard.
      return String(value);
    default:
      return quoteField(neutraliseForSpreadsheet(String(value)));
  }
}

/**
 * Writes customers as CSV: UTF-8 with a byte order mark (so Excel reads the accents), a header
 * of labels or keys (headerRow), CRLF line ends, text that a spreadsheet
 * would change written as ="text" (see neutraliseForSpreadsheet). Ends `out`.
 */
export function writeCsv(
  rows: AnyIterable<CellValue[]>,
  columns: readonly ExportColumnKey[],
  headers: ExportHeaders,
  out: Writable,
): Promise<{ rows: number; bytes: number }> {
  return writeCsvSheet(rows, customerLayout(columns, headers), out);
}

/** Writes any rows as CSV, as `writeCsv` writes customers. Ends `out`. */
export async function writeCsvSheet(
  rows: AnyIterable<CellValue[]>,
  layout: SheetLayout,
  out: Writable,
): Promise<{ rows: number; bytes: number }> {
  const sink = new ChunkedSink(out);
  const { types } = layout;
  sink.write(`${byteOrderMark}${layout.header.map(quoteField).join(',')}\r\n`);
  let count = 0;
  await forEachRow(rows, (row) => {
    let line = '';
    for (let i = 0; i < types.length; i++) {
      if (i > 0) line += ',';
      line += formatCell(row[i] ?? null, types[i] as ExportColumnType);
    }
    count++;
    return sink.write(`${line}\r\n`);
  });
  await sink.end();
  return { rows: count, bytes: sink.bytes };
}
