import type { ImportCounts, ImportJobParams, ImportReport, RowError } from '../../../shared/imports/contract';
import { importKindSpecs, type ImportKind } from '../../../shared/imports/kinds';
import { ApiError } from '../../../shared/errors';
import { writeAudit, writeAudits, type AuditWrite } from '../../audit/log';
import type { SqliteDatabase } from '../../db/sqlite/database';
import type { TaskContext } from '../../jobs/task';
import { failureText } from '../../jobs/worker-protocol';
import { baseCurrency } from '../../ledger/settings';
import { batchHandle, writeTransaction } from '../batch';
import { ErrorReport } from '../error-report';
import { type findImport, updateImport, type NewImportEntry } from '../history';
import { estimate, noCounts, progressOf, recordStopped, reportOf, startWriting } from '../job-parts';
import { readRecords } from '../source';
import { ActivityJudge, type ActivityVerdict } from './activity-judge';
import { exchangeKind, ledgerKind, type ActivityKind } from './activity-kinds';
import { reserveRequestKind } from './reserve-request-kind';
import { reviewKind } from './review-kind';
import type { ReadContext } from './row-cells';
import { sessionKind } from './session-kind';
import { ticketKind } from './ticket-kind';

const cancelCheckEvery = 256;
/** How long one batch holds the write lock at most, as the customer import's (import-file.ts). */
const batchMs = 100;

type ActivityImportKind = Exclude<ImportKind, 'customers'>;

/** Each pass gets its own kind (a dry run's ticket kind notes the tickets it would create). */
function kindOf(kind: ActivityImportKind, base: string): ActivityKind<unknown> {
  const kinds: Record<ActivityImportKind, () => unknown> = {
    exchanges: () => exchangeKind,
    ledger: () => ledgerKind(base),
    reviews: () => reviewKind,
    reserveRequests: () => reserveRequestKind,
    tickets: () => ticketKind(),
    sessions: () => sessionKind,
  };
  return kinds[kind]() as ActivityKind<unknown>;
}

/** The file's number convention: a semicolon-separated CSV is what a German (or French...) Excel writes, with decimal commas. */
function readContext(params: ImportJobParams, base: string): ReadContext {
  return {
    values: params.options.mapping.values,
    decimalComma: params.facts.format === 'csv' && params.facts.delimiter === ';',
    baseCurrency: base,
  };
}

function judgeFor(db: SqliteDatabase, kind: ActivityImportKind, params: ImportJobParams, dryRun: boolean) {
  const base = baseCurrency(batchHandle(db));
  const { mapping } = params.options;
  return new ActivityJudge(
    batchHandle(db),
    kindOf(kind, base),
    kind,
    mapping,
    params.facts.headers,
    readContext(params, base),
    dryRun,
  );
}

/** Counts a verdict; answers the row's problems when it is skipped. */
function tally(counts: ImportCounts, verdict: ActivityVerdict<unknown>): RowError[] | null {
  if (verdict.kind === 'create') {
    counts.toCreate++;
    return null;
  }
  counts[
    verdict.kind === 'invalid'
      ? 'invalid'
      : verdict.kind === 'duplicateInFile'
        ? 'duplicatesInFile'
        : 'duplicatesInDatabase'
  ]++;
  return verdict.errors;
}

/** The dry run: every row judged on one snapshot (a transaction rolled back), nothing written but the report. */
async function check(kind: ActivityImportKind, params: ImportJobParams, context: TaskContext): Promise<ImportReport> {
  const db = context.storage.writer;
  const report = new ErrorReport(context.dataDir, params.reportName);
  const counts = noCounts();
  const { onRead, total } = estimate(params, 0);
  db.$client.exec('BEGIN');
  try {
    const judge = judgeFor(db, kind, params, true);
    const fileHash = await readRecords(params.filePath, params.facts, (records, progress) => {
      onRead({ rows: counts.rows + records.length, bytes: progress.bytes });
      for (const record of records) {
        const row = ++counts.rows + 1;
        if (counts.rows % cancelCheckEvery === 0) {
          context.checkCancelled();
          context.progress(counts.rows, total());
        }
        const errors = tally(counts, judge.judge(record, row));
        if (errors) report.add(errors);
      }
    });
    context.checkCancelled();
    context.progress(counts.rows, counts.rows);
    return reportOf(counts, fileHash, report, null);
  } catch (error) {
    report.discard();
    throw error;
  } finally {
    if (db.$client.inTransaction) db.$client.exec('ROLLBACK');
  }
}

/**
 * The import: rows written through the core's write path in batches, each batch in one short
 * transaction with its audit entries, its errors and the history entry's progress; a row the
 * store refuses as it is written (a trigger) is rolled back alone and reported. A resume goes on
 * after the last committed row. Nothing here can be undone: the ledger and an exchange's
 * history are append-only (a wrong entry is reversed on the desk).
 */
