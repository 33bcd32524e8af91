import type { ImportCounts, ImportJobParams, ImportReport, RowError } from '../../shared/imports/contract';
import { ApiError } from '../../shared/errors';
import { writeAudit } from '../audit/log';
import { importOrigin } from '../customers/write';
import type { WritableDB } from '../db/handles';
import { defineTask, type TaskContext } from '../jobs/task';
import { batchHandle, importWriter, recordBatchChanges, undoSteps, writeTransaction, type Batch } from './batch';
import { activityPipeline } from './activity/activity-import';
import { ErrorReport } from './error-report';
import { entryOf, estimate, noCounts, progressOf, recordStopped, reportOf, startWriting } from './job-parts';
import { findImport, recordImport, updateImport, type NewImportEntry } from './history';
import { CustomerBatchWriter } from './insert';
import { applyVerdict, RowJudge, type Verdict } from './rows';
import { readRecords, verifyFile } from './source';
import { undoImport, undoSummary } from './undo';
import type { ValidatedRow } from './validate';
import { chunkValidator } from './validation-pool';

const cancelCheckEvery = 256;
/**
 * Chunks (about 64 KB, 700 rows each) validated ahead of the database: enough for the validators
 * to keep working while this thread writes a batch (insert.ts), about 20 MB however long the file.
 */
const maxValidating = 24;
/**
 * How long one batch holds the write lock at most (plus a few rows and its flush): an edit of the
 * desk's waits at most about this long. A batch also ends with its chunk of the file (about 700
 * rows). Longer batches are a little faster (fewer commits and search-index flushes), shorter
 * ones keep the desk quicker.
 */
const batchMs = 100;
/** Rows between two looks at the batch's time. */
const timeCheckEvery = 32;
const skippedCount = {
  invalid: 'invalid',
  duplicateInFile: 'duplicatesInFile',
  duplicateInDatabase: 'duplicatesInDatabase',
} as const;

/** Counts a verdict; answers the row's problems for the report (its warnings when it goes in) and whether it is skipped. */
function tally(counts: ImportCounts, verdict: Verdict): { skipped: boolean; problems: RowError[] } {
  switch (verdict.kind) {
    case 'create':
      counts.toCreate++;
      counts.checksToReview += verdict.review.length;
      break;
    case 'update':
      counts.toUpdate++;
      counts.checksToReview += verdict.review.length;
      break;
    case 'unchanged':
      counts.unchanged++;
      break;
    default:
      counts[skippedCount[verdict.kind]]++;
      return { skipped: true, problems: verdict.errors };
  }
  if (verdict.warnings.length > 0 && verdict.kind !== 'unchanged') counts.withWarnings++;
  return { skipped: false, problems: verdict.warnings };
}

/** A row that the "refuse the file" option cannot let through, found while writing. */
class RefusedRow extends Error {
  constructor(readonly errors: RowError[]) {
    super(errors.map((error) => error.message).join('; '));
  }
}

/**
 * Reads the file, validating chunks on the validator threads, and hands them to `settle` in
 * file order, each as soon as it and those before it are validated (so progress shows from the
 * first chunk); reading waits while too many are. Resolves with the file's SHA-256.
 */
async function readValidated(
  params: ImportJobParams,
  /** Writing: planned rows built, and the file's structure already verified (`verifyFile`). */
  stage: boolean,
  settle: (rows: ValidatedRow[]) => Promise<void> | void,
  onRead: (read: { rows: number; bytes: number }) => void,
): Promise<string> {
  const validating: { rows: Promise<ValidatedRow[]>; ready: boolean }[] = [];
  const validator = chunkValidator(
    { mapping: params.options.mapping, headers: params.facts.headers, stage, onWarning: params.options.onWarning },
    params.facts.size,
  );
  const mustSettle = () => validating.length >= maxValidating || validating[0]?.ready === true;
  const settleOldest = async () => settle(await (validating.shift() as (typeof validating)[number]).rows);
  const settleReady = async () => {
    while (mustSettle()) await settleOldest();
  };
  let rowsRead = 0;
  try {
    const hash = await readRecords(
      params.filePath,
      params.facts,
      (records, progress) => {
        const chunk = { rows: validator.validate(records, rowsRead + 2), ready: false };
        // A failure is thrown when the chunk is settled; until then it must not count as unhandled.
        const isReady = () => (chunk.ready = true);
        chunk.rows.then(isReady, isReady);
        validating.push(chunk);
        rowsRead += records.length;
        onRead({ rows: rowsRead, bytes: progress.bytes });
        return mustSettle() ? settleReady() : undefined;
      },
      { verified: stage },
    );
    while (validating.length > 0) await settleOldest();
    return hash;
  } finally {
    await validator.close();
  }
}

