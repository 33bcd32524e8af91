import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { customers } from './customers';

/** A device signed in to a customer's account on the platform. */
export const customerSessions = sqliteTable(
  'customer_sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    device: text('device').notNull(),
    ipAddress: text('ip_address').notNull(),
    place: text('place'),
    signedInAt: text('signed_in_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    endedAt: text('ended_at'),
    endedBy: text('ended_by'),
    endReason: text('end_reason'),
  },
  (t) => [
    index('customer_sessions_customer').on(t.customerId, t.lastSeenAt, t.id),
    // Ending all of a customer's sessions (and blocking them) finds the active ones directly.
    index('customer_sessions_active')
      .on(t.customerId)
      .where(sql`${t.endedAt} IS NULL`),
  ],
);
