import {
  infiniteQueryOptions,
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useCallback } from 'react';
import type { InputOf } from '../../shared/api';
import { call } from '../client/api';

/** Query keys of customer data; a mutation invalidates `all`, so lists, counts and profiles refresh. */
export const customerKeys = {
  all: ['customers'] as const,
  list: (input: InputOf<'customers.list'>) => ['customers', 'list', input] as const,
  count: (input: InputOf<'customers.count'>) => ['customers', 'count', input] as const,
  labels: ['customers', 'labels'] as const,
  one: (id: number) => ['customers', 'one', id] as const,
  history: (id: number) => ['customers', 'history', id] as const,
};

type ListInput = Omit<InputOf<'customers.list'>, 'cursor'>;

/** The list's pages as one query: what the grid reads, and what a key of the search box asks for at once. */
function customerPagesOptions(input: ListInput) {
  return infiniteQueryOptions({
    queryKey: customerKeys.list(input),
    queryFn: ({ pageParam }) => call('customers.list', { ...input, cursor: pageParam ?? undefined }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/**
 * Pages of the customer list, fetched one keyset page at a time as the grid scrolls. The
 * previous result stays on screen while a new search loads, so typing never blanks the grid;
 * the answer to a search the next key overtook is dropped (its key is no longer the list's).
 */
export function useCustomerPages(input: ListInput) {
  return useInfiniteQuery({ ...customerPagesOptions(input), placeholderData: keepPreviousData });
}

/**
 * Asks for a list's first page now, before the screen renders the change that needs it: the
 * request leaves at the key, and the render that follows finds it on its way.
 */
export function usePrefetchCustomerPages() {
  const client = useQueryClient();
  return useCallback((input: ListInput) => void client.prefetchInfiniteQuery(customerPagesOptions(input)), [client]);
}

/** `enabled`: the list asks for its count once its rows are on screen, not at every key. */
export function useCustomerCount(filters: InputOf<'customers.count'>, enabled = true) {
  return useQuery({
    queryKey: customerKeys.count(filters),
    queryFn: () => call('customers.count', filters),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCustomer(id: number) {
  return useQuery({ queryKey: customerKeys.one(id), queryFn: () => call('customers.get', { id }) });
}

export function useCustomerHistory(id: number) {
  return useQuery({ queryKey: customerKeys.history(id), queryFn: () => call('customers.history', { id }) });
}

export function useLabels() {
  return useQuery({ queryKey: customerKeys.labels, queryFn: () => call('customers.labels', {}) });
}

function useInvalidateCustomers() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: customerKeys.all });
}

export function useCreateCustomer() {
  const invalidate = useInvalidateCustomers();
  return useMutation({
    mutationFn: (input: InputOf<'customers.create'>) => call('customers.create', input),
    onSuccess: invalidate,
  });
}

export function useUpdateCustomer() {
  const invalidate = useInvalidateCustomers();
  return useMutation({
    mutationFn: (input: InputOf<'customers.update'>) => call('customers.update', input),
    onSuccess: invalidate,
  });
}

type StatusAction =
  | { action: 'block'; id: number; reason: string }
  | { action: 'unblock'; id: number; reason: string }
  | { action: 'setStatus'; id: number; reason: string; status: InputOf<'customers.setStatus'>['status'] };

export function useStatusAction() {
  const invalidate = useInvalidateCustomers();
  return useMutation({
    mutationFn: (input: StatusAction) => {
      if (input.action === 'block') return call('customers.block', { id: input.id, reason: input.reason });
      if (input.action === 'unblock') return call('customers.unblock', { id: input.id, reason: input.reason });
      return call('customers.setStatus', { id: input.id, status: input.status, reason: input.reason });
    },
    onSuccess: invalidate,
  });
}
