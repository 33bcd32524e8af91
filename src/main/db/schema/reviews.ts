import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { reviewSources, reviewStatuses } from '../../../shared/reviews/statuses';
import { customers } from './customers';
import { exchanges } from './exchanges';

/**
 * A customer's review, usually of one completed exchange (one review per exchange: the unique
 * index; only a completed exchange of the same customer: a trigger in 0016).
 */
export const reviews = sqliteTable(
  'reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    exchangeId: integer('exchange_id').references(() => exchanges.id),
    rating: integer('rating').notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: reviewStatuses }).notNull(),
    source: text('source', { enum: reviewSources }).notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by'),
    moderatedAt: text('moderated_at'),
    moderatedBy: text('moderated_by'),
    moderationReason: text('moderation_reason'),
  },
  (t) => [
    uniqueIndex('reviews_exchange').on(t.exchangeId),
    // The queue walks pending oldest first; the other statuses newest first.
    index('reviews_status').on(t.status, t.createdAt, t.id),
    index('reviews_customer').on(t.customerId, t.createdAt, t.id),
    index('reviews_rating').on(t.rating, t.createdAt, t.id),
    index('reviews_created_at').on(t.createdAt),
    check('reviews_rating_range', sql`${t.rating} BETWEEN 1 AND 5`),
  ],
);

/**
 * How many reviews have each status and rating, kept by triggers (0016): the overview reads
 * fifteen rows instead of counting a million reviews.
 */
export const reviewTallies = sqliteTable(
  'review_tallies',
  {
    status: text('status', { enum: reviewStatuses }).notNull(),
    rating: integer('rating').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.status, t.rating] })],
);
