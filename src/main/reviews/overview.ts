import type { ReviewsOverview } from '../../shared/reviews/contract';
import { ratings, type ReviewStatus } from '../../shared/reviews/statuses';
import type { ReadableDB } from '../db/handles';
import { preparedPerConnection } from '../db/sqlite/prepared';

const dayMs = 86_400_000;

const statements = preparedPerConnection((db) => ({
  // Fifteen rows kept by the triggers of 0017, instead of counting every review.
  tallies: db.$client.prepare<[], { status: ReviewStatus; rating: number; count: number }>(
    'SELECT status, rating, count FROM review_tallies',
  ),
  since: db.$client.prepare<[string], { n: number }>('SELECT count(*) AS n FROM reviews WHERE created_at >= ?'),
}));

/** `numerator / denominator` rounded half up, in whole numbers only (no float ever holds the figure). */
function rounded(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

export function reviewsOverview(db: ReadableDB, now = Date.now()): ReviewsOverview {
  const sql = statements(db);
  const byStatus: Record<ReviewStatus, number> = { pending: 0, approved: 0, hidden: 0 };
  const byRating = new Map<number, number>(ratings.map((rating) => [rating, 0]));
  let stars = 0;
  for (const { status, rating, count } of sql.tallies.all()) {
    byStatus[status] += count;
    byRating.set(rating, (byRating.get(rating) ?? 0) + count);
    stars += rating * count;
  }
  const total = byStatus.pending + byStatus.approved + byStatus.hidden;
  const moderated = byStatus.approved + byStatus.hidden;
  return {
    total,
    ...byStatus,
    approvalRate: moderated === 0 ? null : rounded(byStatus.approved * 10_000, moderated),
    averageRating: total === 0 ? null : rounded(stars * 100, total),
    last24Hours: sql.since.get(new Date(now - dayMs).toISOString())?.n ?? 0,
    distribution: [...byRating].map(([rating, count]) => ({ rating, count })),
  };
}
