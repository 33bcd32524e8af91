import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { InputOf } from '../../shared/api';
import type { ExchangeFilters } from '../../shared/exchanges/contract';
import { activityKey, useCursorPages, useInvalidateActivity } from '../activity/queries';
import { call } from '../client/api';

const pageSize = 50;

/** Pages of exchanges, of every customer or of one (`customerId`), newest first. */
export function useExchangePages(filters: ExchangeFilters) {
  return useCursorPages(['exchanges', 'list', filters], (cursor) =>
    call('exchanges.list', { ...filters, cursor, limit: pageSize }),
  );
}

export function useExchangeCount(filters: ExchangeFilters) {
  return useQuery({
    queryKey: activityKey('exchanges', 'count', filters),
    queryFn: () => call('exchanges.count', filters),
    placeholderData: keepPreviousData,
  });
}

export function useExchange(id: number) {
  return useQuery({ queryKey: activityKey('exchanges', 'one', id), queryFn: () => call('exchanges.get', { id }) });
}

export function useSetExchangeStatus() {
  const invalidate = useInvalidateActivity();
  return useMutation({
    mutationFn: (input: InputOf<'exchanges.setStatus'>) => call('exchanges.setStatus', input),
    onSuccess: invalidate,
  });
}
