import { and, eq, sql } from 'drizzle-orm';
import type { VerificationCheck } from '../../shared/customers/fields';
import type { ReadableDB, WritableDB } from '../db/handles';
import { kycChecks } from '../db/schema';

export type CheckRow = typeof kycChecks.$inferSelect;
export type StoredCheckState = CheckRow['state'];

export async function checkRows(db: ReadableDB, customerId: number): Promise<Map<VerificationCheck, CheckRow>> {
  const rows = await db.select().from(kycChecks).where(eq(kycChecks.customerId, customerId));
  return new Map(rows.map((row) => [row.check, row]));
}

export async function checkRow(
  db: ReadableDB,
  customerId: number,
  check: VerificationCheck,
): Promise<CheckRow | undefined> {
  const [row] = await db
    .select()
    .from(kycChecks)
    .where(and(eq(kycChecks.customerId, customerId), eq(kycChecks.check, check)));
  return row;
}

/** Writes a check's whole state (insert or replace); the queue follows by trigger. */
export async function putCheck(tx: WritableDB, row: CheckRow): Promise<void> {
  const { state, requestedAt, decidedAt, decidedBy, reason, note } = row;
  await tx
    .insert(kycChecks)
    .values(row)
    .onConflictDoUpdate({
      target: [kycChecks.customerId, kycChecks.check],
      set: { state, requestedAt, decidedAt, decidedBy, reason, note },
    });
}

/** Puts a check in the queue, keeping its place when it already waits. */
export async function requestReview(
  tx: WritableDB,
  customerId: number,
  check: VerificationCheck,
  at: string,
): Promise<void> {
  const current = await checkRow(tx, customerId, check);
  if (current?.state === 'pending') return;
  await putCheck(tx, {
    customerId,
    check,
    state: 'pending',
    requestedAt: at,
    decidedAt: null,
    decidedBy: null,
    reason: null,
    note: null,
  });
}

/** A pending check with nothing left to review leaves the queue (back to not submitted). */
export async function withdrawPending(tx: WritableDB, customerId: number, check: VerificationCheck): Promise<void> {
  await tx
    .delete(kycChecks)
    .where(and(eq(kycChecks.customerId, customerId), eq(kycChecks.check, check), eq(kycChecks.state, 'pending')));
}

/** Writes checks' whole states (insert or replace), as `putCheck` does one. */
export async function putChecks(tx: WritableDB, rows: readonly CheckRow[]): Promise<void> {
  if (rows.length === 0) return;
  const excluded = (column: string) => sql.raw(`excluded."${column}"`);
  await tx
    .insert(kycChecks)
    .values([...rows])
    .onConflictDoUpdate({
      target: [kycChecks.customerId, kycChecks.check],
      set: {
        state: excluded(kycChecks.state.name),
        requestedAt: excluded(kycChecks.requestedAt.name),
        decidedAt: excluded(kycChecks.decidedAt.name),
        decidedBy: excluded(kycChecks.decidedBy.name),
        reason: excluded(kycChecks.reason.name),
        note: excluded(kycChecks.note.name),
      },
    });
}
