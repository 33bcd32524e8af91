import { ApiError } from '../../shared/errors';
import type { Review } from '../../shared/reviews/contract';
import type { ReviewStatus } from '../../shared/reviews/statuses';
import { customerNameSql } from '../customers/headline';
import type { ReadableDB } from '../db/handles';
import { queuePage } from '../db/queue-page';
import { preparedPerConnection } from '../db/sqlite/prepared';

/** A review as the contract shows it, with its customer's name and its exchange's reference. */
const selectReviews = `SELECT r.id, r.customer_id AS customerId, ${customerNameSql('c')} AS customerName,
  r.exchange_id AS exchangeId, x.reference AS exchangeReference, r.rating, r.text, r.status, r.source,
  r.created_at AS createdAt, r.created_by AS createdBy, r.moderated_at AS moderatedAt,
  r.moderated_by AS moderatedBy, r.moderation_reason AS moderationReason
  FROM reviews r JOIN customers c ON c.id = r.customer_id LEFT JOIN exchanges x ON x.id = r.exchange_id`;

const statements = preparedPerConnection((db) => ({
  one: db.$client.prepare<[number], Review>(`${selectReviews} WHERE r.id = ?`),
}));

export function findReview(db: ReadableDB, id: number): Review {
  const found = statements(db).one.get(id);
  if (!found) throw new ApiError('NOT_FOUND', `Review #${id} does not exist`);
  return found;
}

export interface ReviewFilters {
  customerId?: number;
  status?: ReviewStatus;
  rating?: number;
}

/** Pending reviews oldest first (the moderation queue), any other list newest first. */
export function listReviews(db: ReadableDB, filters: ReviewFilters, cursor: string | undefined, limit: number) {
  return queuePage<Review>(db, {
    select: selectReviews,
    filters: [
      ['r.customer_id = ?', filters.customerId],
      ['r.status = ?', filters.status],
      ['r.rating = ?', filters.rating],
    ],
    keys: ['r.created_at', 'r.id'],
    oldestFirst: filters.status === 'pending',
    cursor,
    limit,
    position: (review) => [review.createdAt, review.id],
  });
}
