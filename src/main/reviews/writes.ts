import { ApiError } from '../../shared/errors';
import { exchangeStatusLabels, type ExchangeStatus } from '../../shared/exchanges/statuses';
import type { Review } from '../../shared/reviews/contract';
import { reviewStatusLabels, type ReviewSource, type ReviewStatus } from '../../shared/reviews/statuses';
import type { ReadableDB, WritableDB } from '../db/handles';
import { preparedPerConnection } from '../db/sqlite/prepared';
import { findReview } from './queries';

export interface NewReview {
  customerId: number;
  exchangeId: number | null;
  rating: number;
  text: string;
  status: ReviewStatus;
  source: ReviewSource;
  createdAt: string;
  createdBy: string | null;
}

const statements = preparedPerConnection((db) => ({
  exchange: db.$client.prepare<[number], { reference: string; customerId: number; status: ExchangeStatus }>(
    'SELECT reference, customer_id AS customerId, status FROM exchanges WHERE id = ?',
  ),
  reviewOf: db.$client.prepare<[number], { id: number }>('SELECT id FROM reviews WHERE exchange_id = ?'),
  insert: db.$client.prepare(
    `INSERT INTO reviews (customer_id, exchange_id, rating, text, status, source, created_at, created_by)
     VALUES (@customerId, @exchangeId, @rating, @text, @status, @source, @createdAt, @createdBy)`,
  ),
  moderate: db.$client.prepare(
    `UPDATE reviews SET status = @status, moderated_at = @at, moderated_by = @who, moderation_reason = @reason
     WHERE id = @id AND status = @from`,
  ),
}));

/**
 * Why a customer's review cannot be about this exchange, said on the field (the trigger of 0017
 * refuses the same, in words no person should read): it must exist, be theirs, be completed and
 * not be reviewed yet. Returns the exchange's reference when it can.
 */
export function checkReviewedExchange(db: ReadableDB, customerId: number, exchangeId: number): string {
  const sql = statements(db);
  const exchange = sql.exchange.get(exchangeId);
  const refuse = (code: 'VALIDATION' | 'CONFLICT', message: string) => {
    throw new ApiError(code, message, { exchangeId: message });
  };
  if (!exchange) return refuse('VALIDATION', `Exchange #${exchangeId} does not exist`);
  if (exchange.customerId !== customerId) {
    return refuse('VALIDATION', `Exchange ${exchange.reference} is another customer's`);
  }
  if (exchange.status !== 'completed') {
    const status = exchangeStatusLabels[exchange.status].toLowerCase();
    return refuse('VALIDATION', `Exchange ${exchange.reference} is ${status}; only a completed exchange is reviewed`);
  }
  const review = sql.reviewOf.get(exchangeId);
  if (review) return refuse('CONFLICT', `Exchange ${exchange.reference} already has a review (#${review.id})`);
  return exchange.reference;
}

/** Writes one review in the caller's transaction (the desk by hand, the import, the seed). */
export function insertReview(tx: WritableDB, review: NewReview): number {
  return Number(statements(tx).insert.run(review).lastInsertRowid);
}

export interface Moderation {
  id: number;
  /** The status the moderator saw. */
  from: ReviewStatus;
  status: ReviewStatus;
  reason: string | null;
  who: string;
  at: string;
}

/**
 * Moves a review to a moderator's decision; refused (CONFLICT), with nothing written, when
 * someone moderated it since the moderator read it, or it already has that status.
 */
export function moderateReview(tx: WritableDB, moderation: Moderation): Review {
  const found = findReview(tx, moderation.id);
  if (found.status !== moderation.from) {
    const by = found.moderatedBy ? ` by ${found.moderatedBy}` : '';
    throw new ApiError(
      'CONFLICT',
      `Review #${found.id} was ${reviewStatusLabels[found.status].toLowerCase()}${by} meanwhile`,
    );
  }
  if (found.status === moderation.status) {
    throw new ApiError('CONFLICT', `Review #${found.id} is already ${reviewStatusLabels[found.status].toLowerCase()}`);
  }
  statements(tx).moderate.run(moderation);
  return findReview(tx, moderation.id);
}
