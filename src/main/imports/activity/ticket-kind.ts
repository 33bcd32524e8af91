import { ticketColumns, type TicketColumnKey } from '../../../shared/activity/columns';
import { ticketsContract } from '../../../shared/tickets/contract';
import type { TicketMessageKind, TicketStatus } from '../../../shared/tickets/statuses';
import { text } from '../../../shared/text';
import type { WritableDB } from '../../db/handles';
import { preparedPerConnection } from '../../db/sqlite/prepared';
import { insertTicket, threadState, type NewTicketMessage } from '../../tickets/insert';
import { ticketEntity } from '../../tickets/writes';
import { created, type ActivityKind, type StoreProblem } from './activity-kinds';
import type { ReadRow } from './exchange-row';
import { RowCells, type ReadContext } from './row-cells';

export interface TicketRowValue {
  reference: string;
  /** The ticket's subject as this row gives it (the first row of a ticket must). */
  subject: string | null;
  /** Whether the file says the ticket is closed (open and answered follow from the thread). */
  closed: boolean;
  closedAt: string | null;
  kind: TicketMessageKind;
  author: string | null;
  at: string;
  body: string;
}

const messageBody = ticketsContract['tickets.reply'].input.shape.body;
const subjectText = text({ error: 'Write the subject' }).trim().min(1).max(200, {
  error: 'Keep the subject under 200 characters',
});

/** One row of a ticket file (one message) read into the message it reports, or every problem it has. */
export function readTicketRow(cells: Record<string, string>, context: ReadContext): ReadRow<TicketRowValue> {
  const row = new RowCells<TicketColumnKey>(ticketColumns, cells, context);
  const reference = row.plain('reference', 40);
  const customer = row.customer('customerEmail', 'customerReferenceId');
  const subject = row.text('subject') ? row.parsed('subject', subjectText) : null;
  const status = row.text('status') ? (row.choice('status') as TicketStatus | null) : null;
  const kind = row.choice('from') as TicketMessageKind | null;
  const author = row.plain('author', 200);
  const at = row.dateTime('at');
  const body = row.parsed('body', messageBody);
  const closedAt = row.text('closedAt') ? row.dateTime('closedAt') : null;
  if (closedAt && status !== null && status !== 'closed') {
    row.fail('closedAt', 'Only a closed ticket has a closing time: its status says otherwise');
  }
  if (row.issues.length > 0) return { customer, issues: row.issues };
  return {
    customer,
    value: {
      reference: reference as string,
      subject,
      closed: status === 'closed' || closedAt !== null,
      closedAt,
      kind: kind as TicketMessageKind,
      author: kind === 'customer' ? null : author,
      at: at as string,
      body: body as string,
    },
  };
}

interface StoredTicket {
  id: number;
  customerId: number;
  status: TicketStatus;
}

const statements = preparedPerConnection((db) => ({
  ticket: db.$client.prepare<[string], StoredTicket>(
    'SELECT id, customer_id AS customerId, status FROM tickets WHERE reference = ?',
  ),
  sameMessage: db.$client
    .prepare<[number, string, string, string], number>(
      'SELECT id FROM ticket_messages WHERE ticket_id = ? AND at = ? AND kind = ? AND body = ? LIMIT 1',
    )
    .pluck(),
  thread: db.$client.prepare<[number], NewTicketMessage>(
    'SELECT kind, body, at, actor FROM ticket_messages WHERE ticket_id = ? ORDER BY id',
  ),
  message: db.$client.prepare<[number, TicketMessageKind, string, string, string | null]>(
    'INSERT INTO ticket_messages (ticket_id, kind, body, at, actor) VALUES (?, ?, ?, ?, ?)',
  ),
  // The thread decides where a ticket stands (tickets/insert.ts), as when it was first stored.
  state: db.$client.prepare<{
    id: number;
    status: TicketStatus;
    createdAt: string;
    lastMessageAt: string;
    waitingSince: string | null;
  }>(
    `UPDATE tickets SET status = @status, created_at = @createdAt, last_message_at = @lastMessageAt,
       waiting_since = @waitingSince WHERE id = @id`,
  ),
  // Closed when the file says so; without a closing time, at its last message (later rows move it on).
  close: db.$client.prepare<{ id: number; at: string | null; by: string; reason: string }>(
    `UPDATE tickets SET status = 'closed', waiting_since = NULL,
       closed_at = coalesce(@at, CASE WHEN status = 'closed' THEN max(closed_at, last_message_at) ELSE last_message_at END),
       closed_by = coalesce(closed_by, @by), close_reason = coalesce(close_reason, @reason) WHERE id = @id`,
  ),
}));

