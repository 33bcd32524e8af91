import { rmSync } from 'node:fs';
import type { CustomerExportJobParams, ExportedFile } from '../../shared/exports/contract';
import { downloadPath } from '../jobs/files';
import { defineTask, type TaskContext } from '../jobs/task';
import { createDownload } from './files';
import { customerRowQuery, customerRows } from './rows';
import { sqliteCountCustomers } from './sqlite-summary';
import { summariseCustomers } from './summary';

/** Each worker loads only the writer its format needs (exceljs and pdfkit are large). */
const writers = {
  csv: async () => (await import('./csv')).writeCsv,
  xlsx: async () => (await import('./xlsx')).writeXlsx,
};

/** Reports progress and honours cancel between rows. */
export function* tracked<T>(rows: Iterable<T>, context: TaskContext, total: number | null): Generator<T> {
  let done = 0;
  for (const row of rows) {
    context.checkCancelled();
    yield row;
    context.progress(++done, total);
  }
}

/**
 * The worker side of `exports.customers`: streams the matching customers into a file of the
 * downloads folder (CSV, XLSX) or renders the summary report (PDF). A cancelled or failed
 * export leaves no partial file behind. Job workers run on SQLite (TaskContext.storage), so it
 * uses the SQLite row cursor (rows.ts) and counts (sqlite-summary.ts).
 */
export const customerExportTask = defineTask(async (job: CustomerExportJobParams, context): Promise<ExportedFile> => {
  const { storage } = context;
  const base = job.format === 'pdf' ? 'customer-summary' : 'customers';
  const { downloadName, out } = createDownload(context.dataDir, base, job.format);
  try {
    let rows: number;
    if (job.format === 'pdf') {
      context.progress(0, 1);
      const summary = await storage.read((db) => summariseCustomers(sqliteCountCustomers, db, job.filters));
      context.checkCancelled();
      const { renderSummaryReport } = await import('./pdf/summary-report');
      await renderSummaryReport(summary, out, job.fontsFolder);
      rows = summary.total;
    } else {
      context.progress(0, job.total);
      const query = customerRowQuery(job.columns, job.filters, job.sort, job.direction);
      const write = await writers[job.format]();
      rows = await storage.read(
        async (db) =>
          (await write(tracked(customerRows(db, query), context, job.total), job.columns, job.headers, out)).rows,
      );
    }
    return { downloadName, rows, bytes: out.bytesWritten };
  } catch (error) {
    out.destroy();
    rmSync(downloadPath(context.dataDir, downloadName), { force: true });
    throw error;
  }
});
