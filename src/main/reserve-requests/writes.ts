import { z } from 'zod';
import { ApiError } from '../../shared/errors';
import { positiveMoney, type Money } from '../../shared/money/money';
import type { ReserveRequest } from '../../shared/reserve-requests/contract';
import { reserveRequestStatusLabels } from '../../shared/reserve-requests/statuses';
import { parseOrThrow } from '../../shared/validation';
import type { WritableDB } from '../db/handles';
import { preparedPerConnection } from '../db/sqlite/prepared';
import { findReserveRequest } from './queries';

/** A customer's request as the platform reports it (the import, the seed): pending until answered. */
export interface NewReserveRequest {
  customerId: number;
  amount: Money;
  note: string | null;
  requestedAt: string;
}

const amountOf = z.object({ amount: positiveMoney });

const statements = preparedPerConnection((db) => ({
  insert: db.$client.prepare(
    `INSERT INTO reserve_requests (customer_id, currency, amount, note, status, requested_at)
     VALUES (?, ?, ?, ?, 'pending', ?)`,
  ),
  answer: db.$client.prepare(
    `UPDATE reserve_requests SET status = 'answered', answer = @answer, answered_at = @at, answered_by = @who
     WHERE id = @id AND status = 'pending'`,
  ),
}));

/**
 * Writes one pending request in the caller's transaction; its amount exact minor units above
 * zero of a known currency, or a VALIDATION error on `amount.*` and nothing written.
 */
export function insertReserveRequest(tx: WritableDB, request: NewReserveRequest): number {
  const { amount } = parseOrThrow(amountOf, request);
  const { lastInsertRowid } = statements(tx).insert.run(
    request.customerId,
    amount.currency,
    amount.amount,
    request.note,
    request.requestedAt,
  );
  return Number(lastInsertRowid);
}

/** Answers a pending request; refused (CONFLICT), with nothing written, once it is answered or cancelled. */
export function answerReserveRequest(
  tx: WritableDB,
  answer: { id: number; answer: string; who: string; at: string },
): ReserveRequest {
  const found = findReserveRequest(tx, answer.id);
  if (found.status !== 'pending') {
    const by = found.answeredBy ? ` by ${found.answeredBy}` : '';
    throw new ApiError(
      'CONFLICT',
      `Reserve request #${found.id} was ${reserveRequestStatusLabels[found.status].toLowerCase()}${by} meanwhile`,
    );
  }
  statements(tx).answer.run(answer);
  return findReserveRequest(tx, answer.id);
}
