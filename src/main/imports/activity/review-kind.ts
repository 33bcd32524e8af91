import { reviewColumns, type ReviewColumnKey } from '../../../shared/activity/columns';
import { ApiError } from '../../../shared/errors';
import { reviewText } from '../../../shared/reviews/contract';
import type { ReviewStatus } from '../../../shared/reviews/statuses';
import type { ReadableDB } from '../../db/handles';
import { preparedPerConnection } from '../../db/sqlite/prepared';
import { checkReviewedExchange, insertReview, moderateReview } from '../../reviews/writes';
import { created, type ActivityKind, type StoreProblem } from './activity-kinds';
import type { ReadRow } from './exchange-row';
import { RowCells, type ReadContext } from './row-cells';

export interface ReviewRowValue {
  /** The completed exchange it is about, by its reference; null for a review of none. */
  exchangeReference: string | null;
  rating: number;
  text: string;
  status: ReviewStatus;
  createdAt: string;
}

/** One row of a review file read into the review it reports, or every problem it has. */
export function readReviewRow(cells: Record<string, string>, context: ReadContext): ReadRow<ReviewRowValue> {
  const row = new RowCells<ReviewColumnKey>(reviewColumns, cells, context);
  const customer = row.customer('customerEmail', 'customerReferenceId');
  const exchangeReference = row.plain('exchangeReference', 40)?.toUpperCase() ?? null;
  const rating = row.choice('rating');
  const text = row.parsed('text', reviewText);
  const status = row.text('status') ? (row.choice('status') as ReviewStatus | null) : 'pending';
  const createdAt = row.dateTime('createdAt');
  if (row.issues.length > 0) return { customer, issues: row.issues };
  return {
    customer,
    value: {
      exchangeReference,
      rating: Number(rating),
      text: text as string,
      status: status as ReviewStatus,
      createdAt: createdAt as string,
    },
  };
}

const statements = preparedPerConnection((db) => ({
  exchange: db.$client.prepare<[string], number>('SELECT id FROM exchanges WHERE reference = ?').pluck(),
  sameText: db.$client
    .prepare<[number, string, string], number>(
      'SELECT id FROM reviews WHERE customer_id = ? AND created_at = ? AND text = ? AND exchange_id IS NULL LIMIT 1',
    )
    .pluck(),
}));

/** Why the store cannot take this review of an exchange: the desk's own checks, said on the column. */
function exchangeProblem(db: ReadableDB, reference: string, customerId: number): StoreProblem | null {
  const exchangeId = statements(db).exchange.get(reference);
  if (exchangeId === undefined) {
    return { key: 'exchangeReference', kind: 'invalid', message: `No exchange has the reference ${reference}` };
  }
  try {
    checkReviewedExchange(db, customerId, exchangeId);
    return null;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const kind = error.code === 'CONFLICT' ? 'duplicateInDatabase' : 'invalid';
    return { key: 'exchangeReference', kind, message: error.message };
  }
}

/**
 * Reviews as the platform (or a review site) exports them: one per completed exchange of the
 * customer, or one of no exchange. A moderated one is written pending and moderated by the
 * import, so its moderation says who brought it and from where.
 */
export const reviewKind: ActivityKind<ReviewRowValue> = {
  read: readReviewRow,
  // By customer too: another customer's row about the exchange (refused) does not make the owner's a duplicate.
  identity: {
    key: (value) => (value.exchangeReference ? 'exchangeReference' : 'text'),
    name: (value) => (value.exchangeReference ? 'exchange reference' : 'customer, time and review text'),
    of: (value, customerId) =>
      value.exchangeReference
        ? `exchange|${customerId}|${value.exchangeReference}`
        : `text|${customerId}|${value.createdAt}|${value.text}`,
  },
  storeProblem(db, value, customerId) {
    if (value.exchangeReference) return exchangeProblem(db, value.exchangeReference, customerId);
    const stored = statements(db).sameText.get(customerId, value.createdAt, value.text);
    return stored === undefined
      ? null
      : { key: 'text', kind: 'duplicateInDatabase', message: `Review #${stored} is already this review` };
  },
  write(tx, value, customerId, actor, note) {
    const exchangeId = value.exchangeReference ? (statements(tx).exchange.get(value.exchangeReference) ?? null) : null;
    const id = insertReview(tx, {
      customerId,
      exchangeId,
      rating: value.rating,
      text: value.text,
      status: 'pending',
      source: 'customer',
      createdAt: value.createdAt,
      createdBy: null,
    });
    if (value.status !== 'pending') {
      const at = new Date().toISOString();
      moderateReview(tx, { id, from: 'pending', status: value.status, reason: note, who: actor, at });
    }
    return {
      entity: 'review',
      id,
      changes: created({
        customerId,
        exchange: value.exchangeReference,
        rating: value.rating,
        text: value.text,
        status: value.status,
        createdAt: value.createdAt,
      }),
    };
  },
};
