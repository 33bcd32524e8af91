import { eq } from 'drizzle-orm';
import type { CustomerStatus } from '../../shared/customers/fields';
import { ApiError } from '../../shared/errors';
import { diff, writeAudit, type Changes } from '../audit/log';
import type { WritableDB } from '../db/handles';
import { customers } from '../db/schema';
import { findCustomer } from '../customers/records';
import { checkRows } from './checks';
import { verificationColumnsOf } from './verified-flags';

export interface CustomerSync {
  action: string;
  reason: string | null;
  /** What changed outside the customer row (a check's state, a file), for the audit entry. */
  changes: Changes;
  status?: { status: CustomerStatus; statusReason: string | null };
}

/**
 * After a check changed: the customer's verified flags and progress follow the checks (and the
 * status when given), and one audit entry records it all, in the caller's transaction.
 */
export async function syncCustomer(
  tx: WritableDB,
  customerId: number,
  actor: string,
  sync: CustomerSync,
): Promise<void> {
  const customer = await findCustomer(tx, customerId);
  if (!customer) throw new ApiError('NOT_FOUND', `Customer #${customerId} does not exist`);
  const checks = await checkRows(tx, customerId);
  const next = {
    ...verificationColumnsOf((check) => checks.get(check)?.state, customer.phone),
    ...sync.status,
  };
  const customerChanges = diff(customer as unknown as Record<string, unknown>, next);
  if (Object.keys(customerChanges).length > 0) {
    await tx
      .update(customers)
      .set({ ...next, version: customer.version + 1, updatedAt: new Date().toISOString() })
      .where(eq(customers.id, customerId));
  }
  const changes = { ...sync.changes, ...customerChanges };
  if (Object.keys(changes).length === 0) return;
  await writeAudit(tx, {
    actor,
    entity: 'customer',
    entityId: customerId,
    action: sync.action,
    reason: sync.reason,
    changes,
  });
}
