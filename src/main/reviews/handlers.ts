import type { HandlerTable } from '../api';
import { writeAudit } from '../audit/log';
import { customerHeadline } from '../customers/headline';
import type { Storage } from '../db/storage';
import { reviewsOverview } from './overview';
import { findReview, listReviews } from './queries';
import { checkReviewedExchange, insertReview, moderateReview } from './writes';

type ReviewOperations = 'reviews.list' | 'reviews.overview' | 'reviews.create' | 'reviews.moderate';

export function reviewsHandlers(storage: Storage, actor: () => string): HandlerTable<ReviewOperations> {
  return {
    'reviews.list': ({ cursor, limit, ...filters }) =>
      storage.read((db) => {
        if (filters.customerId !== undefined) customerHeadline(db, filters.customerId);
        return listReviews(db, filters, cursor, limit);
      }),
    'reviews.overview': () => storage.read((db) => reviewsOverview(db)),
    'reviews.create': ({ customerId, exchangeId, rating, text }) =>
      storage.withTransaction(
        async (tx) => {
          customerHeadline(tx, customerId);
          const reference = exchangeId === null ? null : checkReviewedExchange(tx, customerId, exchangeId);
          const who = actor();
          const id = insertReview(tx, {
            customerId,
            exchangeId,
            rating,
            text,
            status: 'pending',
            source: 'staff',
            createdAt: new Date().toISOString(),
            createdBy: who,
          });
          await writeAudit(tx, {
            actor: who,
            entity: 'review',
            entityId: id,
            action: 'create',
            changes: {
              customerId: { from: null, to: customerId },
              ...(reference === null ? {} : { exchange: { from: null, to: reference } }),
              rating: { from: null, to: rating },
              text: { from: null, to: text },
              status: { from: null, to: 'pending' },
            },
          });
          return findReview(tx, id);
        },
        { what: 'saving the review' },
      ),
    'reviews.moderate': ({ id, from, status, reason }) =>
      storage.withTransaction(
        async (tx) => {
          const who = actor();
          const review = moderateReview(tx, {
            id,
            from,
            status,
            reason: reason ?? null,
            who,
            at: new Date().toISOString(),
          });
          await writeAudit(tx, {
            actor: who,
            entity: 'review',
            entityId: id,
            action: status === 'approved' ? 'approve' : 'hide',
            reason,
            changes: { status: { from, to: status } },
          });
          return review;
        },
        { what: 'moderating the review' },
      ),
  };
}
