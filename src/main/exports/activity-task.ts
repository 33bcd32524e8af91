import { rmSync } from 'node:fs';
import { activityExportColumns, activitySheetNames } from '../../shared/exports/activity';
import type { ActivityExportJobParams, ExportedFile } from '../../shared/exports/contract';
import type { ReadableDB } from '../db/handles';
import { downloadPath } from '../jobs/files';
import { defineTask } from '../jobs/task';
import {
  reserveRequestExportRows,
  reviewExportRows,
  sessionExportRows,
  ticketExportRows,
} from './activity-customer-rows';
import { exchangeExportRows, ledgerExportRows } from './activity-rows';
import { createDownload } from './files';
import type { CellValue } from './rows';
import type { SheetLayout } from './sheet-layout';
import { tracked } from './task';

/** Each worker loads only the writer its format needs (exceljs is large). */
const writers = {
  csv: async () => (await import('./csv')).writeCsvSheet,
  xlsx: async () => (await import('./xlsx')).writeXlsxSheet,
};

type Input = ActivityExportJobParams['input'];

/** The download's name: "exchanges", "tickets-customer-4". */
function fileBase(input: Input): string {
  const customerId = input.kind === 'exchanges' ? input.filters.customerId : input.customerId;
  const what = input.kind === 'reserveRequests' ? 'reserve-requests' : input.kind;
  return customerId === undefined ? what : `${what}-customer-${customerId}`;
}

function rowsOf(db: ReadableDB, input: Input): Generator<CellValue[]> {
  switch (input.kind) {
    case 'exchanges':
      return exchangeExportRows(db, input.filters);
    case 'ledger':
      return ledgerExportRows(db, input.customerId);
    case 'reviews':
      return reviewExportRows(db, input.customerId);
    case 'reserveRequests':
      return reserveRequestExportRows(db, input.customerId);
    case 'tickets':
      return ticketExportRows(db, input.customerId);
    case 'sessions':
      return sessionExportRows(db, input.customerId);
  }
}

/**
 * The worker side of `exports.activity`: streams one kind of activity into a CSV or XLSX
 * file of the downloads folder, with the columns the import reads. A cancelled or failed export
 * leaves no partial file behind.
 */
export const activityExportTask = defineTask(async ({ input, total }: ActivityExportJobParams, context) => {
  const columns = activityExportColumns[input.kind];
  const layout: SheetLayout = {
    header: columns.map((column) => column.label),
    types: columns.map((column) => column.type),
    sheetName: activitySheetNames[input.kind],
  };
  const base = fileBase(input);
  const { downloadName, out } = createDownload(context.dataDir, base, input.format);
  try {
    context.progress(0, total);
    const write = await writers[input.format]();
    const rows = await context.storage.read(async (db) => {
      const source = rowsOf(db, input);
      return (await write(tracked(source, context, total), layout, out)).rows;
    });
    return { downloadName, rows, bytes: out.bytesWritten } satisfies ExportedFile;
  } catch (error) {
    out.destroy();
    rmSync(downloadPath(context.dataDir, downloadName), { force: true });
    throw error;
  }
});
