import { ApiError } from '../../shared/errors';
import type { TicketRecord } from '../../shared/tickets/contract';
import type { TicketMessageKind } from '../../shared/tickets/statuses';
import { writeAudit } from '../audit/log';
import type { WritableDB } from '../db/handles';
import { preparedPerConnection } from '../db/sqlite/prepared';
import { findTicket } from './queries';

export const ticketEntity = 'ticket';

const statements = preparedPerConnection((db) => ({
  message: db.$client.prepare<[number, TicketMessageKind, string, string, string | null], { id: number }>(
    'INSERT INTO ticket_messages (ticket_id, kind, body, at, actor) VALUES (?, ?, ?, ?, ?) RETURNING id',
  ),
  // Staff answered: the customer no longer waits, and it is their turn.
  answered: db.$client.prepare<{ id: number; at: string }>(
    "UPDATE tickets SET status = 'answered', waiting_since = NULL, last_message_at = @at WHERE id = @id",
  ),
  closed: db.$client.prepare<{ id: number; at: string; who: string; reason: string }>(
    `UPDATE tickets SET status = 'closed', waiting_since = NULL, closed_at = @at, closed_by = @who,
       close_reason = @reason WHERE id = @id`,
  ),
}));

function openOrRefuse(tx: WritableDB, id: number, doing: string): TicketRecord {
  const ticket = findTicket(tx, id);
  if (ticket.status === 'closed') {
    throw new ApiError(
      'CONFLICT',
      `Ticket ${ticket.reference} was closed by ${ticket.closedBy ?? 'someone'}; ${doing} is not possible on a closed ticket`,
    );
  }
  return ticket;
}

/**
 * A staff reply (to the customer: the ticket becomes answered) or an internal note (for staff
 * only: the status, the customer's wait and the conversation's last message stay as they were).
 */
export async function addStaffMessage(tx: WritableDB, id: number, body: string, internal: boolean, who: string) {
  const ticket = openOrRefuse(tx, id, internal ? 'a note' : 'a reply');
  const kind: TicketMessageKind = internal ? 'internal_note' : 'staff_reply';
  const at = new Date().toISOString();
  const message = statements(tx).message.get(id, kind, body, at, who) as { id: number };
  if (!internal) statements(tx).answered.run({ id, at });
  await writeAudit(tx, {
    actor: who,
    entity: ticketEntity,
    entityId: id,
    action: kind,
    changes: {
      [kind]: { from: null, to: message.id },
      ...(internal || ticket.status === 'answered' ? {} : { status: { from: ticket.status, to: 'answered' } }),
    },
  });
}

export async function closeTicket(tx: WritableDB, id: number, reason: string, who: string) {
  const ticket = openOrRefuse(tx, id, 'closing it again');
  statements(tx).closed.run({ id, at: new Date().toISOString(), who, reason });
  await writeAudit(tx, {
    actor: who,
    entity: ticketEntity,
    entityId: id,
    action: 'close',
    reason,
    changes: { status: { from: ticket.status, to: 'closed' } },
  });
}
