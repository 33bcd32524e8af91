import { and, asc, count, eq, gt, isNull } from 'drizzle-orm';
import type { Customer, CustomerData } from '../../shared/customers/schema';
import type { Standing } from '../../shared/customers/standing';
import { ApiError } from '../../shared/errors';
import type { ImportUndoCounts, ImportUndoReport } from '../../shared/imports/contract';
import { writeAudit, type Changes } from '../audit/log';
import { customerEntity, dataOf, findCustomer } from '../customers/records';
import { checkAgainstStore } from '../customers/rules';
import { sqliteCustomerLookups } from '../customers/sqlite-lookups';
import { undoOrigin, type CustomerWriter, type WriteOrigin } from '../customers/write';
import type { SqliteDatabase } from '../db/sqlite/database';
import { auditLog, customers, importChanges, kycChecks } from '../db/schema';
import { batchHandle } from './batch';
import { findImport, updateImport } from './history';

type ChangeRow = typeof importChanges.$inferSelect;
type Outcome = { kind: 'removed' | 'restored' } | { kind: 'skipped'; reason: string };

/** Why undo must leave this customer as it is, or null when it is still as the import left it. */
function changedSince(db: SqliteDatabase, change: ChangeRow, current: Customer | undefined): string | null {
  if (!current) return 'no longer exists';
  const later = db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity, customerEntity),
        eq(auditLog.entityId, change.customerId),
        gt(auditLog.id, change.auditMark),
      ),
    )
    .limit(1)
    .get();
  if (current.version !== change.version || later) return 'changed after the import';
  return null;
}

/** Every value the customer had, each going to nothing: the audit entry of its removal. */
function removalChanges(data: CustomerData): Changes {
  const changes: Changes = {};
  for (const [key, from] of Object.entries(data)) {
    if (from !== null && from !== false && !(Array.isArray(from) && from.length === 0))
      changes[key] = { from, to: null };
  }
  return changes;
}

/** Takes back one customer's change, as the form would write it, with its audit entry. */
async function undoOne(
  db: SqliteDatabase,
  change: ChangeRow,
  writer: CustomerWriter,
  origin: WriteOrigin,
): Promise<Outcome> {
  const tx = batchHandle(db);
  const current = await findCustomer(tx, change.customerId);
  const changed = changedSince(db, change, current);
  if (changed || !current) return { kind: 'skipped', reason: changed ?? 'no longer exists' };
  const now = dataOf(current);
  if (change.before === null) {
    // Created by the import and untouched since: no file, no decision but the import's own.
    db.delete(kycChecks).where(eq(kycChecks.customerId, current.id)).run();
    db.delete(customers).where(eq(customers.id, current.id)).run();
    await writeAudit(tx, {
      actor: origin.actor,
      entity: customerEntity,
      entityId: current.id,
      action: origin.actions.update,
      reason: origin.reason,
      changes: removalChanges(now),
    });
    return { kind: 'removed' };
  }
  // An import that changed the status kept the one before beside the data.
  const { status, statusReason, ...before } = change.before as CustomerData & Partial<Standing>;
  const standing = status && {
    before: { status: current.status, statusReason: current.statusReason },
    after: { status, statusReason: statusReason ?? null },
  };
  try {
    // The values before may clash with what others saved since (an email now someone else's).
    await checkAgainstStore(sqliteCustomerLookups, tx, before, now, current.id);
  } catch (error) {
    if (error instanceof ApiError) return { kind: 'skipped', reason: error.message };
    throw error;
  }
  await writer.update(tx, [{ id: current.id, version: current.version, before: now, data: before, standing }], origin);
  return { kind: 'restored' };
}

/** Customers of the import that an undo has not yet taken back nor left alone. */
export function pendingUndo(db: SqliteDatabase, importId: number): number {
  return (
    db
      .select({ n: count() })
      .from(importChanges)
      .where(and(eq(importChanges.importId, importId), isNull(importChanges.undoSkipped)))
      .get()?.n ?? 0
  );
}

export interface UndoProgress {
  /** Before each batch's transaction; throws to stop (the batches before it stay undone). */
  beforeBatch(done: number, total: number): void;
  /** Opens the batch's write transaction and commits it when `work` resolves. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
}

const undoBatch = 500;
const reportedSkips = 100;

/**
 * Undoes an import a batch of customers at a time, each batch in its own transaction (the
 * desk keeps working): those it created are removed, those it updated get their values from
 * before it back. A customer changed by anyone since the import is left as it is, and named in
 * the report. Stopped part way, it goes on where it stopped when run again.
 */
export async function undoImport(
  db: SqliteDatabase,
  writer: CustomerWriter,
  importId: number,
  actor: string,
  progress: UndoProgress,
): Promise<ImportUndoReport> {
  const entry = findImport(db, importId);
  if (!entry) throw new ApiError('NOT_FOUND', `Import #${importId} does not exist`);
  const origin = undoOrigin(actor, importId, entry.fileName);
  const counts: ImportUndoCounts = entry.undo ?? { removed: 0, restored: 0, skipped: 0 };
  const skippedCustomers: ImportUndoReport['skippedCustomers'] = [];
  const total = pendingUndo(db, importId);
  let done = 0;
  for (;;) {
    progress.beforeBatch(done, total);
    const more = await progress.transaction(async () => {
      const batch = db
        .select()
        .from(importChanges)
        .where(and(eq(importChanges.importId, importId), isNull(importChanges.undoSkipped)))
        .orderBy(asc(importChanges.customerId))
        .limit(undoBatch)
        .all();
      for (const change of batch) {
        const outcome = await undoOne(db, change, writer, origin);
        const key = and(eq(importChanges.importId, importId), eq(importChanges.customerId, change.customerId));
        if (outcome.kind === 'skipped') {
          counts.skipped++;
          if (skippedCustomers.length < reportedSkips) {
            skippedCustomers.push({ customerId: change.customerId, reason: outcome.reason });
          }
          db.update(importChanges).set({ undoSkipped: outcome.reason }).where(key).run();
        } else {
          counts[outcome.kind]++;
          db.delete(importChanges).where(key).run();
        }
      }
      done += batch.length;
      const finished = batch.length < undoBatch;
      updateImport(db, importId, {
        undo: counts,
        ...(finished && {
          state: 'undone',
          source: null,
          message: `Undone: ${undoSummary(counts)}`,
        }),
      });
      return !finished;
    });
    if (!more) return { importId, ...counts, skippedCustomers };
  }
}

export function undoSummary({ removed, restored, skipped }: ImportUndoCounts): string {
  const customers = (n: number) => `${n.toLocaleString('en')} customer${n === 1 ? '' : 's'}`;
  const parts = [`${customers(removed)} removed`, `${customers(restored)} restored`];
  if (skipped > 0) parts.push(`${customers(skipped)} left as they are (changed after the import)`);
  return parts.join(', ');
}
