import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { reserveRequestStatuses } from '../../../shared/reserve-requests/statuses';
import { customers } from './customers';

/** A customer's request that the platform hold a currency for an exchange they intend to make. */
export const reserveRequests = sqliteTable(
  'reserve_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    currency: text('currency').notNull(),
    /** Integer minor units as text, as an exchange's amounts (18 digits of ETH). */
    amount: text('amount').notNull(),
    note: text('note'),
    status: text('status', { enum: reserveRequestStatuses }).notNull(),
    requestedAt: text('requested_at').notNull(),
    answeredAt: text('answered_at'),
    answeredBy: text('answered_by'),
    answer: text('answer'),
  },
  (t) => [
    index('reserve_requests_status').on(t.status, t.requestedAt, t.id),
    index('reserve_requests_customer').on(t.customerId, t.requestedAt, t.id),
  ],
);
