import { reserveRequestColumns, type ReserveRequestColumnKey } from '../../../shared/activity/columns';
import { majorText } from '../../../shared/money/money';
import { reserveAnswer } from '../../../shared/reserve-requests/contract';
import type { ReserveRequestStatus } from '../../../shared/reserve-requests/statuses';
import { preparedPerConnection } from '../../db/sqlite/prepared';
import { answerReserveRequest, insertReserveRequest } from '../../reserve-requests/writes';
import { created, type ActivityKind } from './activity-kinds';
import type { ReadRow } from './exchange-row';
import { RowCells, type ReadContext } from './row-cells';

export interface ReserveRequestRowValue {
  currency: string;
  /** Minor units, above zero. */
  amount: bigint;
  note: string | null;
  status: ReserveRequestStatus;
  requestedAt: string;
  /** An answered request's answer and its time. */
  answer: { text: string; at: string } | null;
}

/** One row of a reserve request file read into the request it reports, or every problem it has. */
export function readReserveRequestRow(
  cells: Record<string, string>,
  context: ReadContext,
): ReadRow<ReserveRequestRowValue> {
  const row = new RowCells<ReserveRequestColumnKey>(reserveRequestColumns, cells, context);
  const customer = row.customer('customerEmail', 'customerReferenceId');
  const currency = row.currency('currency');
  const amount = row.amount('amount', currency);
  if (amount !== null && amount <= 0n) row.fail('amount', 'Amount must be above zero');
  const note = row.plain('note', 1000);
  const status = row.text('status') ? (row.choice('status') as ReserveRequestStatus | null) : 'pending';
  const requestedAt = row.dateTime('requestedAt');
  const answerText = row.text('answer') ? row.parsed('answer', reserveAnswer) : null;
  const answeredAt = row.text('answeredAt') ? row.dateTime('answeredAt') : requestedAt;
  if (status === 'answered' && !row.text('answer')) row.fail('answer', 'An answered request needs its answer');
  if (status !== null && status !== 'answered' && row.text('answer')) {
    row.fail('answer', `A ${status} request has no answer: its status would be Answered`);
  }
  if (answeredAt && requestedAt && answeredAt < requestedAt) {
    row.fail('answeredAt', 'A request is answered after it was made');
  }
  if (row.issues.length > 0) return { customer, issues: row.issues };
  return {
    customer,
    value: {
      currency: currency as string,
      amount: amount as bigint,
      note,
      status: status as ReserveRequestStatus,
      requestedAt: requestedAt as string,
      answer: answerText === null ? null : { text: answerText, at: answeredAt as string },
    },
  };
}

const statements = preparedPerConnection((db) => ({
  same: db.$client
    .prepare<[number, string, string, string], number>(
      `SELECT id FROM reserve_requests WHERE customer_id = ? AND currency = ? AND amount = ? AND requested_at = ?
        LIMIT 1`,
    )
    .pluck(),
  // The platform's customer cancelled it: there is no desk action for that, only this import and the seed.
  cancel: db.$client.prepare<[number]>(
    "UPDATE reserve_requests SET status = 'cancelled' WHERE id = ? AND status = 'pending'",
  ),
}));

/**
 * Reserve requests as the platform exports them: written pending through the core's insert
 * (exact money of a known currency), then answered by the import or cancelled as the file says.
 */
export const reserveRequestKind: ActivityKind<ReserveRequestRowValue> = {
  read: readReserveRequestRow,
  identity: {
    key: 'requestedAt',
    name: 'customer, amount and time',
    of: (value, customerId) => `${customerId}|${value.currency}|${value.amount}|${value.requestedAt}`,
  },
  storeProblem(db, value, customerId) {
    const stored = statements(db).same.get(customerId, value.currency, String(value.amount), value.requestedAt);
    return stored === undefined
      ? null
      : {
          key: 'requestedAt',
          kind: 'duplicateInDatabase',
          message: `Reserve request #${stored} is already this request of this customer at this time`,
        };
  },
  write(tx, value, customerId, actor) {
    const amount = { amount: String(value.amount), currency: value.currency };
    const id = insertReserveRequest(tx, { customerId, amount, note: value.note, requestedAt: value.requestedAt });
    if (value.answer) answerReserveRequest(tx, { id, answer: value.answer.text, who: actor, at: value.answer.at });
    if (value.status === 'cancelled') statements(tx).cancel.run(id);
    return {
      entity: 'reserve_request',
      id,
      changes: created({
        customerId,
        amount: `${majorText(value.amount, value.currency)} ${value.currency}`,
        note: value.note,
        status: value.status,
        requestedAt: value.requestedAt,
        answer: value.answer?.text ?? null,
      }),
    };
  },
};
