import { z } from 'zod';
import { operation } from '../contract';
import { reason } from '../reason';
import { recordId } from '../record-id';
import { multiLineText, text } from '../text';
import { ticketMessageKinds, ticketStatuses } from './statuses';

export const ticketSummary = z.object({
  id: z.number().int(),
  /** The platform's ticket number, as the customer quotes it. */
  reference: z.string(),
  customerId: z.number().int(),
  customerName: z.string(),
  subject: z.string(),
  status: z.enum(ticketStatuses),
  createdAt: z.string(),
  lastMessageAt: z.string(),
  /** Since when the customer has waited for staff (their first unanswered message); null when not waiting. */
  waitingSince: z.string().nullable(),
  messages: z.number().int(),
});
export type TicketSummary = z.output<typeof ticketSummary>;

export const ticketMessage = z.object({
  id: z.number().int(),
  kind: z.enum(ticketMessageKinds),
  body: z.string(),
  at: z.string(),
  /** The member of staff who wrote a reply or note; null for the customer. */
  actor: z.string().nullable(),
});
export type TicketMessage = z.output<typeof ticketMessage>;

export const ticketRecord = ticketSummary.extend({
  customerEmail: z.string(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  closeReason: z.string().nullable(),
  /** The whole thread, oldest first, internal notes included (the desk's view). */
  thread: z.array(ticketMessage),
});
export type TicketRecord = z.output<typeof ticketRecord>;

export const ticketCountCap = 10_000;

export const ticketsContract = {
  'tickets.list': operation(
    'One page of tickets: open ones by who has waited longest (the queue), others newest first; of one customer or all',
    z.object({
      customerId: recordId('Customer').optional(),
      status: z.enum(ticketStatuses).optional(),
      cursor: text().max(500).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(50),
    }),
    z.object({ items: z.array(ticketSummary), nextCursor: z.string().nullable() }),
  ),
  'tickets.count': operation(
    `How many tickets have a status, counted up to ${ticketCountCap}`,
    z.object({ status: z.enum(ticketStatuses).default('open') }).default({ status: 'open' }),
    z.object({ total: z.number().int(), capped: z.boolean() }),
  ),
  'tickets.get': operation('One ticket with its whole thread', z.object({ id: recordId('Ticket') }), ticketRecord),
  'tickets.reply': operation(
    'Reply to the customer (the ticket becomes answered) or add an internal note (the status stays); refused on a closed ticket',
    z.object({
      id: recordId('Ticket'),
      body: multiLineText({ error: 'Write the message' })
        .trim()
        .min(1, { error: 'Write the message' })
        .max(10_000, { error: 'Keep the message under 10,000 characters' }),
      /** An internal note is for staff only and never reaches the customer. */
      internal: z.boolean().default(false),
    }),
    ticketRecord,
  ),
  'tickets.close': operation(
    'Close a ticket, with a reason',
    z.object({ id: recordId('Ticket'), reason }),
    ticketRecord,
  ),
};
