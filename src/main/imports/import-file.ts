import { eq } from 'drizzle-orm';
import type { FileFacts, ImportOptions, ImportReport } from '../../shared/imports/contract';
import { writeAudit } from '../audit/log';
import { imports } from '../db/schema';
import { defineTask, JobCancelled, type TaskContext } from '../jobs/task';
import { ErrorReport } from './error-report';
import { CustomerBatchWriter } from './insert';
import { recordImport, type ImportEntry } from './history';
import { applyVerdict, RowJudge } from './rows';
import { hashFile, readRecords } from './source';
import type { ValidatedRow } from './validate';
import { chunkValidator } from './validation-pool';

export interface ImportFileParams {
  options: ImportOptions;
  /** The file on disk (an upload in tmp/, or the path the user picked). */
  filePath: string;
  facts: FileFacts;
  actor: string;
  /** Download name for the error report. */
  reportName: string;
  /** False for the dry run: nothing is written but the error report. */
  write: boolean;
  /** Rows counted by the dry run, for progress; estimated from bytes read otherwise. */
  expectedRows: number | null;
}

const cancelCheckEvery = 256;
/**
 * Chunks (about 64 KB, 700 rows each) validated ahead of the database: enough for the validators
 * to keep working while this thread writes a batch (insert.ts), about 20 MB however long the file.
 */
const maxValidating = 24;
const skippedCount = {
  invalid: 'invalid',
  duplicateInFile: 'duplicatesInFile',
  duplicateInDatabase: 'duplicatesInDatabase',
} as const;

/**
 * Reads the file once, judging every row; an import writes in ONE transaction, so a cancel,
 * a crash or a refused file leaves the database as if it never ran. Each import, whatever
 * its outcome, is kept in the history (written after the rollback when it did not commit).
 */
