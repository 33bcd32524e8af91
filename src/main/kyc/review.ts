import { verificationChecks } from '../../shared/customers/fields';
import { missingChecks, requiredChecks } from '../../shared/customers/lifecycle';
import { ApiError } from '../../shared/errors';
import type { CheckRecord, KycReview } from '../../shared/kyc/contract';
import type { DecisionReason } from '../../shared/kyc/fields';
import type { ReadableDB } from '../db/handles';
import { findCustomer } from '../customers/records';
import { checkRows } from './checks';
import { duplicateFlags } from './duplicates';
import { approvalProblem, slotsOf } from './guardrail';

/** One customer's verification as the review screen shows it. */
export async function buildReview(db: ReadableDB, customerId: number, reviewer: string): Promise<KycReview> {
  const customer = await findCustomer(db, customerId);
  if (!customer) throw new ApiError('NOT_FOUND', `Customer #${customerId} does not exist`);
  const rows = await checkRows(db, customerId);
  const required = requiredChecks(customer);
  const checks: CheckRecord[] = [];
  for (const check of verificationChecks) {
    const row = rows.get(check);
    checks.push({
      check,
      state: row?.state ?? 'not_submitted',
      required: required.includes(check),
      requestedAt: row?.state === 'pending' ? row.requestedAt : null,
      decidedAt: row?.decidedAt ?? null,
      decidedBy: row?.decidedBy ?? null,
      reason: (row?.reason as DecisionReason | null | undefined) ?? null,
      note: row?.note ?? null,
      slots: slotsOf(check),
      approvalBlockedBy: await approvalProblem(db, customer, check, reviewer),
    });
  }
  return {
    customerId,
    status: customer.status,
    statusReason: customer.statusReason,
    checks,
    progress: customer.verificationProgress,
    canActivate: customer.status !== 'active' && customer.status !== 'locked' && missingChecks(customer).length === 0,
    duplicates: await duplicateFlags(db, customerId),
  };
}
