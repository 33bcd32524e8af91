import type { ExchangeStatus } from '../../shared/exchanges/statuses';
import type { Money } from '../../shared/money/money';
import type { WritableDB } from '../db/handles';
import { preparedPerConnection } from '../db/sqlite/prepared';

/** An exchange as the platform reports it (the seed, the activity import). */
export interface NewExchange {
  reference: string;
  customerId: number;
  createdAt: string;
  sent: Money;
  received: Money;
  rate: string;
  /** In the sent currency. */
  fee: Money;
  profit: Money;
  profitBaseRate: string;
  receivingAccount: string;
  status: ExchangeStatus;
  /** When it reached `status`; its creation if not given. */
  statusChangedAt?: string;
}

const statements = preparedPerConnection((db) => ({
  exchange: db.$client.prepare(
    `INSERT INTO exchanges (reference, customer_id, created_at, sent_currency, sent_amount, received_currency,
       received_amount, rate, fee_amount, profit_currency, profit_amount, profit_base_rate, receiving_account,
       status, status_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  history: db.$client.prepare(
    'INSERT INTO exchange_status_history (exchange_id, at, actor, from_status, to_status, reason) VALUES (?, ?, ?, NULL, ?, ?)',
  ),
}));

/**
 * Writes one exchange and the first line of its history (where it came in, by whom), inside the
 * caller's transaction. A reference already stored fails on the unique index.
 */
export function insertExchange(tx: WritableDB, exchange: NewExchange, actor: string, note: string): number {
  const sql = statements(tx);
  const changedAt = exchange.statusChangedAt ?? exchange.createdAt;
  const { lastInsertRowid } = sql.exchange.run(
    exchange.reference,
    exchange.customerId,
    exchange.createdAt,
    exchange.sent.currency,
    exchange.sent.amount,
    exchange.received.currency,
    exchange.received.amount,
    exchange.rate,
    exchange.fee.amount,
    exchange.profit.currency,
    exchange.profit.amount,
    exchange.profitBaseRate,
    exchange.receivingAccount,
    exchange.status,
    changedAt,
  );
  const id = Number(lastInsertRowid);
  sql.history.run(id, changedAt, actor, exchange.status, note);
  return id;
}