async function importFile(params: ImportFileParams, context: TaskContext): Promise<ImportReport> {
  const { db } = context;
  const { options, facts } = params;
  const startedAt = new Date().toISOString();
  const report = new ErrorReport(context.dataDir, params.reportName);
  const counts = {
    rows: 0,
    toCreate: 0,
    toUpdate: 0,
    unchanged: 0,
    invalid: 0,
    duplicatesInFile: 0,
    duplicatesInDatabase: 0,
  };
  const judge = new RowJudge(db, options.mapping, options.mode);
  const history = (state: ImportEntry['state'], fileHash: string, message: string | null): ImportEntry => ({
    fileName: facts.fileName,
    fileHash,
    fileSize: facts.size,
    mode: options.mode,
    onInvalid: options.onInvalid,
    state,
    rows: counts.rows,
    created: state === 'done' ? counts.toCreate : 0,
    updated: state === 'done' ? counts.toUpdate : 0,
    skipped: counts.invalid + counts.duplicatesInFile + counts.duplicatesInDatabase,
    errorCount: report.count,
    errorReport: report.count > 0 ? report.name : null,
    message,
    mapping: options.mapping,
    actor: params.actor,
    startedAt,
    finishedAt: new Date().toISOString(),
  });

  // The dry run reads one consistent snapshot; the import holds the write lock throughout.
  db.$client.exec(params.write ? 'BEGIN IMMEDIATE' : 'BEGIN');
  let importId: number | null = null;
  let fileHash = '';
  try {
    if (params.write) importId = recordImport(db, history('done', '', null));
    const reason = `Import #${importId} of ${facts.fileName}`;
    const writer = params.write ? new CustomerBatchWriter(db, params.actor, reason) : null;
    let read = { rows: 0, bytes: 0 };
    // Rows per byte so far gives the expected total until the dry run's count is known.
    const total = () =>
      Math.max(
        counts.rows,
        params.expectedRows ?? (read.bytes > 0 ? Math.round((read.rows * facts.size) / read.bytes) : read.rows),
      );
    /** Judges and writes one validated chunk, in file order. */
    const settle = (rows: ValidatedRow[]) => {
      const now = new Date().toISOString();
      for (const validated of rows) {
        counts.rows++;
        if (counts.rows % cancelCheckEvery === 0) {
          context.checkCancelled();
          context.progress(counts.rows, total());
        }
        const verdict = judge.judge(validated);
        switch (verdict.kind) {
          case 'create':
            counts.toCreate++;
            break;
          case 'update':
            counts.toUpdate++;
            break;
          case 'unchanged':
            counts.unchanged++;
            continue;
          default:
            counts[skippedCount[verdict.kind]]++;
            report.add(verdict.errors);
            continue;
        }
        if (writer) applyVerdict(db, writer, verdict, params.actor, reason, now);
      }
      context.progress(counts.rows, total());
    };
    // Chunks being validated, oldest first. Each is settled as soon as it and those before it are
    // validated (so progress shows from the first chunk); reading waits while too many are.
    const validating: { rows: Promise<ValidatedRow[]>; ready: boolean }[] = [];
    const validator = chunkValidator(
      { mapping: options.mapping, headers: facts.headers, stage: params.write },
      facts.size,
    );
    const mustSettle = () => validating.length >= maxValidating || validating[0]?.ready === true;
    const settleOldest = async () => settle(await (validating.shift() as (typeof validating)[number]).rows);
    const settleReady = async () => {
      while (mustSettle()) await settleOldest();
    };
    try {
      fileHash = await readRecords(params.filePath, facts, (records, progress) => {
        const chunk = { rows: validator.validate(records, read.rows + 2), ready: false };
        // A failure is thrown when the chunk is settled; until then it must not count as unhandled.
        const isReady = () => (chunk.ready = true);
        chunk.rows.then(isReady, isReady);
        validating.push(chunk);
        read = { rows: read.rows + records.length, bytes: progress.bytes };
        return mustSettle() ? settleReady() : undefined;
      });
      while (validating.length > 0) await settleOldest();
    } finally {
      await validator.close();
    }
    writer?.flush();
    context.checkCancelled();
    report.close();
    const refused = params.write && options.onInvalid === 'refuse' && report.count > 0;
    if (!params.write || refused) {
      db.$client.exec('ROLLBACK');
      if (refused) {
        importId = recordImport(
          db,
          history('refused', fileHash, `${report.count} rows need attention; nothing was imported`),
        );
      }
    } else {
      db.update(imports)
        .set(history('done', fileHash, null))
        .where(eq(imports.id, importId as number))
        .run();
      writeAudit(db, {
        actor: params.actor,
        entity: 'import',
        entityId: importId as number,
        action: 'import',
        reason: facts.fileName,
        changes: { created: { from: null, to: counts.toCreate }, updated: { from: null, to: counts.toUpdate } },
      });
      db.$client.exec('COMMIT');
    }
    context.progress(counts.rows, counts.rows);
    return {
      ...counts,
      fileHash,
      errors: report.first,
      errorCount: report.count,
      errorReport: report.close(),
      importId,
      refused,
    };
  } catch (error) {
    if (db.$client.inTransaction) db.$client.exec('ROLLBACK');
    if (params.write) {
      const cancelled = error instanceof JobCancelled;
      report.close();
      recordImport(
        db,
        history(
          cancelled ? 'cancelled' : 'failed',
          fileHash || (await hashFile(params.filePath)),
          cancelled ? 'Cancelled; nothing was imported' : `Failed; nothing was imported (${(error as Error).message})`,
        ),
      );
    } else {
      report.discard();
    }
    throw error;
  }
}

export const checkImportTask = defineTask((params: Omit<ImportFileParams, 'write'>, context) =>
  importFile({ ...params, write: false }, context),
);
export const runImportTask = defineTask((params: Omit<ImportFileParams, 'write'>, context) =>
  importFile({ ...params, write: true }, context),
);