/** A message added to a stored ticket, and the ticket's state made again from its whole thread. */
function appendMessage(tx: WritableDB, ticket: StoredTicket, message: NewTicketMessage): void {
  const sql = statements(tx);
  sql.message.run(ticket.id, message.kind, message.body, message.at, message.actor);
  const state = threadState(sql.thread.all(ticket.id));
  const first = state.first as NewTicketMessage;
  const closed = ticket.status === 'closed';
  sql.state.run({
    id: ticket.id,
    status: closed ? 'closed' : state.status,
    createdAt: first.at,
    lastMessageAt: state.lastMessageAt ?? first.at,
    waitingSince: closed ? null : state.waitingSince,
  });
}

/**
 * Support tickets as help desks export them, a row per message: the first row of a reference
 * creates the ticket (its subject), later ones add to its thread in the file's order; a message
 * already in the thread is a duplicate. A stored ticket takes a row's new message unless the
 * desk closed it and the file does not say closed. One instance per pass: a dry run notes the
 * tickets it would create, for their later rows.
 */
export function ticketKind(): ActivityKind<TicketRowValue> {
  const planned = new Map<string, number>();
  const ticketOf = (db: Parameters<typeof statements>[0], reference: string) => statements(db).ticket.get(reference);

  const problem = (key: string, message: string): StoreProblem => ({ key, kind: 'invalid', message });

  return {
    read: readTicketRow,
    identity: {
      key: 'body',
      name: 'ticket, time, sender and message',
      of: (value) => `${value.reference}|${value.at}|${value.kind}|${value.body}`,
    },
    storeProblem(db, value, customerId) {
      const stored = ticketOf(db, value.reference);
      const owner = stored?.customerId ?? planned.get(value.reference);
      if (owner === undefined) {
        return value.subject
          ? null
          : problem('subject', `Ticket ${value.reference} is new: its first row gives its subject`);
      }
      if (owner !== customerId) {
        return problem('customerEmail', `Ticket ${value.reference} is customer #${owner}'s`);
      }
      if (!stored) return null;
      const same = statements(db).sameMessage.get(stored.id, value.at, value.kind, value.body);
      if (same !== undefined) {
        return {
          key: 'body',
          kind: 'duplicateInDatabase',
          message: `Ticket ${value.reference} already has this message (#${same})`,
        };
      }
      if (stored.status === 'closed' && !value.closed) {
        return problem('status', `Ticket ${value.reference} is closed on the desk: a message cannot be added to it`);
      }
      return null;
    },
    plan(value, customerId) {
      if (!planned.has(value.reference)) planned.set(value.reference, customerId);
    },
    write(tx, value, customerId, actor, note) {
      const message: NewTicketMessage = {
        kind: value.kind,
        body: value.body,
        at: value.at,
        actor: value.kind === 'customer' ? null : (value.author ?? actor),
      };
      const stored = ticketOf(tx, value.reference);
      let id: number;
      if (stored) {
        appendMessage(tx, stored, message);
        id = stored.id;
      } else {
        id = insertTicket(tx, {
          reference: value.reference,
          customerId,
          subject: value.subject as string,
          messages: [message],
        });
      }
      if (value.closed) statements(tx).close.run({ id, at: value.closedAt, by: actor, reason: note });
      return {
        entity: ticketEntity,
        id,
        changes: created({
          ...(stored ? {} : { reference: value.reference, customerId, subject: value.subject }),
          [value.kind]: value.body,
          at: value.at,
          status: value.closed ? 'closed' : null,
        }),
      };
    },
  };
}
