import { requiredChecks } from '../customers/lifecycle';
import { verifiedFlag, type VerificationCheck } from '../customers/fields';
import type { CheckState } from './fields';

type Flags = { [K in (typeof verifiedFlag)[VerificationCheck]]: boolean } & { phone: string | null };

/** The share of required checks approved, 0-100: one rounding for every place that shows progress. */
function share(approved: number, required: number): number {
  return Math.round((approved * 100) / required);
}

/** Verification progress: the share of required checks that are approved, 0-100. */
export function verificationProgressOf(customer: Flags): number {
  const required = requiredChecks(customer);
  const approved = required.filter((check) => customer[verifiedFlag[check]]).length;
  return share(approved, required.length);
}

/**
 * The progress once `check` waits for review again, from the checks of a customer's review
 * (a new file for an approved check sends it back to pending: the upload warns with this).
 */
export function progressWithPending(
  checks: readonly { check: VerificationCheck; state: CheckState; required: boolean }[],
  check: VerificationCheck,
): number {
  const required = checks.filter((record) => record.required);
  const approved = required.filter((record) => record.state === 'approved' && record.check !== check).length;
  return share(approved, required.length);
}
