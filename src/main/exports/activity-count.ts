import type { ExchangeFilters } from '../../shared/exchanges/contract';
import type { ReadableDB } from '../db/handles';
import { sqliteOf } from '../db/sqlite/database';

/** A customer's ledger entries, for an export's progress (a customer has few). */
export function countLedger(db: ReadableDB, customerId: number): { total: number; capped: boolean } {
  const total = sqliteOf(db)
    .$client.prepare('SELECT count(*) FROM ledger_entries WHERE customer_id = ?')
    .pluck()
    .get(customerId) as number;
  return { total, capped: false };
}

/** "12 exchanges of customer #4", "10,000+ exchanges": what an exchange export's job is called. */
export function exportedExchanges(filters: ExchangeFilters, { total, capped }: { total: number; capped: boolean }) {
  const count = `${total.toLocaleString('en')}${capped ? '+' : ''} exchange${total === 1 && !capped ? '' : 's'}`;
  return filters.customerId ? `${count} of customer #${filters.customerId}` : count;
}
