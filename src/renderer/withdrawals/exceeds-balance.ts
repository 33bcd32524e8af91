import type { Withdrawal } from '../../shared/ledger/contract';

/** A pending withdrawal asks for more than the customer can withdraw now: completing it is refused. */
export function exceedsBalance(withdrawal: Withdrawal): boolean {
  return withdrawal.status === 'pending' && BigInt(withdrawal.amount.amount) > BigInt(withdrawal.available.amount);
}
