import type { CustomerStatus, VerificationCheck } from './fields';
import { verifiedFlag } from './fields';

type Flags = { [K in (typeof verifiedFlag)[VerificationCheck]]: boolean } & { phone: string | null };

/** Checks a customer must pass before activation (seed 004); phone only when there is one. */
export function requiredChecks(customer: Pick<Flags, 'phone'>): VerificationCheck[] {
  return customer.phone
    ? ['email', 'phone', 'document', 'selfie', 'address']
    : ['email', 'document', 'selfie', 'address'];
}

export function missingChecks(customer: Flags): VerificationCheck[] {
  return requiredChecks(customer).filter((check) => !customer[verifiedFlag[check]]);
}

/** Which status a person may move a customer to, and why not when they may not. */
export function statusChangeProblem(from: CustomerStatus, to: CustomerStatus, customer: Flags): string | null {
  if (from === to) return `The customer is already ${to.replace('_', ' ')}`;
  if (to === 'active') {
    const missing = missingChecks(customer);
    if (missing.length > 0) {
      return `Cannot activate before every required check is verified (missing: ${missing.join(', ')})`;
    }
  }
  return null;
}

/** Where unblocking leads: active when verification is complete, otherwise back to pending. */
export function statusAfterUnblock(customer: Flags): CustomerStatus {
  return missingChecks(customer).length === 0 ? 'active' : 'approval_pending';
}
