import { verificationChecks, verifiedFlag, type VerificationCheck } from '../../shared/customers/fields';
import type { WritableDB } from '../db/handles';
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
export async function applyFormFlags(
  tx: WritableDB,
  customerId: number,
  before: Flags | null,
  after: Flags,
  actor: string,
): Promise<void> {
  const at = new Date().toISOString();
  for (const check of verificationChecks) {
    const flag = verifiedFlag[check];
    const wasOn = before?.[flag] ?? false;
    const state = (await checkRow(tx, customerId, check))?.state;
    if (after[flag] && !wasOn && state !== 'approved') {
      await putCheck(tx, {
        customerId,
        check,
        state: 'approved',
        requestedAt: null,
        decidedAt: at,
        decidedBy: actor,
        reason: null,
        note: formDecisionNote,
      });
      await appendDecision(tx, {
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
      await requestReview(tx, customerId, check, at);
    } else if (!after[flag] && state === undefined && waitsForFirstReview(check, after)) {
      await requestReview(tx, customerId, check, at);
    }
  }
}

/** A customer's email, and phone when there is one, wait for review from the start. */
function waitsForFirstReview(check: VerificationCheck, flags: Flags): boolean {
  return check === 'email' || (check === 'phone' && Boolean(flags.phone));
}

export const anyVerifiedFlag = (flags: Flags) => verificationChecks.some((check) => flags[verifiedFlag[check]]);

/**
 * What `applyFormFlags` does for a new customer with no flag on, as data: the checks that wait
 * for review from the start, so an import can request them for many customers in one statement.
 * Null when a flag is on: that customer goes through `applyFormFlags`, so its approvals enter the
 * decision log exactly as from the form.
 */
export function firstReviewsOf(flags: Flags): VerificationCheck[] | null {
  return anyVerifiedFlag(flags) ? null : verificationChecks.filter((check) => waitsForFirstReview(check, flags));
}
