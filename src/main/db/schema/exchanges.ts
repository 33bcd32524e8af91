import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { exchangeStatuses } from '../../../shared/exchanges/statuses';
import { customers } from './customers';

/**
 * One exchange of a customer. Amounts are integer minor units stored as text: 18 digits of ETH
 * do not fit a 64-bit integer, and no amount here is summed in SQL (the ledger's are).
 */
export const exchanges = sqliteTable(
  'exchanges',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reference: text('reference').notNull(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    createdAt: text('created_at').notNull(),
    sentCurrency: text('sent_currency').notNull(),
    sentAmount: text('sent_amount').notNull(),
    receivedCurrency: text('received_currency').notNull(),
    receivedAmount: text('received_amount').notNull(),
    rate: text('rate').notNull(),
    /** In the sent currency. */
    feeAmount: text('fee_amount').notNull(),
    profitCurrency: text('profit_currency').notNull(),
    profitAmount: text('profit_amount').notNull(),
    /** Base-currency units per unit of the profit currency when the exchange was made. */
    profitBaseRate: text('profit_base_rate').notNull(),
    receivingAccount: text('receiving_account').notNull(),
    status: text('status', { enum: exchangeStatuses }).notNull(),
    statusChangedAt: text('status_changed_at').notNull(),
  },
  (t) => [
    uniqueIndex('exchanges_reference').on(t.reference),
    // A customer's page walks it newest first; the dashboard counts statuses from it, no row read.
    index('exchanges_customer').on(t.customerId, t.createdAt, t.id, t.status),
    index('exchanges_created_at').on(t.createdAt, t.id),
    index('exchanges_status').on(t.status, t.createdAt, t.id),
    // A currency filter reads each side newest first and merges the two (sqlite-exchanges.ts).
    index('exchanges_sent_currency').on(t.sentCurrency, t.createdAt, t.id),
    index('exchanges_received_currency').on(t.receivedCurrency, t.createdAt, t.id),
  ],
);

/** Every status change of an exchange: who, when, from, to, why. Append-only. */
export const exchangeStatusHistory = sqliteTable(
  'exchange_status_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    exchangeId: integer('exchange_id')
      .notNull()
      .references(() => exchanges.id),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    fromStatus: text('from_status', { enum: exchangeStatuses }),
    toStatus: text('to_status', { enum: exchangeStatuses }).notNull(),
    reason: text('reason'),
  },
  (t) => [index('exchange_status_history_exchange').on(t.exchangeId, t.id)],
);