/** The dry run: judges every row against one consistent snapshot, writes nothing but the error report. */
async function checkFile(params: ImportJobParams, context: TaskContext): Promise<ImportReport> {
  const db = context.storage.writer;
  const report = new ErrorReport(context.dataDir, params.reportName);
  const counts = noCounts();
  // On the writer: its temporary tables, in a transaction that is rolled back (one snapshot).
  const judge = new RowJudge(batchHandle(db), params.options.mapping, params.options.mode, params.options.onWarning);
  const { onRead, total } = estimate(params, 0);
  db.$client.exec('BEGIN');
  try {
    const settle = async (rows: ValidatedRow[]) => {
      for (const validated of rows) {
        if (++counts.rows % cancelCheckEvery === 0) {
          context.checkCancelled();
          context.progress(counts.rows, total());
        }
        report.add(tally(counts, await judge.judge(validated)).problems);
      }
      context.progress(counts.rows, total());
    };
    const fileHash = await readValidated(params, false, settle, onRead);
    context.checkCancelled();
    context.progress(counts.rows, counts.rows);
    return reportOf(counts, fileHash, report, null);
  } catch (error) {
    report.discard();
    throw error;
  } finally {
    // The judge's temporary tables were written in this transaction: nothing else was.
    if (db.$client.inTransaction) db.$client.exec('ROLLBACK');
  }
}

/** Progress over two passes (refuse mode: the check, then the writing), as one bar. */
function passOf(context: TaskContext, pass: 0 | 1): TaskContext {
  return {
    ...context,
    progress: (done, total, final) =>
      context.progress(total === null ? done : pass * total + done, total && 2 * total, final),
  };
}

/**
 * An import: the rows go in by batches, each in its own short transaction together with its
 * history entry's progress and the record of what it changed (for undo), so the desk keeps
 * working meanwhile and a cancel, a failure or a crash leaves the batches committed before it
 * and an entry saying how far it got. A resume goes on after the last committed row. With
 * "refuse the file", the whole file is checked first and nothing is written when a row fails.
 */
async function importFile(params: ImportJobParams, context: TaskContext, pipeline: Pipeline): Promise<ImportReport> {
  const db = context.storage.writer;
  const { options } = params;
  const resumed = params.resumeId ? findImport(db, params.resumeId) : undefined;
  if (params.resumeId && !resumed) throw new ApiError('NOT_FOUND', `Import #${params.resumeId} does not exist`);
  // A broken file is refused here, before anything is written.
  const fileHash = await verifyFile(params.filePath, params.facts);
  if (resumed && resumed.fileHash !== fileHash) {
    throw new ApiError('CONFLICT', 'The file changed since this import started; import it again as a new import');
  }
  let writing = context;
  if (options.onInvalid === 'refuse' && !resumed) {
    const checked = await pipeline.check(params, passOf(context, 0));
    if (checked.errorCount > 0) {
      const importId = recordImport(db, {
        ...entryOf(params, fileHash, checked, new Date().toISOString()),
        state: 'refused',
        // Counted by the check, none written.
        created: 0,
        updated: 0,
        committedRows: 0,
        errorCount: checked.errorCount,
        errorReport: checked.errorReport,
        message: `${checked.errorCount} rows need attention; nothing was imported`,
        finishedAt: new Date().toISOString(),
      });
      return { ...checked, importId, refused: true };
    }
    writing = passOf(context, 1);
    params = { ...params, expectedRows: checked.rows };
  }
  return pipeline.write(params, writing, fileHash, resumed);
}

