import type { Balance } from '../../shared/ledger/contract';
import type { ReadableDB } from '../db/handles';
import { preparedPerConnection } from '../db/sqlite/prepared';

const statements = preparedPerConnection((db) => ({
  // Both sums from the ledger_entries_balance index alone.
  balance: db.$client.prepare<[number], { available: number; pending: number }>(
    `SELECT coalesce(sum(CASE WHEN status IN ('confirmed', 'paid') THEN amount END), 0) AS available,
            coalesce(sum(CASE WHEN status = 'pending' AND amount > 0 THEN amount END), 0) AS pending
       FROM ledger_entries WHERE customer_id = ?`,
  ),
}));

/** A customer's balance in minor units of the base currency. */
export function balanceMinor(db: ReadableDB, customerId: number): { available: number; pending: number } {
  return statements(db).balance.get(customerId) ?? { available: 0, pending: 0 };
}

export function balanceOf(db: ReadableDB, customerId: number, currency: string): Balance {
  const { available, pending } = balanceMinor(db, customerId);
  return {
    available: { amount: String(available), currency },
    pending: { amount: String(pending), currency },
  };
}
