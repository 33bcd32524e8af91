import type { ReviewStatus } from '../../shared/reviews/statuses';
import { hundredthsToDecimal } from '../../shared/customers/fields';

export const reviewStatusColors: Record<ReviewStatus, string> = {
  pending: 'yellow',
  approved: 'green',
  hidden: 'gray',
};

/** "★★★★☆": a rating as people read it on a review site. */
export function starsText(rating: number): string {
  return '★'.repeat(rating) + '☆'.repeat(5 - rating);
}

/** "4.37": an average in hundredths of a star, or a percent in hundredths. */
export const hundredths = hundredthsToDecimal;
