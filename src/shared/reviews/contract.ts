import { z } from 'zod';
import { operation } from '../contract';
import { reason } from '../reason';
import { recordId } from '../record-id';
import { multiLineText, text } from '../text';
import { ratings, reviewDecisions, reviewSources, reviewStatuses } from './statuses';

const customerId = recordId('Customer');
const rating = z
  .number({ error: 'Give a rating from 1 to 5' })
  .int({ error: 'Give a rating from 1 to 5' })
  .min(Math.min(...ratings), { error: 'Give a rating from 1 to 5' })
  .max(Math.max(...ratings), { error: 'Give a rating from 1 to 5' });
export const reviewText = multiLineText({ error: 'Write the review' })
  .trim()
  .min(1, { error: 'Write the review' })
  .max(2000, { error: 'Keep the review under 2,000 characters' });

export const review = z.object({
  id: z.number().int(),
  customerId: z.number().int(),
  customerName: z.string(),
  /** The completed exchange it is about (one review per exchange), or null for one without. */
  exchangeId: z.number().int().nullable(),
  exchangeReference: z.string().nullable(),
  rating: z.number().int(),
  text: z.string(),
  status: z.enum(reviewStatuses),
  source: z.enum(reviewSources),
  createdAt: z.string(),
  /** Staff who wrote it down by hand, null when the customer wrote it. */
  createdBy: z.string().nullable(),
  moderatedAt: z.string().nullable(),
  moderatedBy: z.string().nullable(),
  moderationReason: z.string().nullable(),
});
export type Review = z.output<typeof review>;

export const reviewsOverview = z.object({
  total: z.number().int(),
  pending: z.number().int(),
  approved: z.number().int(),
  hidden: z.number().int(),
  /** Approved of the moderated (approved + hidden), in hundredths of a percent; null before any. */
  approvalRate: z.number().int().nullable(),
  /** Average rating in hundredths of a star (437 is 4.37); null without reviews. */
  averageRating: z.number().int().nullable(),
  last24Hours: z.number().int(),
  /** How many reviews gave each rating, 1 to 5. */
  distribution: z.array(z.object({ rating: z.number().int(), count: z.number().int() })),
});
export type ReviewsOverview = z.output<typeof reviewsOverview>;

export const reviewsContract = {
  'reviews.list': operation(
    'One page of reviews: pending ones oldest first (the moderation queue), others newest first; of one customer or all',
    z.object({
      customerId: customerId.optional(),
      status: z.enum(reviewStatuses).optional(),
      rating: rating.optional(),
      cursor: text().max(500).optional(),
      limit: z.coerce.number().int().min(1).max(500).default(50),
    }),
    z.object({ items: z.array(review), nextCursor: z.string().nullable() }),
  ),
  'reviews.overview': operation(
    'Review figures: total, by status, approval rate, average rating, last 24 hours, rating distribution',
    z.object({}).default({}),
    reviewsOverview,
  ),
  'reviews.create': operation(
    "Write down a customer's review by hand: about one of their completed exchanges not yet reviewed, or none",
    z.object({
      customerId,
      exchangeId: recordId('Exchange').nullable().default(null),
      rating,
      text: reviewText,
    }),
    review,
  ),
  'reviews.moderate': operation(
    'Approve or hide a review; hiding needs a reason. Refused (CONFLICT) when someone moderated it meanwhile',
    z.discriminatedUnion('status', [
      z.object({
        id: recordId('Review'),
        /** The status the person saw. */
        from: z.enum(reviewStatuses),
        status: z.literal(reviewDecisions[0]),
        reason: reason.optional(),
      }),
      z.object({ id: recordId('Review'), from: z.enum(reviewStatuses), status: z.literal(reviewDecisions[1]), reason }),
    ]),
    review,
  ),
};
