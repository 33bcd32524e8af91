import {
  documentChecks,
  verificationChecks,
  verifiedFlag,
  type VerificationCheck,
} from '../../shared/customers/fields';
import { verificationProgressOf } from '../../shared/kyc/progress';
import type { StoredCheckState } from './checks';

type FlagName = (typeof verifiedFlag)[VerificationCheck];
type Flags = { [K in FlagName]: boolean };
type FlagsAndPhone = Flags & { phone: string | null };
/** A check's stored state, or undefined when it has no row (not submitted). */
export type CheckStateOf = (check: VerificationCheck) => StoredCheckState | undefined;

/** What a verified flag given by the form, a file or the sample data does to its check. */
export interface FlagCheck {
  check: VerificationCheck;
  /** Approved (a decision, with its note) or put in the queue. */
  state: 'approved' | 'pending';
  /** Why it waits, when it is not only waiting (`reviewNote`). */
  note?: string;
}

/** The note of an approval given by a verified flag rather than in KYC review. */
export const flagApprovalNote = (place: string) => `Marked verified in ${place}`;

/**
 * The checks are the truth about verification; a verified flag in the customer's data is a
 * request: turned on, it approves its check; turned off, it sends the check back to review; a
 * new customer's email, and phone when there is one, wait for review. The document-check rule
 * of customers/rules.ts already refused turning a file check on outside KYC review.
 */
export function checksFromFlags(before: Flags | null, after: FlagsAndPhone, stateOf: CheckStateOf): FlagCheck[] {
  const changes: FlagCheck[] = [];
  for (const check of verificationChecks) {
    const flag = verifiedFlag[check];
    const wasOn = before?.[flag] ?? false;
    const state = stateOf(check);
    if (after[flag] && !wasOn && state !== 'approved') changes.push({ check, state: 'approved' });
    else if (!after[flag] && state !== 'pending' && (wasOn || (state === undefined && waitsForReview(check, after))))
      changes.push({ check, state: 'pending' });
  }
  return changes;
}

/** A customer's email, and phone when there is one, wait for review from the start. */
function waitsForReview(check: VerificationCheck, customer: FlagsAndPhone): boolean {
  return check === 'email' || (check === 'phone' && Boolean(customer.phone));
}

/**
 * The customer row's verified flags and progress, derived from its checks: a flag is on exactly
 * when its check is approved. The one place those columns are computed.
 */
export function verificationColumnsOf(
  stateOf: CheckStateOf,
  phone: string | null,
): Flags & { verificationProgress: number } {
  const flags = {} as Flags;
  for (const check of verificationChecks) flags[verifiedFlag[check]] = stateOf(check) === 'approved';
  return { ...flags, verificationProgress: verificationProgressOf({ ...flags, phone }) };
}

/** The check states after `changes`, on top of `stateOf`. */
export function statesAfter(stateOf: CheckStateOf, changes: readonly FlagCheck[]): CheckStateOf {
  const changed = new Map(changes.map((change) => [change.check, change.state]));
  return (check) => changed.get(check) ?? stateOf(check);
}

const noState: CheckStateOf = () => undefined;

/** The note of a check that a file marked verified but this desk cannot prove: it waits for review. */
export const reviewNote =
  'Marked verified in the file it came from; its file is not on this desk, so it waits for review';

/**
 * The document checks a file marks verified: another desk saw their files, this one has none, so
 * they come in for review (`newCustomerChecks`' `review`), never as verified.
 */
export function unprovenChecks(data: Flags): readonly VerificationCheck[] {
  // A loop, not a filter: it runs for every row of an import, and most rows have none.
  let unproven: VerificationCheck[] | undefined;
  for (const check of documentChecks) if (data[verifiedFlag[check]]) (unproven ??= []).push(check);
  return unproven ?? noChecks;
}
const noChecks: readonly VerificationCheck[] = Object.freeze([]);

/**
 * `data` with the flags of `checks` as `from` has them, or off when there is no `from`: a file's
 * customer before review (off), or an update that keeps the flags the customer has.
 */
export function withFlags<T extends Flags>(data: T, checks: readonly VerificationCheck[], from: Flags | null): T {
  if (checks.length === 0) return data;
  const flags = Object.fromEntries(checks.map((check) => [verifiedFlag[check], from?.[verifiedFlag[check]] ?? false]));
  return { ...data, ...flags };
}

/** The checks of `checks` put in the queue with `reviewNote`: a file marked them verified. */
export function reviewRequests(checks: readonly VerificationCheck[]): FlagCheck[] {
  return checks.map((check) => ({ check, state: 'pending', note: reviewNote }));
}

/**
 * A new customer's checks and its stored data: the verified columns follow the checks.
 * `review`: checks to put in the queue with `reviewNote` (a file's unproven checks).
 */
export function newCustomerChecks<T extends FlagsAndPhone>(data: T, review: readonly VerificationCheck[] = []) {
  const checks = checksFromFlags(null, data, noState);
  if (review.length > 0) checks.push(...reviewRequests(review));
  return {
    checks,
    data: {
      ...data,
      ...verificationColumnsOf(
        statesAfter(() => undefined, checks),
        data.phone,
      ),
    },
  };
}
