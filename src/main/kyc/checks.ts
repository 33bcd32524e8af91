import { and, eq } from 'drizzle-orm';
import { verificationChecks, verifiedFlag, type VerificationCheck } from '../../shared/customers/fields';
import type { Db } from '../db/connection';
import { kycChecks } from '../db/schema';

export type CheckRow = typeof kycChecks.$inferSelect;
export type StoredCheckState = CheckRow['state'];
type Flags = { [K in (typeof verifiedFlag)[VerificationCheck]]: boolean };

export function checkRows(db: Db, customerId: number): Map<VerificationCheck, CheckRow> {
  const rows = db.select().from(kycChecks).where(eq(kycChecks.customerId, customerId)).all();
  return new Map(rows.map((row) => [row.check, row]));
}

export function checkRow(db: Db, customerId: number, check: VerificationCheck): CheckRow | undefined {
  return db
    .select()
    .from(kycChecks)
    .where(and(eq(kycChecks.customerId, customerId), eq(kycChecks.check, check)))
    .get();
}

/** Writes a check's whole state (insert or replace); the queue follows by trigger. */
export function putCheck(db: Db, row: CheckRow): void {
  const { state, requestedAt, decidedAt, decidedBy, reason, note } = row;
  db.insert(kycChecks)
    .values(row)
    .onConflictDoUpdate({
      target: [kycChecks.customerId, kycChecks.check],
      set: { state, requestedAt, decidedAt, decidedBy, reason, note },
    })
    .run();
}

/** Puts a check in the queue, keeping its place when it already waits. */
export function requestReview(db: Db, customerId: number, check: VerificationCheck, at: string): void {
  const current = checkRow(db, customerId, check);
  if (current?.state === 'pending') return;
  putCheck(db, {
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
export function withdrawPending(db: Db, customerId: number, check: VerificationCheck): void {
  db.delete(kycChecks)
    .where(and(eq(kycChecks.customerId, customerId), eq(kycChecks.check, check), eq(kycChecks.state, 'pending')))
    .run();
}

/** The customer's verified flags as the checks say: a flag is on exactly when its check is approved. */
export function flagsFromChecks(rows: Map<VerificationCheck, CheckRow>): Flags {
  const flags = {} as Flags;
  for (const check of verificationChecks) flags[verifiedFlag[check]] = rows.get(check)?.state === 'approved';
  return flags;
}
