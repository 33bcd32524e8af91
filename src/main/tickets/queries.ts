import { ApiError } from '../../shared/errors';
import type { TicketMessage, TicketRecord, TicketSummary } from '../../shared/tickets/contract';
import { ticketCountCap } from '../../shared/tickets/contract';
import type { TicketStatus } from '../../shared/tickets/statuses';
import { customerNameSql } from '../customers/headline';
import type { ReadableDB } from '../db/handles';
import { sectionedPage, type ListSection } from '../db/sections';
import { preparedPerConnection } from '../db/sqlite/prepared';
import { sqliteOf } from '../db/sqlite/database';

const summaryColumns = `t.id, t.reference, t.customer_id AS customerId, ${customerNameSql('c')} AS customerName,
  t.subject, t.status, t.created_at AS createdAt, t.last_message_at AS lastMessageAt,
  t.waiting_since AS waitingSince, (SELECT count(*) FROM ticket_messages m WHERE m.ticket_id = t.id) AS messages`;

const from = 'FROM tickets t JOIN customers c ON c.id = t.customer_id';

type TicketHead = Omit<TicketRecord, 'thread'>;

const statements = preparedPerConnection((db) => ({
  head: db.$client.prepare<[number], TicketHead>(
    `SELECT ${summaryColumns}, c.email AS customerEmail, t.closed_at AS closedAt, t.closed_by AS closedBy,
       t.close_reason AS closeReason ${from} WHERE t.id = ?`,
  ),
  // By time, then as written: an imported thread need not arrive in order.
  thread: db.$client.prepare<[number], TicketMessage>(
    'SELECT id, kind, body, at, actor FROM ticket_messages WHERE ticket_id = ? ORDER BY at, id',
  ),
  count: db.$client
    .prepare<[TicketStatus, number], number>('SELECT count(*) FROM (SELECT 1 FROM tickets WHERE status = ? LIMIT ?)')
    .pluck(),
}));

/** One ticket with its whole thread, internal notes included (the desk's view). */
export function findTicket(db: ReadableDB, id: number): TicketRecord {
  const head = statements(db).head.get(id);
  if (!head) throw new ApiError('NOT_FOUND', `Ticket #${id} does not exist`);
  return { ...head, thread: statements(db).thread.all(id) };
}

export interface TicketFilters {
  customerId?: number | undefined;
  status?: TicketStatus | undefined;
}

/** The queue (open, longest waiting first) and the rest (newest first), as the list's parts. */
function sectionsOf({ customerId, status }: TicketFilters): ListSection[] {
  const ofCustomer = customerId === undefined ? [] : [{ sql: 't.customer_id = ?', params: [customerId] }];
  const section = (sql: string, params: unknown[], keys: [string, string], direction: 'ASC' | 'DESC') => {
    const parts = [...ofCustomer, { sql, params }];
    return { where: parts.map((p) => p.sql).join(' AND '), params: parts.flatMap((p) => p.params), keys, direction };
  };
  // One customer's few tickets come by their own index; the open-queue index would scan every open ticket.
  const openSql = customerId === undefined ? "t.status = 'open'" : "+t.status = 'open'";
  const open = section(openSql, [], ['t.waiting_since', 't.id'], 'ASC');
  const newest = (sql: string, params: unknown[]) => section(sql, params, ['t.last_message_at', 't.id'], 'DESC');
  if (status === 'open') return [open];
  if (status) return [newest('t.status = ?', [status])];
  return [open, newest("t.status <> 'open'", [])];
}

export function listTickets(db: ReadableDB, filters: TicketFilters, cursor: string | undefined, limit: number) {
  const client = sqliteOf(db).$client;
  return sectionedPage(
    sectionsOf(filters),
    cursor,
    limit,
    (clause, params) =>
      client.prepare(`SELECT ${summaryColumns} ${from} WHERE ${clause}`).all(...params) as TicketSummary[],
    (row) => (row.status === 'open' ? [row.waitingSince, row.id] : [row.lastMessageAt, row.id]),
  );
}

export function countTickets(db: ReadableDB, status: TicketStatus) {
  const total = statements(db).count.get(status, ticketCountCap + 1) ?? 0;
  return { total: Math.min(total, ticketCountCap), capped: total > ticketCountCap };
}
