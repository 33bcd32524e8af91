import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

/**
 * Every query of a customer's activity (exchanges, balance entries, referrals, withdrawals, the
 * dashboard and the sidebar's counts) sits under this key: a change to any of them (a reward, a
 * status, a payout) moves the others, so a mutation refreshes them all at once.
 */
export const activityRoot = ['activity'] as const;

export function activityKey(...parts: readonly unknown[]) {
  return [...activityRoot, ...parts] as const;
}

/** Refreshes every activity query, and the customers' (a balance or a status shows there too). */
export function useInvalidateActivity() {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries({ queryKey: activityRoot }), [client]);
}

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** One keyset-paged list as one query: its pages, fetched one cursor at a time by "Load more". */
export function cursorPagesOptions<P extends Page<unknown>>(
  key: readonly unknown[],
  fetchPage: (cursor: string | undefined) => Promise<P>,
) {
  return infiniteQueryOptions({
    queryKey: activityKey(...key),
    queryFn: ({ pageParam }) => fetchPage(pageParam ?? undefined),
    initialPageParam: null as string | null,
    getNextPageParam: (page: P) => page.nextCursor,
  });
}

/** The pages of a list and its rows; the last view stays on screen while a new filter loads. */
export function useCursorPages<P extends Page<unknown>>(
  key: readonly unknown[],
  fetchPage: (cursor: string | undefined) => Promise<P>,
  { staleTime }: { staleTime?: number } = {},
) {
  const pages = useInfiniteQuery({
    ...cursorPagesOptions(key, fetchPage),
    placeholderData: keepPreviousData,
    ...(staleTime === undefined ? {} : { staleTime }),
  });
  const rows = (pages.data?.pages.flatMap((page) => page.items) ?? []) as P['items'];
  return { pages, rows, firstPage: pages.data?.pages[0] };
}
