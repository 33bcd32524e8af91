import { requiredChecks } from '../customers/lifecycle';
import { verifiedFlag, type VerificationCheck } from '../customers/fields';

type Flags = { [K in (typeof verifiedFlag)[VerificationCheck]]: boolean } & { phone: string | null };

/** Verification progress: the share of required checks that are approved, 0-100. */
export function verificationProgressOf(customer: Flags): number {
  const required = requiredChecks(customer);
  const approved = required.filter((check) => customer[verifiedFlag[check]]).length;
  return Math.round((approved * 100) / required.length);
}
