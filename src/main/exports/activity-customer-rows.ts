import {
  reserveRequestColumns,
  reviewColumns,
  sessionColumns,
  ticketColumns,
  type ReserveRequestColumnKey,
  type ReviewColumnKey,
  type SessionColumnKey,
  type TicketColumnKey,
} from '../../shared/activity/columns';
import { majorText } from '../../shared/money/money';
import { reserveRequestStatusLabels, type ReserveRequestStatus } from '../../shared/reserve-requests/statuses';
import { reviewStatusLabels, type ReviewStatus } from '../../shared/reviews/statuses';
import {
  customerFacingMessageKinds,
  ticketMessageKindLabels,
  ticketStatusLabels,
  type TicketMessageKind,
  type TicketStatus,
} from '../../shared/tickets/statuses';
import type { ReadableDB } from '../db/handles';
import { sqliteOf } from '../db/sqlite/database';
import { cellsOf } from './activity-rows';
import type { CellValue } from './rows';

/** Who a row is about, as every activity file names them. */
const customerSql = 'c.email, c.reference_id AS referenceId';
interface CustomerCells {
  email: string;
  referenceId: string | null;
}
const customerCells = {
  customerEmail: (row: CustomerCells) => row.email,
  customerReferenceId: (row: CustomerCells) => row.referenceId,
};

/** "WHERE x.customer_id = ?" and its parameter when the export is one customer's. */
function ofCustomer(alias: string, customerId: number | undefined) {
  return customerId === undefined
    ? { where: '1', params: [] as number[] }
    : { where: `${alias}.customer_id = ?`, params: [customerId] };
}

interface ReviewRow extends CustomerCells {
  exchangeReference: string | null;
  rating: number;
  text: string;
  status: ReviewStatus;
  createdAt: string;
}

const reviewCells: Record<ReviewColumnKey, (row: ReviewRow) => CellValue> = {
  ...customerCells,
  exchangeReference: (row) => row.exchangeReference,
  rating: (row) => String(row.rating),
  text: (row) => row.text,
  status: (row) => reviewStatusLabels[row.status],
  createdAt: (row) => row.createdAt,
};

/** Reviews of every customer or of one, oldest first (the order they were written in). */
export function reviewExportRows(db: ReadableDB, customerId?: number): Generator<CellValue[]> {
  const { where, params } = ofCustomer('r', customerId);
  const statement = sqliteOf(db).$client.prepare(
    `SELECT ${customerSql}, x.reference AS exchangeReference, r.rating, r.text, r.status, r.created_at AS createdAt
       FROM reviews r JOIN customers c ON c.id = r.customer_id LEFT JOIN exchanges x ON x.id = r.exchange_id
      WHERE ${where} ORDER BY r.created_at, r.id`,
  );
  const keys = Object.keys(reviewColumns) as ReviewColumnKey[];
  return cellsOf(statement.iterate(...params) as Iterable<ReviewRow>, reviewCells, keys);
}

interface ReserveRequestRow extends CustomerCells {
  amount: string;
  currency: string;
  note: string | null;
  status: ReserveRequestStatus;
  requestedAt: string;
  answer: string | null;
  answeredAt: string | null;
}

const reserveRequestCells: Record<ReserveRequestColumnKey, (row: ReserveRequestRow) => CellValue> = {
  ...customerCells,
  amount: (row) => majorText(row.amount, row.currency),
  currency: (row) => row.currency,
  note: (row) => row.note,
  status: (row) => reserveRequestStatusLabels[row.status],
  requestedAt: (row) => row.requestedAt,
  answer: (row) => row.answer,
  answeredAt: (row) => row.answeredAt,
};

