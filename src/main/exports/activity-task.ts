import { rmSync } from 'node:fs';
import { activityExportColumns, activitySheetNames } from '../../shared/exports/activity';
import type { ActivityExportJobParams, ExportedFile } from '../../shared/exports/contract';
import { downloadPath } from '../jobs/files';
import { defineTask } from '../jobs/task';
import { exchangeExportRows, ledgerExportRows } from './activity-rows';
import { createDownload } from './files';
import type { SheetLayout } from './sheet-layout';
import { tracked } from './task';

/** Each worker loads only the writer its format needs (exceljs is large). */
const writers = {
  csv: async () => (await import('./csv')).writeCsvSheet,
  xlsx: async () => (await import('./xlsx')).writeXlsxSheet,
};

/**
 * The worker side of `exports.activity`: streams exchanges or ledger entries into a CSV or XLSX
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
  const base =
    input.kind === 'ledger'
      ? `ledger-customer-${input.customerId}`
      : input.filters.customerId
        ? `exchanges-customer-${input.filters.customerId}`
        : 'exchanges';
  const { downloadName, out } = createDownload(context.dataDir, base, input.format);
  try {
    context.progress(0, total);
    const write = await writers[input.format]();
    const rows = await context.storage.read(async (db) => {
      const source =
        input.kind === 'ledger' ? ledgerExportRows(db, input.customerId) : exchangeExportRows(db, input.filters);
      return (await write(tracked(source, context, total), layout, out)).rows;
    });
    return { downloadName, rows, bytes: out.bytesWritten } satisfies ExportedFile;
  } catch (error) {
    out.destroy();
    rmSync(downloadPath(context.dataDir, downloadName), { force: true });
    throw error;
  }
});