async function write(
  kind: ActivityImportKind,
  params: ImportJobParams,
  context: TaskContext,
  fileHash: string,
  resumed: ReturnType<typeof findImport>,
): Promise<ImportReport> {
  const db = context.storage.writer;
  const tx = batchHandle(db);
  const start = startWriting(params, context, fileHash, resumed);
  const { report, importId } = start;
  let committed = start.committed;
  const counts = { ...committed };
  const judge = judgeFor(db, kind, params, false);
  const note = `Imported from ${params.facts.fileName} (import #${importId})`;
  const { onRead, total } = estimate(params, 0);
  const skip = committed.rows;
  let seen = 0;
  let open: { startedAt: number; errors: RowError[]; audits: AuditWrite[] } | null = null;

  const begin = () => {
    writeTransaction.begin(db, context.writeTurn);
    return { startedAt: performance.now(), errors: [] as RowError[], audits: [] as AuditWrite[] };
  };
  const activity = kindOf(kind, baseCurrency(tx));

  const commit = async (patch: Partial<NewImportEntry> = {}) => {
    open ??= begin();
    report.add(open.errors);
    report.flush();
    await writeAudits(tx, open.audits, new Date().toISOString());
    updateImport(db, importId, { ...progressOf(counts, report.count, report.name), ...patch });
    writeTransaction.commit(db, context.writeTurn);
    committed = { ...counts };
    open = null;
  };

  const settle = async (records: string[][]) => {
    for (const record of records) {
      const row = ++seen + 1;
      if (seen <= skip) {
        judge.remember(record, row);
        continue;
      }
      if (open && performance.now() - open.startedAt >= batchMs) await commit();
      open ??= begin();
      if (++counts.rows % cancelCheckEvery === 0) {
        context.checkCancelled();
        context.progress(counts.rows, total());
      }
      const verdict = judge.judge(record, row);
      const errors = tally(counts, verdict);
      if (errors) {
        if (params.options.onInvalid === 'refuse') throw new ApiError('CONFLICT', refusedMessage(row, errors));
        open.errors.push(...errors);
        continue;
      }
      if (verdict.kind !== 'create') continue;
      db.$client.exec('SAVEPOINT activity_row');
      try {
        const { entity, id, changes } = activity.write(tx, verdict.value, verdict.customerId, params.actor, note);
        open.audits.push({ actor: params.actor, entity, entityId: id, action: 'import', reason: note, changes });
        db.$client.exec('RELEASE activity_row');
      } catch (error) {
        db.$client.exec('ROLLBACK TO activity_row; RELEASE activity_row');
        counts.toCreate--;
        counts.invalid++;
        const message = error instanceof ApiError ? error.message : failureText(error);
        open.errors.push({ row, customer: '', column: 'Row', value: '', severity: 'error', message });
      }
    }
    context.progress(counts.rows, total());
    if (open) await commit();
  };

  try {
    const readHash = await readRecords(
      params.filePath,
      params.facts,
      (records, progress) => {
        onRead({ rows: seen + records.length, bytes: progress.bytes });
        return settle(records);
      },
      { verified: true },
    );
    if (readHash !== fileHash) {
      throw new ApiError('CONFLICT', 'The file changed while it was being imported; import it again as a new import');
    }
    context.checkCancelled();
    open ??= begin();
    await writeAudit(tx, {
      actor: params.actor,
      entity: 'import',
      entityId: importId,
      action: 'import',
      reason: params.facts.fileName,
      changes: { [importKindSpecs[kind].noun.many]: { from: null, to: counts.toCreate } },
    });
    await commit({ state: 'done', finishedAt: new Date().toISOString(), pid: null, source: null });
    context.progress(counts.rows, counts.rows);
    return reportOf(counts, fileHash, report, importId);
  } catch (error) {
    writeTransaction.rollback(db, context.writeTurn);
    report.close();
    recordStopped(context, { importId, error, committed, report, total: total() }, 'Resume it to import the rest');
    throw error;
  }
}

function refusedMessage(row: number, errors: readonly RowError[]): string {
  return `Row ${row} could no longer be imported as checked (${errors.map((e) => e.message).join('; ')})`;
}

/** The dry run and the import of one kind of activity file, for import-file.ts to run. */
export function activityPipeline(kind: ActivityImportKind) {
  return {
    check: (params: ImportJobParams, context: TaskContext) => check(kind, params, context),
    write: (params: ImportJobParams, context: TaskContext, fileHash: string, resumed: ReturnType<typeof findImport>) =>
      write(kind, params, context, fileHash, resumed),
  };
}
