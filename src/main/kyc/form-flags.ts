import { verificationChecks, verifiedFlag, type VerificationCheck } from '../../shared/customers/fields';
import { getTableName } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { preparedPerConnection } from '../db/prepared';
import { kycChecks } from '../db/schema';
import { checkRow, putCheck, requestReview } from './checks';
import { appendDecision } from './decision-log';

type Flags = { [K in (typeof verifiedFlag)[VerificationCheck]]: boolean } & { phone: string | null };

/** The note of a decision taken by ticking a flag in the customer form rather than in KYC review. */
export const formDecisionNote = 'Marked verified in the customer form';

/**
 * The customer form's verified flags map onto the checks: a flag turned on approves its check
 * (in the decision log, like any approval), a flag turned off sends the check back to review,
 * and a new customer's email and phone wait for review. The document-check rule of
 * customers/rules.ts already refused turning a file check on here.
 */
export function applyFormFlags(db: Db, customerId: number, before: Flags | null, after: Flags, actor: string): void {
  const at = new Date().toISOString();
  for (const check of verificationChecks) {
    const flag = verifiedFlag[check];
    const wasOn = before?.[flag] ?? false;
    const state = checkRow(db, customerId, check)?.state;
    if (after[flag] && !wasOn && state !== 'approved') {
      putCheck(db, {
        customerId,
        check,
        state: 'approved',
        requestedAt: null,
        decidedAt: at,
        decidedBy: actor,
        reason: null,
        note: formDecisionNote,
      });
      appendDecision(db, {
        at,
        reviewer: actor,
        customerId,
        check,
        outcome: 'approved',
        reason: null,
        note: formDecisionNote,
        fileSha256: [],
      });
    } else if (!after[flag] && wasOn) {
      requestReview(db, customerId, check, at);
    } else if (!after[flag] && state === undefined && waitsForFirstReview(check, after)) {
      requestReview(db, customerId, check, at);
    }
  }
}

/** A customer's email, and phone when there is one, wait for review from the start. */
function waitsForFirstReview(check: VerificationCheck, flags: Flags): boolean {
  return check === 'email' || (check === 'phone' && Boolean(flags.phone));
}

const anyFlagOn = (flags: Flags) => verificationChecks.some((check) => flags[verifiedFlag[check]]);

/**
 * `applyFormFlags` for many new customers at once (an import): customers with no flag on get
 * their first reviews requested in one statement; the rare ones with a flag on go one by one,
 * so their approvals enter the decision log exactly as from the form.
 */
export function applyNewCustomerFlags(db: Db, created: readonly { id: number; flags: Flags }[], actor: string): void {
  const pending: [number, VerificationCheck][] = [];
  for (const { id, flags } of created) {
    if (anyFlagOn(flags)) applyFormFlags(db, id, null, flags, actor);
    else for (const check of verificationChecks) if (waitsForFirstReview(check, flags)) pending.push([id, check]);
  }
  if (pending.length === 0) return;
  pendingChecksInsert(db).run(new Date().toISOString(), JSON.stringify(pending));
}

const pendingChecksInsert = preparedPerConnection((db) =>
  db.$client.prepare<[string, string]>(
    `INSERT INTO ${getTableName(kycChecks)} (${kycChecks.customerId.name}, "${kycChecks.check.name}", ${kycChecks.state.name}, ${kycChecks.requestedAt.name})
     SELECT value ->> 0, value ->> 1, 'pending', ? FROM json_each(?)`,
  ),
);
