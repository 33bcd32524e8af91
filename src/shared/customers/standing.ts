import { z } from 'zod';
import { customerStatuses, optionalText, statusLabels, type CustomerStatus, type VerificationCheck } from './fields';
import { missingChecks } from './lifecycle';

/** How files write a status: its key, its label, and the words other tools use for it. */
const statusAliases: Record<string, CustomerStatus> = {
  ...Object.fromEntries(
    customerStatuses.flatMap((status) => [
      [status, status],
      [statusLabels[status].toLowerCase(), status],
    ]),
  ),
  pending: 'approval_pending',
  'pending approval': 'approval_pending',
  'awaiting approval': 'approval_pending',
  new: 'approval_pending',
  approved: 'active',
  verified: 'active',
  blocked: 'locked',
  suspended: 'locked',
  limited: 'restricted',
};

/**
 * Where a customer stands in the status lifecycle (seed 004), beside its fields: set by status
 * changes on the desk, never by the form, and carried from desk to desk by an export. The
 * import and export columns of these are derived from this table, as the fields' are from theirs.
 */
export const standingTable = {
  status: {
    label: 'Status',
    rule: z.enum(customerStatuses, { error: 'Status is one of: Approval pending, Active, Locked, Restricted' }),
    aliases: ['account status', 'customer status', 'state'],
    example: 'Approval pending',
    options: { values: customerStatuses, labels: statusLabels, aliases: statusAliases },
  },
  statusReason: {
    label: 'Status reason',
    rule: optionalText(500, 'Status reason', 'multi'),
    aliases: ['reason', 'lock reason', 'block reason'],
    example: '',
  },
} as const;
export type StandingKey = keyof typeof standingTable;

/** A status and its reason, as a customer row stores them. */
export interface Standing {
  status: CustomerStatus;
  statusReason: string | null;
}

/** A file's status and reason: both optional (an absent status leaves the customer's as it is). */
export const standingInput = z.object({
  status: standingTable.status.rule.optional(),
  statusReason: standingTable.statusReason.rule,
});

type Flags = Parameters<typeof missingChecks>[0];

/**
 * Why a file's status cannot stand for a customer with these checks, or null: "active" means
 * every required check passed (statusChangeProblem's rule), so a file cannot activate a
 * customer it does not show verified.
 */
export function standingProblem(status: CustomerStatus | undefined, customer: Flags): string | null {
  if (status !== 'active') return null;
  const missing: VerificationCheck[] = missingChecks(customer);
  return missing.length > 0 ? `Active needs every required check verified (missing: ${missing.join(', ')})` : null;
}
