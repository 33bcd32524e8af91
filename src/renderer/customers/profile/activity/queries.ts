import { useMutation, useQuery } from '@tanstack/react-query';
import type { InputOf } from '../../../../shared/api';
import { activityKey, useCursorPages, useInvalidateActivity } from '../../../activity/queries';
import { call } from '../../../client/api';

export function useDashboard(customerId: number) {
  return useQuery({
    queryKey: activityKey('dashboard', customerId),
    queryFn: () => call('customers.dashboard', { id: customerId }),
  });
}

/** A customer's balance entries, newest first; each page brings the balance too. */
export function useLedgerPages(customerId: number) {
  return useCursorPages(['ledger', customerId], (cursor) => call('ledger.list', { customerId, cursor, limit: 50 }));
}

/** The customers a customer referred; each page brings the referral id and the referrer too. */
export function useReferralPages(customerId: number) {
  return useCursorPages(['referrals', customerId], (cursor) =>
    call('referrals.list', { customerId, cursor, limit: 50 }),
  );
}

export function useGiveReward() {
  const invalidate = useInvalidateActivity();
  return useMutation({
    mutationFn: (input: InputOf<'rewards.give'>) => call('rewards.give', input),
    onSuccess: invalidate,
  });
}
