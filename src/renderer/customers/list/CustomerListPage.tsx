import { Alert, Button, Group, Kbd, Loader, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useDebouncedValue } from '@mantine/hooks';
import { PageTitle } from '../../app/PageTitle';
import type { CustomerSortKey } from '../../../shared/customers/contract';
import type { CustomerSummary } from '../../../shared/customers/schema';
import { countText, countWithRows, exactTotal } from '../display/format';
import { useCustomerCount, useCustomerPages, usePrefetchCustomerPages } from '../queries';
import { CustomerGrid } from './CustomerGrid';
import { NoCustomers, NoMatches } from './ListEmptyState';
import { ExportButton } from '../../exports/ExportButton';
import { ListFilters } from './ListFilters';
import { filtersOf, hasFilters, useListView, type ListView } from './list-params';
import { SearchBox } from './SearchBox';
import { useListKeys } from './use-list-keys';

const pageSize = 100;
/** How long a search rests before the list counts its matches. */
const countAfterMs = 250;

/** The list's keys, below it: one element, so the list's renders at every key skip it. */
const listKeyHints = (
  <Text size="xs" c="dimmed">
    <Kbd size="xs">↑</Kbd> <Kbd size="xs">↓</Kbd> or <Kbd size="xs">J</Kbd> <Kbd size="xs">K</Kbd> move ·{' '}
    <Kbd size="xs">Enter</Kbd> opens · <Kbd size="xs">/</Kbd> or <Kbd size="xs">Ctrl</Kbd>+<Kbd size="xs">K</Kbd>{' '}
    searches · <Kbd size="xs">N</Kbd> new customer
  </Text>
);

/** What the list asks the core for, for a view. */
const listInput = (view: ListView) => ({
  ...filtersOf(view),
  sort: view.sort,
  direction: view.direction,
  limit: pageSize,
});

/** Route /customers: search, filter, sort and page through every customer. */
export function CustomerListPage() {
  const navigate = useNavigate();
  const { view, update, clearFilters } = useListView();
  /** The search box mounts with the URL's search, and again empty when every filter is cleared. */
  const [searchBoxMount, setSearchBoxMount] = useState(() => ({ key: 0, initial: view.search }));
  const searchBox = useRef<HTMLInputElement>(null);

  const filters = filtersOf(view);
  const pages = useCustomerPages(listInput(view));
  const prefetch = usePrefetchCustomerPages();
  // Rows first: the count of a search is asked for once its first page is shown and the search
  // has rested a moment, so a key sends one call and the rows never wait behind a count.
  const filtersKey = JSON.stringify(filters);
  const [restedKey] = useDebouncedValue(filtersKey, countAfterMs);
  const count = useCustomerCount(filters, pages.isSuccess && !pages.isPlaceholderData && restedKey === filtersKey);
  const rows = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = hasFilters(view);
  /** Empty for the current view, not for the one still shown while it loads. */
  const settled = pages.isSuccess && !pages.isPlaceholderData;
  const settledEmpty = settled && rows.length === 0;
  const noCustomers = settledEmpty && !filtered;

  const [highlightedId, setHighlightedId] = useState<number | null>(null);
  const highlightedIndex = highlightedId === null ? null : rows.findIndex((row) => row.id === highlightedId);

  const open = useCallback((customer: CustomerSummary) => void navigate(`/customers/${customer.id}`), [navigate]);
  const create = () => navigate('/customers/new');
  const clearAll = () => {
    setSearchBoxMount((mount) => ({ key: mount.key + 1, initial: '' }));
    clearFilters();
  };
  const sortBy = (sort: CustomerSortKey) =>
    update({ sort, direction: sort === view.sort && view.direction === 'asc' ? 'desc' : 'asc' });

  useListKeys({
    search: searchBox,
    move: (by) => {
      const from = highlightedIndex === null || highlightedIndex < 0 ? (by > 0 ? -1 : rows.length) : highlightedIndex;
      const next = rows[Math.min(Math.max(from + by, 0), rows.length - 1)];
      if (next) setHighlightedId(next.id);
    },
    openHighlighted: () => {
      const customer = highlightedIndex !== null && highlightedIndex >= 0 ? rows[highlightedIndex] : undefined;
      if (customer) open(customer);
    },
    create,
  });
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  // The count of this view (not the last one's, kept while it loads), checked against its rows.
  const shown =
    count.data && !count.isPlaceholderData
      ? countWithRows(count.data, rows.length, settled && !hasNextPage)
      : undefined;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  return (
    <Stack gap="sm" h="calc(100dvh - var(--app-shell-padding, 16px) * 2)">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" align="baseline">
          <PageTitle>Customers</PageTitle>
          {shown && (
            <Text
              c="dimmed"
              size="sm"
              aria-live="polite"
              data-testid="customer-count"
              title={shown.estimated ? 'Estimated from a sample of the customers these filters match' : undefined}
            >
              {countText(shown, filtered)}
            </Text>
          )}
          {((pages.isFetching && !isFetchingNextPage) || count.isPlaceholderData) && (
            <Loader size={14} aria-label="Loading customers" />
          )}
        </Group>
        <Button leftSection={<IconPlus size={16} />} rightSection={<Kbd size="xs">N</Kbd>} onClick={create}>
          New customer
        </Button>
      </Group>

      {!noCustomers && (
        // Below about 1,400 px the filters take a row of their own rather than squeezing their values out.
        <Group gap="xs" wrap="wrap">
          <SearchBox
            key={searchBoxMount.key}
            ref={searchBox}
            initial={searchBoxMount.initial}
            onSearch={(search) => {
              prefetch(listInput({ ...view, search }));
              update({ search });
            }}
          />
          <ListFilters view={view} onChange={update} />
          {filtered && (
            <Button variant="subtle" color="gray" onClick={clearAll} style={{ flexShrink: 0 }}>
              Clear filters
            </Button>
          )}
          <ExportButton filters={filters} sort={view.sort} direction={view.direction} total={exactTotal(shown)} />
        </Group>
      )}

      {pages.isError && (
        <Alert color="red" title="Could not load customers">
          {pages.error.message}
        </Alert>
      )}
      {noCustomers && <NoCustomers onCreate={create} onImport={() => navigate('/imports')} />}
      {settledEmpty && filtered && <NoMatches onClear={clearAll} />}
      {(pages.isPending || rows.length > 0) && (
        <CustomerGrid
          // A new search, filter or sort starts again at the top.
          viewKey={JSON.stringify(view)}
          rows={rows}
          total={exactTotal(shown)}
          hasMore={hasNextPage}
          loadingMore={isFetchingNextPage}
          stale={pages.isPlaceholderData}
          loadMore={loadMore}
          sort={view.sort}
          direction={view.direction}
          onSort={sortBy}
          highlightedIndex={highlightedIndex !== null && highlightedIndex >= 0 ? highlightedIndex : null}
          onFocusWithoutHighlight={() => rows[0] && setHighlightedId(rows[0].id)}
          onOpen={open}
        />
      )}
      {!noCustomers && listKeyHints}
    </Stack>
  );
}