async function writeFile(
  params: ImportJobParams,
  context: TaskContext,
  fileHash: string,
  resumed: ReturnType<typeof findImport>,
): Promise<ImportReport> {
  const db = context.storage.writer;
  const tx = batchHandle(db);
  const { options, facts } = params;
  const start = startWriting(params, context, fileHash, resumed);
  const { report, importId } = start;
  /** Counts as of the last commit, and as of the row being settled. */
  let committed = start.committed;
  const counts = { ...committed };
  // The judge first: it sets where temporary tables live, which drops those made before.
  const judge = new RowJudge(tx, options.mapping, options.mode, options.onWarning);
  const customerWriter = importWriter(context);
  const writer = new CustomerBatchWriter(tx, customerWriter, importOrigin(params.actor, importId, facts.fileName));
  const { onRead, total } = estimate(params, 0);
  const skip = committed.rows;
  let seen = 0;
  let batch: Batch | null = null;

  /** Ends the open batch: its rows, what they changed, its errors and the entry's progress, in one commit. */
  const commit = async (patch: Partial<NewImportEntry> = {}, work?: (tx: WritableDB) => Promise<void>) => {
    const open = (batch ??= writeTransaction.begin(db, context.writeTurn));
    await writer.flush();
    recordBatchChanges(db, importId, open);
    report.add(open.errors);
    report.flush();
    await work?.(tx);
    updateImport(db, importId, { ...progressOf(counts, report.count, report.name), ...patch });
    writeTransaction.commit(db, context.writeTurn);
    committed = { ...counts };
    batch = null;
  };

  const settle = async (rows: ValidatedRow[]) => {
    let next = 0;
    if (seen < skip) {
      // Rows a resume goes past: noted for the duplicates after them, in one temporary-table transaction.
      next = Math.min(rows.length, skip - seen);
      db.$client.transaction(() => rows.slice(0, next).forEach((validated) => judge.remember(validated)))();
      seen += next;
    }
    for (const validated of rows.slice(next)) {
      seen++;
      if (batch && counts.rows % timeCheckEvery === 0 && writeTransaction.elapsedMs(batch) >= batchMs) await commit();
      batch ??= writeTransaction.begin(db, context.writeTurn);
      if (++counts.rows % cancelCheckEvery === 0) {
        context.checkCancelled();
        context.progress(counts.rows, total());
      }
      const verdict = await judge.judge(validated);
      const { skipped, problems } = tally(counts, verdict);
      if (skipped && options.onInvalid === 'refuse') throw new RefusedRow(problems);
      batch.errors.push(...problems);
      if (skipped) continue;
      if (verdict.kind === 'update') batch.updates.push({ id: verdict.id, before: verdict.before });
      await applyVerdict(writer, verdict);
    }
    context.progress(counts.rows, total());
    // The next chunk may still be on the validators: the lock is not held while waiting for it.
    if (batch) await commit();
  };

  try {
    const readHash = await readValidated(params, true, settle, onRead);
    // Its structure was verified before the first row was written: read as it was then, or refused.
    if (readHash !== fileHash) {
      throw new ApiError(
        'CONFLICT',
        'The file changed while it was being imported; undo this import and import it again',
      );
    }
    context.checkCancelled();
    const finishedAt = new Date().toISOString();
    await commit({ state: 'done', finishedAt, pid: null, source: null }, (tx) =>
      writeAudit(tx, {
        actor: params.actor,
        entity: 'import',
        entityId: importId,
        action: 'import',
        reason: facts.fileName,
        changes: {
          created: { from: null, to: counts.toCreate },
          updated: { from: null, to: counts.toUpdate },
        },
      }),
    );
    context.progress(counts.rows, counts.rows);
    return reportOf(counts, fileHash, report, importId);
  } catch (error) {
    writeTransaction.rollback(db, context.writeTurn);
    report.close();
    const finishedAt = new Date().toISOString();
    const stopped = { ...progressOf(committed, report.count, report.name), pid: null, finishedAt };
    if (error instanceof RefusedRow) {
      // The file was checked; a row that fails now was made invalid by an edit meanwhile.
      const undone = await undoImport(db, customerWriter, importId, params.actor, undoSteps(db, context));
      const row = error.errors[0]?.row;
      updateImport(db, importId, {
        ...stopped,
        created: 0,
        updated: 0,
        state: 'refused',
        source: null,
        message: `Row ${row} could no longer be imported as checked (${error.message}); the rows before it were undone: ${undoSummary(undone)}`,
      });
      const errors = error.errors;
      return { ...counts, fileHash, errors, errorCount: errors.length, errorReport: null, importId, refused: true };
    }
    recordStopped(
      context,
      { importId, error, committed, report, total: total() },
      'Resume it to import the rest, or undo it',
    );
    throw error;
  }
}

/** How one kind of file is checked and written; `importFile` runs either the same way. */
export interface Pipeline {
  check(params: ImportJobParams, context: TaskContext): Promise<ImportReport>;
  write(
    params: ImportJobParams,
    context: TaskContext,
    fileHash: string,
    resumed: ReturnType<typeof findImport>,
  ): Promise<ImportReport>;
}

const pipelines = {
  customers: { check: checkFile, write: writeFile },
  exchanges: activityPipeline('exchanges'),
  ledger: activityPipeline('ledger'),
  reviews: activityPipeline('reviews'),
  reserveRequests: activityPipeline('reserveRequests'),
  tickets: activityPipeline('tickets'),
  sessions: activityPipeline('sessions'),
} satisfies Record<ImportJobParams['options']['kind'], Pipeline>;

export const checkImportTask = defineTask((params: ImportJobParams, context) =>
  pipelines[params.options.kind].check(params, context),
);
export const runImportTask = defineTask((params: ImportJobParams, context) =>
  importFile(params, context, pipelines[params.options.kind]),
);
