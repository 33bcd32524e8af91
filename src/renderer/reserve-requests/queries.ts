import { useMutation, useQuery } from '@tanstack/react-query';
import type { InputOf } from '../../shared/api';
import { activityKey, useCursorPages, useInvalidateActivity } from '../activity/queries';
import { call } from '../client/api';

type ListInput = Omit<InputOf<'reserveRequests.list'>, 'cursor' | 'limit'>;

/** Pages of reserve requests: pending ones oldest first (the queue), the others newest first. */
export function useReserveRequestPages(input: ListInput) {
  return useCursorPages(['reserveRequests', 'list', input], (cursor) =>
    call('reserveRequests.list', { ...input, cursor, limit: 50 }),
  );
}

export function usePendingReserveRequestCount() {
  return useQuery({
    queryKey: activityKey('reserveRequests', 'count', 'pending'),
    queryFn: () => call('reserveRequests.count', { status: 'pending' }),
  });
}

/** Answers a pending reserve request; one answered or cancelled meanwhile comes back as CONFLICT. */
export function useAnswerReserveRequest() {
  const invalidate = useInvalidateActivity();
  return useMutation({
    mutationFn: (input: InputOf<'reserveRequests.answer'>) => call('reserveRequests.answer', input),
    onSettled: invalidate,
  });
}
