import { useMutation, useQuery } from '@tanstack/react-query';
import type { InputOf } from '../../shared/api';
import { activityKey, useCursorPages, useInvalidateActivity } from '../activity/queries';
import { call } from '../client/api';

type ListInput = Omit<InputOf<'reviews.list'>, 'cursor' | 'limit'>;

/**
 * Pages of reviews: pending ones oldest first (the moderation queue), the others newest first. Always fetched
 * afresh when a list comes on screen: other moderators and new customers change the queue between two looks.
 */
export function useReviewPages(input: ListInput) {
  return useCursorPages(['reviews', 'list', input], (cursor) => call('reviews.list', { ...input, cursor, limit: 50 }), {
    staleTime: 0,
  });
}

/** The overview figures; the sidebar's count of reviews waiting reads its `pending`. */
export function useReviewsOverview() {
  return useQuery({ queryKey: activityKey('reviews', 'overview'), queryFn: () => call('reviews.overview', {}) });
}

/** Approves or hides a review; a review someone moderated meanwhile comes back as CONFLICT. */
export function useModerateReview() {
  const invalidate = useInvalidateActivity();
  return useMutation({
    mutationFn: (input: InputOf<'reviews.moderate'>) => call('reviews.moderate', input),
    // Refreshed after a refusal too: a CONFLICT means the list on screen is out of date.
    onSettled: invalidate,
  });
}

export function useCreateReview() {
  const invalidate = useInvalidateActivity();
  return useMutation({
    mutationFn: (input: InputOf<'reviews.create'>) => call('reviews.create', input),
    onSuccess: invalidate,
  });
}
