import type { ImportCounts, ImportJobParams, ImportReport, ImportSource } from '../../shared/imports/contract';
import { JobCancelled, type TaskContext } from '../jobs/task';
import { failureText } from '../jobs/worker-protocol';
import { ErrorReport } from './error-report';
import { type findImport, recordImport, stoppedAfter, updateImport, type NewImportEntry } from './history';

/**
 * The parts of an import job that every kind of file shares (customers, exchanges, ledger
 * entries): its counts, its report, its progress estimate and its history entry's columns.
 */
export const noCounts = (): ImportCounts => ({
  rows: 0,
  toCreate: 0,
  toUpdate: 0,
  unchanged: 0,
  invalid: 0,
  withWarnings: 0,
  checksToReview: 0,
  duplicatesInFile: 0,
  duplicatesInDatabase: 0,
});

/** What a dry run or an import that went to the end of its file found (closes its error report). */
export function reportOf(
  counts: ImportCounts,
  fileHash: string,
  report: ErrorReport,
  importId: number | null,
): ImportReport {
  return {
    ...counts,
    fileHash,
    errors: report.first,
    errorCount: report.count,
    errorReport: report.close(),
    importId,
    refused: false,
  };
}

/** The expected number of rows: the dry run's count, or rows per byte so far. */
export function estimate(params: ImportJobParams, counted: number) {
  let read = { rows: 0, bytes: 0 };
  return {
    onRead: (next: typeof read) => (read = next),
    total: () =>
      Math.max(
        counted,
        params.expectedRows ?? (read.bytes > 0 ? Math.round((read.rows * params.facts.size) / read.bytes) : read.rows),
      ),
  };
}

/** The entry's fields that describe the import (not its progress). */
export function entryOf(params: ImportJobParams, fileHash: string, counts: ImportCounts, startedAt: string) {
  return {
    kind: params.options.kind,
    fileName: params.facts.fileName,
    fileHash,
    fileSize: params.facts.size,
    mode: params.options.mode,
    onInvalid: params.options.onInvalid,
    onWarning: params.options.onWarning,
    mapping: params.options.mapping,
    actor: params.actor,
    startedAt,
    source: params.options.source as ImportSource,
    expectedRows: params.expectedRows,
    ...progressOf(counts, 0, null),
  } satisfies Partial<NewImportEntry>;
}

/** The entry's progress columns for committed counts. */
export function progressOf(counts: ImportCounts, errorCount: number, errorReport: string | null) {
  return {
    rows: counts.rows,
    created: counts.toCreate,
    updated: counts.toUpdate,
    skipped: counts.invalid + counts.duplicatesInFile + counts.duplicatesInDatabase,
    committedRows: counts.rows,
    counts: { ...counts },
    errorCount,
    errorReport: errorCount > 0 ? errorReport : null,
  };
}

/**
 * The start of an import's writing pass, whatever the file holds: the counts committed so far (a
 * resume's), its error report (a resume adds to the one it had) and its history entry, running.
 */
export function startWriting(
  params: ImportJobParams,
  context: TaskContext,
  fileHash: string,
  resumed: ReturnType<typeof findImport>,
) {
  const db = context.storage.writer;
  /** An import from before warnings lacks `withWarnings` in its counts. */
  const committed = { ...noCounts(), ...resumed?.counts };
  const report = new ErrorReport(
    context.dataDir,
    resumed?.errorReport ?? params.reportName,
    resumed?.errorReport ? resumed.errorCount : 0,
  );
  const importId = resumed
    ? resumed.id
    : recordImport(db, { ...entryOf(params, fileHash, committed, new Date().toISOString()), state: 'running' });
  updateImport(db, importId, { state: 'running', pid: process.pid, finishedAt: null, message: null });
  return { committed, report, importId };
}

/**
 * Notes on the history entry that a writing pass was cancelled or failed after its committed
 * rows (its open batch already rolled back and its report closed); `next` says what the person
 * can do about the rest ("Resume it to import the rest").
 */
export function recordStopped(
  context: TaskContext,
  stop: { importId: number; error: unknown; committed: ImportCounts; report: ErrorReport; total: number },
  next: string,
): void {
  const { importId, error, committed, report } = stop;
  const cancelled = error instanceof JobCancelled;
  context.progress(committed.rows, stop.total, true);
  const how = stoppedAfter(committed.rows);
  updateImport(context.storage.writer, importId, {
    ...progressOf(committed, report.count, report.name),
    pid: null,
    finishedAt: new Date().toISOString(),
    state: cancelled ? 'cancelled' : 'failed',
    message: cancelled ? `Cancelled; ${how}. ${next}` : `Failed (${failureText(error)}); ${how}. ${next}`,
  });
}
