import { gt, inArray, max, sql } from 'drizzle-orm';
import type { CustomerData } from '../../shared/customers/schema';
import type { Standing } from '../../shared/customers/standing';
import { ApiError } from '../../shared/errors';
import type { RowError } from '../../shared/imports/contract';
import { sqliteCustomerRows } from '../customers/sqlite-customer-rows';
import { CustomerWriter } from '../customers/write';
import type { WritableDB } from '../db/handles';
import type { SqliteDatabase } from '../db/sqlite/database';
import type { TaskContext } from '../jobs/task';
import { auditLog, customers, importChanges } from '../db/schema';
import { bulkCheckpointIfDue, bulkCommitCheckpoints } from '../db/sqlite/checkpoints';
import { busyOr } from '../db/sqlite/storage';
import type { WriteTurn } from '../db/sqlite/write-turn';
import type { UndoProgress } from './undo';

/** One batch of an import, in its own write transaction. */
export interface Batch {
  startedAt: number;
  /** The customers' last id when the batch began: those after it are the batch's new customers. */
  lastId: number;
  /** Customers the batch updated, with their data before (and their status, when the batch changed it). */
  updates: { id: number; before: CustomerData & Partial<Standing> }[];
  /** Row errors, added to the error report when the batch commits (a rolled back batch's rows come again). */
  errors: RowError[];
}

/**
 * How long a job's worker waits for the write lock in all (one busy timeout after another)
 * before it gives up: the core's own transactions are short, so only something stuck holds it so long.
 */
const lockWaitMs = 60_000;

/**
 * The worker's writer as a write handle, for the core's write helpers inside a batch: only while
 * `writeTransaction` holds a transaction open on it.
 */
export function batchHandle(db: SqliteDatabase): WritableDB {
  return db as unknown as WritableDB;
}

/**
 * A job worker's write transactions, one per batch, on the worker's own connection; each waits
 * its turn (`WriteTurn`), so the core's own writes get in between batches.
 */
export const writeTransaction = {
  begin(db: SqliteDatabase, turn: WriteTurn): Batch {
    const giveUp = performance.now() + lockWaitMs;
    bulkCommitCheckpoints(db.$client);
    for (;;) {
      turn.beginBatch();
      try {
        db.$client.exec('BEGIN IMMEDIATE');
        break;
      } catch (error) {
        turn.endBatch();
        if (!(busyOr(error) instanceof ApiError) || performance.now() > giveUp) throw error;
      }
    }
    const lastId =
      db
        .select({ id: max(customers.id) })
        .from(customers)
        .get()?.id ?? 0;
    return { startedAt: performance.now(), lastId, updates: [], errors: [] };
  },
  commit(db: SqliteDatabase, turn: WriteTurn): void {
    db.$client.exec('COMMIT');
    turn.endBatch();
    bulkCheckpointIfDue(db.$client);
  },
  rollback(db: SqliteDatabase, turn: WriteTurn): void {
    if (db.$client.inTransaction) db.$client.exec('ROLLBACK');
    turn.endBatch();
  },
  elapsedMs(batch: Batch): number {
    return performance.now() - batch.startedAt;
  },
};

/** The audit log's last id: a customer's entries after it are changes made since. */
function auditMark(db: SqliteDatabase): number {
  return (
    db
      .select({ id: max(auditLog.id) })
      .from(auditLog)
      .get()?.id ?? 0
  );
}

/** Versions looked up per statement (well under SQLite's limit of variables). */
const idsPerQuery = 1000;

/**
 * Records what the batch changed, for an exact undo: each customer it created (ids after the
 * batch's start: it held the write lock), each it updated with its data before, and the version
 * it left. Call just before the batch commits.
 */
export function recordBatchChanges(db: SqliteDatabase, importId: number, batch: Batch): void {
  const mark = auditMark(db);
  db.insert(importChanges)
    .select(
      db
        .select({
          importId: sql<number>`${importId}`.as('import_id'),
          customerId: customers.id,
          before: sql<null>`NULL`.as('before'),
          version: customers.version,
          auditMark: sql<number>`${mark}`.as('audit_mark'),
          undoSkipped: sql<null>`NULL`.as('undo_skipped'),
        })
        .from(customers)
        .where(gt(customers.id, batch.lastId)),
    )
    .run();
  for (let i = 0; i < batch.updates.length; i += idsPerQuery) {
    const updates = batch.updates.slice(i, i + idsPerQuery);
    const versions = new Map(
      db
        .select({ id: customers.id, version: customers.version })
        .from(customers)
        .where(
          inArray(
            customers.id,
            updates.map((update) => update.id),
          ),
        )
        .all()
        .map((row) => [row.id, row.version]),
    );
    db.insert(importChanges)
      .values(
        updates.map(({ id, before }) => ({
          importId,
          customerId: id,
          before,
          version: versions.get(id) as number,
          auditMark: mark,
        })),
      )
      .onConflictDoNothing()
      .run();
  }
}

/** The customers' write path, for an import's or an undo's batches. */
export const importWriter = (context: TaskContext) => new CustomerWriter(sqliteCustomerRows, context.decisionChain);

/** Undo in a worker: batches as the import's, each in its turn, cancel between them. */
export function undoSteps(db: SqliteDatabase, context: TaskContext): UndoProgress {
  return {
    beforeBatch: (done: number, total: number) => {
      context.checkCancelled();
      context.progress(done, total);
    },
    transaction: async <T>(work: () => Promise<T>): Promise<T> => {
      writeTransaction.begin(db, context.writeTurn);
      try {
        const value = await work();
        writeTransaction.commit(db, context.writeTurn);
        return value;
      } catch (error) {
        writeTransaction.rollback(db, context.writeTurn);
        throw error;
      }
    },
  };
}
