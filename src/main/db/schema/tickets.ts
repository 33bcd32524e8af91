import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ticketMessageKinds, ticketStatuses } from '../../../shared/tickets/statuses';
import { customers } from './customers';

/** A support ticket of a customer; its messages are in ticket_messages. */
export const tickets = sqliteTable(
  'tickets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reference: text('reference').notNull(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    subject: text('subject').notNull(),
    status: text('status', { enum: ticketStatuses }).notNull(),
    createdAt: text('created_at').notNull(),
    lastMessageAt: text('last_message_at').notNull(),
    /** The customer's first message since staff last replied: the queue's order. Null when not waiting. */
    waitingSince: text('waiting_since'),
    closedAt: text('closed_at'),
    closedBy: text('closed_by'),
    closeReason: text('close_reason'),
  },
  (t) => [
    uniqueIndex('tickets_reference').on(t.reference),
    // Open tickets by who has waited longest; the others newest first.
    index('tickets_waiting').on(t.status, t.waitingSince, t.id),
    index('tickets_status').on(t.status, t.lastMessageAt, t.id),
    index('tickets_customer').on(t.customerId, t.lastMessageAt, t.id),
  ],
);

/** One message of a ticket's thread. Append-only (0016). */
export const ticketMessages = sqliteTable(
  'ticket_messages',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id),
    kind: text('kind', { enum: ticketMessageKinds }).notNull(),
    body: text('body').notNull(),
    at: text('at').notNull(),
    actor: text('actor'),
  },
  (t) => [index('ticket_messages_ticket').on(t.ticketId, t.id)],
);
