import { ApiError } from '../../shared/errors';
import type { ReserveRequest } from '../../shared/reserve-requests/contract';
import { reserveRequestStatuses, type ReserveRequestStatus } from '../../shared/reserve-requests/statuses';
import { customerNameSql } from '../customers/headline';
import type { ReadableDB } from '../db/handles';
import { queuePage } from '../db/queue-page';
import { preparedPerConnection } from '../db/sqlite/prepared';

interface ReserveRequestRow extends Omit<ReserveRequest, 'amount'> {
  amount: string;
  currency: string;
}

const selectRequests = `SELECT q.id, q.customer_id AS customerId, ${customerNameSql('c')} AS customerName,
  q.currency, q.amount, q.note, q.status, q.requested_at AS requestedAt, q.answered_at AS answeredAt,
  q.answered_by AS answeredBy, q.answer
  FROM reserve_requests q JOIN customers c ON c.id = q.customer_id`;

function toRequest({ amount, currency, ...row }: ReserveRequestRow): ReserveRequest {
  return { ...row, amount: { amount, currency } };
}

const statements = preparedPerConnection((db) => ({
  one: db.$client.prepare<[number], ReserveRequestRow>(`${selectRequests} WHERE q.id = ?`),
}));

export function findReserveRequest(db: ReadableDB, id: number): ReserveRequest {
  const found = statements(db).one.get(id);
  if (!found) throw new ApiError('NOT_FOUND', `Reserve request #${id} does not exist`);
  return toRequest(found);
}

export interface ReserveRequestFilters {
  customerId?: number;
  status?: ReserveRequestStatus;
}

/** Pending requests oldest first (the queue), any other list newest first. */
export function listReserveRequests(
  db: ReadableDB,
  filters: ReserveRequestFilters,
  cursor: string | undefined,
  limit: number,
) {
  const page = queuePage<ReserveRequestRow>(db, {
    select: selectRequests,
    filters: [
      ['q.customer_id = ?', filters.customerId],
      ['q.status = ?', filters.status],
    ],
    keys: ['q.requested_at', 'q.id'],
    oldestFirst: filters.status === 'pending',
    cursor,
    limit,
    position: (row) => [row.requestedAt, row.id],
    // Requests are indexed by status and by customer in time order, not by time alone.
    branches: { sql: 'q.status = ?', values: reserveRequestStatuses, names: ['requestedAt', 'id'] },
  });
  return { items: page.items.map(toRequest), nextCursor: page.nextCursor };
}
