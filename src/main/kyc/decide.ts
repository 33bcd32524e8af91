import type { VerificationCheck } from '../../shared/customers/fields';
import { ApiError } from '../../shared/errors';
import type { DecisionOutcome, DecisionReason } from '../../shared/kyc/fields';
import { checkLabels, outcomeLabels, reasonLabels } from '../../shared/kyc/fields';
import type { Storage } from '../db/storage';
import { findCustomer } from '../customers/records';
import { checkRow, putCheck } from './checks';
import { syncCustomer, type CustomerSync } from './customer-sync';
import { appendDecision, type DecisionChain } from './decision-log';
import { approvalProblem, reviewedFiles } from './guardrail';

export interface Decision {
  customerId: number;
  check: VerificationCheck;
  outcome: DecisionOutcome;
  reason?: DecisionReason | null;
  note: string | null;
}

/**
 * Where a negative decision leaves the customer: an active customer becomes restricted; a
 * pending or restricted one stays so. The status reason says which check failed and why.
 */
function statusAfterRefusal(
  status: string,
  check: VerificationCheck,
  outcome: DecisionOutcome,
  reason: DecisionReason,
): CustomerSync['status'] {
  if (status === 'locked') return undefined;
  const statusReason = `${checkLabels[check]} check ${outcomeLabels[outcome].toLowerCase()}: ${reasonLabels[reason]}`;
  return { status: status === 'active' ? 'restricted' : (status as 'approval_pending' | 'restricted'), statusReason };
}

/** Records one decision: check state, decision log entry, customer flags/progress/status and audit, atomically. */
export async function decide(
  storage: Storage,
  chain: DecisionChain,
  decision: Decision,
  reviewer: string,
): Promise<void> {
  await storage.withTransaction(
    async (tx) => {
      const customer = await findCustomer(tx, decision.customerId);
      if (!customer) throw new ApiError('NOT_FOUND', `Customer #${decision.customerId} does not exist`);
      if (decision.outcome === 'approved') {
        const problem = await approvalProblem(tx, customer, decision.check, reviewer);
        if (problem) throw new ApiError('FORBIDDEN', problem, { check: problem });
      }
      const reason = decision.outcome === 'approved' ? null : (decision.reason ?? 'other');
      const at = new Date().toISOString();
      const before = (await checkRow(tx, customer.id, decision.check))?.state ?? 'not_submitted';
      await putCheck(tx, {
        customerId: customer.id,
        check: decision.check,
        state: decision.outcome,
        requestedAt: null,
        decidedAt: at,
        decidedBy: reviewer,
        reason,
        note: decision.note,
      });
      const entry = await appendDecision(tx, chain, {
        at,
        reviewer,
        customerId: customer.id,
        check: decision.check,
        outcome: decision.outcome,
        reason,
        note: decision.note,
        fileSha256: (await reviewedFiles(tx, customer.id, decision.check, reviewer)).map((file) => file.sha256),
      });
      await syncCustomer(tx, customer.id, reviewer, {
        action: `kyc.${decision.outcome}`,
        reason: [reason ? reasonLabels[reason] : null, decision.note].filter(Boolean).join(' — ') || null,
        changes: {
          [`check.${decision.check}`]: { from: before, to: decision.outcome },
          decision: { from: null, to: entry.id },
        },
        status: reason ? statusAfterRefusal(customer.status, decision.check, decision.outcome, reason) : undefined,
      });
    },
    { what: 'recording the decision' },
  );
}
