import { useMutation, useQuery } from '@tanstack/react-query';
import type { InputOf } from '../../shared/api';
import { activityKey, useCursorPages, useInvalidateActivity } from '../activity/queries';
import { call } from '../client/api';

type ListInput = Omit<InputOf<'withdrawals.list'>, 'cursor' | 'limit'>;

/** Pages of withdrawals: pending ones oldest first (the queue), the others newest first. */
export function useWithdrawalPages(input: ListInput) {
  return useCursorPages(['withdrawals', 'list', input], (cursor) =>
    call('withdrawals.list', { ...input, cursor, limit: 50 }),
  );
}

export function usePendingWithdrawalCount() {
  return useQuery({
    queryKey: activityKey('withdrawals', 'count', 'pending'),
    queryFn: () => call('withdrawals.count', { status: 'pending' }),
  });
}

export type WithdrawalDecision =
  { kind: 'complete'; id: number; payoutReference: string } | { kind: 'decline'; id: number; reason: string };

/** Completes (pays out) or declines a pending withdrawal. */
export function useDecideWithdrawal() {
  const invalidate = useInvalidateActivity();
  return useMutation({
    mutationFn: (decision: WithdrawalDecision) =>
      decision.kind === 'complete'
        ? call('withdrawals.complete', { id: decision.id, payoutReference: decision.payoutReference })
        : call('withdrawals.decline', { id: decision.id, reason: decision.reason }),
    onSuccess: invalidate,
  });
}
