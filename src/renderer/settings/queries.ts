import { useMutation, useQuery } from '@tanstack/react-query';
import { activityKey, useInvalidateActivity } from '../activity/queries';
import { call } from '../client/api';

/** The desk's settings: balances and rewards are in its base currency. */
export function useSettings() {
  return useQuery({ queryKey: activityKey('settings'), queryFn: () => call('settings.get', {}) });
}

export function useSetBaseCurrency() {
  const invalidate = useInvalidateActivity();
  return useMutation({
    mutationFn: (currency: string) => call('settings.setBaseCurrency', { currency }),
    onSuccess: invalidate,
  });
}
