import type { WithdrawalMethod } from '../../shared/ledger/kinds';
import type { WritableDB } from '../db/handles';
import { preparedPerConnection } from '../db/sqlite/prepared';

export interface WithdrawalRequest {
  customerId: number;
  /** Minor units of the base currency, above zero. */
  amount: bigint;
  currency: string;
  method: WithdrawalMethod;
  destination: string;
  requestedAt: string;
}

const statements = preparedPerConnection((db) => ({
  request: db.$client.prepare(
    `INSERT INTO withdrawals (customer_id, amount, currency, method, destination, status, requested_at)
     VALUES (?, ?, ?, ?, ?, 'pending', ?)`,
  ),
}));

/** A customer's payout request, pending until staff complete or decline it. */
export function insertWithdrawalRequest(tx: WritableDB, request: WithdrawalRequest): number {
  const { lastInsertRowid } = statements(tx).request.run(
    request.customerId,
    request.amount,
    request.currency,
    request.method,
    request.destination,
    request.requestedAt,
  );
  return Number(lastInsertRowid);
}
