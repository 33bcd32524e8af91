import type { TicketMessageKind, TicketStatus } from '../../shared/tickets/statuses';
import type { WritableDB } from '../db/handles';
import { preparedPerConnection } from '../db/sqlite/prepared';

export interface NewTicketMessage {
  kind: TicketMessageKind;
  body: string;
  at: string;
  actor: string | null;
}

export interface NewTicket {
  reference: string;
  customerId: number;
  subject: string;
  /** The thread; at least one message. */
  messages: readonly NewTicketMessage[];
  closed?: { at: string; by: string; reason: string };
}

const statements = preparedPerConnection((db) => ({
  ticket: db.$client.prepare<
    [string, number, string, TicketStatus, string, string, string | null, string | null, string | null, string | null],
    { id: number }
  >(
    `INSERT INTO tickets (reference, customer_id, subject, status, created_at, last_message_at, waiting_since,
       closed_at, closed_by, close_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ),
  message: db.$client.prepare<[number, TicketMessageKind, string, string, string | null]>(
    'INSERT INTO ticket_messages (ticket_id, kind, body, at, actor) VALUES (?, ?, ?, ?, ?)',
  ),
}));

/**
 * Where a thread leaves its ticket: the customer waits since their first message after staff's
 * last reply (open), or it is their turn (answered); internal notes move neither.
 */
export function threadState(thread: readonly NewTicketMessage[]) {
  // By time, as the desk reads it (a file need not list a thread in order).
  const messages = thread.toSorted((a, b) => a.at.localeCompare(b.at));
  const lastReply = messages.findLastIndex((m) => m.kind === 'staff_reply');
  const waiting = messages.slice(lastReply + 1).find((m) => m.kind === 'customer');
  const spoken = messages.filter((m) => m.kind !== 'internal_note');
  const status: TicketStatus = waiting ? 'open' : 'answered';
  const last = spoken.at(-1) ?? messages.at(-1);
  return { status, waitingSince: waiting?.at ?? null, first: messages[0], lastMessageAt: last?.at };
}

/** Stores a ticket as the platform reports one, its status and wait derived from its thread. */
export function insertTicket(tx: WritableDB, ticket: NewTicket): number {
  const state = threadState(ticket.messages);
  const { first } = state;
  if (!first) throw new Error(`Ticket ${ticket.reference} has no message`);
  const { closed } = ticket;
  const { id } = statements(tx).ticket.get(
    ticket.reference,
    ticket.customerId,
    ticket.subject,
    closed ? 'closed' : state.status,
    first.at,
    state.lastMessageAt ?? first.at,
    closed ? null : state.waitingSince,
    closed?.at ?? null,
    closed?.by ?? null,
    closed?.reason ?? null,
  ) as { id: number };
  for (const m of ticket.messages) statements(tx).message.run(id, m.kind, m.body, m.at, m.actor);
  return id;
}
