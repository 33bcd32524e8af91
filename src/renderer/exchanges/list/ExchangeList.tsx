import { Alert, Loader, Stack } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ExchangeFilters } from '../../../shared/exchanges/contract';
import { EmptyList } from '../../activity/EmptyList';
import { LoadMore } from '../../activity/LoadMore';
import { useExchangePages } from '../queries';
import { ExchangeTable } from './ExchangeTable';

interface Props {
  filters: ExchangeFilters;
  label: string;
  withCustomer?: boolean;
  /** What the list says when it has no rows. */
  emptyTitle: string;
  emptyText?: ReactNode;
}

/** A paged list of exchanges: the table, "Load more", or what it says when there is none. */
export function ExchangeList({ filters, label, withCustomer, emptyTitle, emptyText }: Props) {
  const { pages, rows } = useExchangePages(filters);
  if (pages.isError) return <Alert color="red">{pages.error.message}</Alert>;
  if (pages.isPending) return <Loader size="sm" aria-label={`Loading ${label.toLowerCase()}`} />;
  if (rows.length === 0) {
    return (
      <EmptyList icon={IconArrowsExchange} title={emptyTitle}>
        {emptyText}
      </EmptyList>
    );
  }
  return (
    <Stack gap={0} aria-busy={pages.isPlaceholderData}>
      <ExchangeTable label={label} rows={rows} withCustomer={withCustomer} />
      <LoadMore pages={pages} shown={rows.length} noun="exchange" />
    </Stack>
  );
}