/** Reserve requests of every customer or of one, oldest first. */
export function reserveRequestExportRows(db: ReadableDB, customerId?: number): Generator<CellValue[]> {
  const { where, params } = ofCustomer('q', customerId);
  const statement = sqliteOf(db).$client.prepare(
    `SELECT ${customerSql}, q.amount, q.currency, q.note, q.status, q.requested_at AS requestedAt, q.answer,
            q.answered_at AS answeredAt
       FROM reserve_requests q JOIN customers c ON c.id = q.customer_id
      WHERE ${where} ORDER BY q.requested_at, q.id`,
  );
  const keys = Object.keys(reserveRequestColumns) as ReserveRequestColumnKey[];
  return cellsOf(statement.iterate(...params) as Iterable<ReserveRequestRow>, reserveRequestCells, keys);
}

interface TicketMessageRow extends CustomerCells {
  reference: string;
  subject: string;
  status: TicketStatus;
  closedAt: string | null;
  kind: TicketMessageKind;
  actor: string | null;
  at: string;
  body: string;
}

const ticketCells: Record<TicketColumnKey, (row: TicketMessageRow) => CellValue> = {
  reference: (row) => row.reference,
  ...customerCells,
  subject: (row) => row.subject,
  status: (row) => ticketStatusLabels[row.status],
  from: (row) => ticketMessageKindLabels[row.kind],
  author: (row) => row.actor,
  at: (row) => row.at,
  body: (row) => row.body,
  closedAt: (row) => row.closedAt,
};

/** The kinds a file may carry: what the customer sees of a thread (an internal note never leaves the desk). */
const exportedKinds = customerFacingMessageKinds.map((kind) => `'${kind}'`).join(', ');

/**
 * A customer's tickets, a row per message the customer sees: tickets oldest first, each thread
 * in the order it was written.
 */
export function ticketExportRows(db: ReadableDB, customerId: number): Generator<CellValue[]> {
  const statement = sqliteOf(db).$client.prepare(
    `SELECT t.reference, ${customerSql}, t.subject, t.status, t.closed_at AS closedAt, m.kind, m.actor, m.at, m.body
       FROM tickets t JOIN customers c ON c.id = t.customer_id JOIN ticket_messages m ON m.ticket_id = t.id
      WHERE t.customer_id = ? AND m.kind IN (${exportedKinds}) ORDER BY t.created_at, t.id, m.at, m.id`,
  );
  const keys = Object.keys(ticketColumns) as TicketColumnKey[];
  return cellsOf(statement.iterate(customerId) as Iterable<TicketMessageRow>, ticketCells, keys);
}

interface SessionRow extends CustomerCells {
  device: string;
  ipAddress: string;
  place: string | null;
  signedInAt: string;
  lastSeenAt: string;
  endedAt: string | null;
  endedBy: string | null;
  endReason: string | null;
}

const sessionCells: Record<SessionColumnKey, (row: SessionRow) => CellValue> = {
  ...customerCells,
  device: (row) => row.device,
  ipAddress: (row) => row.ipAddress,
  place: (row) => row.place,
  signedInAt: (row) => row.signedInAt,
  lastSeenAt: (row) => row.lastSeenAt,
  endedAt: (row) => row.endedAt,
  endedBy: (row) => row.endedBy,
  endReason: (row) => row.endReason,
};

/** A customer's sessions, oldest sign-in first. */
export function sessionExportRows(db: ReadableDB, customerId: number): Generator<CellValue[]> {
  const statement = sqliteOf(db).$client.prepare(
    `SELECT ${customerSql}, s.device, s.ip_address AS ipAddress, s.place, s.signed_in_at AS signedInAt,
            s.last_seen_at AS lastSeenAt, s.ended_at AS endedAt, s.ended_by AS endedBy, s.end_reason AS endReason
       FROM customer_sessions s JOIN customers c ON c.id = s.customer_id
      WHERE s.customer_id = ? ORDER BY s.signed_in_at, s.id`,
  );
  const keys = Object.keys(sessionColumns) as SessionColumnKey[];
  return cellsOf(statement.iterate(customerId) as Iterable<SessionRow>, sessionCells, keys);
}
