import type { LedgerEntry } from '../../shared/ledger/contract';
import { balanceStatuses } from '../../shared/ledger/kinds';
import { referralCode } from '../../shared/referrals/code';
import { customerHeadline } from '../customers/headline';
import type { ReadableDB } from '../db/handles';
import { entryRows } from './entries';
import { baseCurrency } from './settings';

/** One line of a statement: the entry and, for entries that count, the balance after it. */
export interface StatementLine {
  entry: LedgerEntry;
  /** Minor units after this entry; null for pending and cancelled entries, which do not move it. */
  balanceAfter: bigint | null;
}

export interface BalanceStatement {
  customer: { id: number; name: string; email: string; referralCode: string };
  currency: string;
  /** Days, inclusive, as asked (UTC); null for "from the first entry" / "to today". */
  from: string | null;
  to: string | null;
  opening: bigint;
  closing: bigint;
  lines: StatementLine[];
  /** Credits not spendable yet, at the end of the period. */
  pending: bigint;
}

const counted = new Set<string>(balanceStatuses);
const endOf = (day: string) => `${day}T23:59:59.999Z`;

/**
 * A customer's balance statement over a period: the opening balance, each entry in time order
 * with the balance after it, and the closing balance. Every figure is summed from the ledger.
 */
export function balanceStatement(
  db: ReadableDB,
  customerId: number,
  from: string | null,
  to: string | null,
): BalanceStatement {
  const customer = customerHeadline(db, customerId);
  const entries = entryRows(db, 'e.customer_id = ? AND e.created_at <= ? ORDER BY e.created_at, e.id', [
    customerId,
    to ? endOf(to) : '9999',
  ]);
  let opening = 0n;
  let running = 0n;
  let pending = 0n;
  const lines: StatementLine[] = [];
  for (const entry of entries) {
    const amount = BigInt(entry.amount.amount);
    const counts = counted.has(entry.status);
    if (entry.status === 'pending' && amount > 0n) pending += amount;
    if (from && entry.createdAt < from) {
      if (counts) opening += amount;
      running = opening;
      continue;
    }
    if (counts) running += amount;
    lines.push({ entry, balanceAfter: counts ? running : null });
  }
  return {
    customer: { id: customer.id, name: customer.name, email: customer.email, referralCode: referralCode(customer.id) },
    currency: baseCurrency(db),
    from,
    to,
    opening,
    closing: running,
    lines,
    pending,
  };
}
