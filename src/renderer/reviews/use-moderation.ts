import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ApiError } from '../../shared/errors';
import type { Review } from '../../shared/reviews/contract';
import { showSaveError } from '../forms/schema-form';
import type { ReasonForm } from './HideReviewModal';
import { useModerateReview } from './queries';

/**
 * A list's moderation: approving at once, hiding through the reason dialog, and what went wrong. A CONFLICT
 * (someone moderated the review meanwhile) is kept on screen beside the list until the next decision, since
 * a toast that fades is easy to miss in a fast keyboard pass.
 */
export function useModeration(onDecided: () => void) {
  const moderate = useModerateReview();
  const [hiding, setHiding] = useState<Review | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);

  const refused = (error: unknown, form?: ReasonForm): boolean => {
    if (error instanceof ApiError && error.code === 'CONFLICT') {
      setConflict(error.message);
      setHiding(null);
      onDecided();
      return true;
    }
    if (form) showSaveError(form, error);
    else
      notifications.show({
        color: 'red',
        title: 'Not moderated',
        message: error instanceof Error ? error.message : 'Something went wrong',
      });
    return false;
  };

  const approve = (review: Review) => {
    setConflict(null);
    moderate.mutate(
      { id: review.id, from: review.status, status: 'approved' },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            title: 'Review approved',
            message: `${review.customerName}'s review is public.`,
          });
          onDecided();
        },
        onError: (error) => refused(error),
      },
    );
  };

  const hide = (review: Review, reason: string, form: ReasonForm) => {
    setConflict(null);
    moderate.mutate(
      { id: review.id, from: review.status, status: 'hidden', reason },
      {
        onSuccess: () => {
          notifications.show({
            color: 'gray',
            title: 'Review hidden',
            message: `${review.customerName}'s review is hidden.`,
          });
          setHiding(null);
          onDecided();
        },
        onError: (error) => refused(error, form),
      },
    );
  };

  return {
    approve,
    hide,
    hiding,
    startHiding: (review: Review) => {
      setConflict(null);
      setHiding(review);
    },
    stopHiding: () => {
      setHiding(null);
      onDecided();
    },
    conflict,
    dismissConflict: () => setConflict(null),
    pendingId: moderate.isPending ? moderate.variables.id : null,
  };
}
