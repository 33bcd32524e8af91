import { Alert, Loader, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { InputOf } from '../../shared/api';
import { EmptyList } from '../activity/EmptyList';
import { LoadMore } from '../activity/LoadMore';
import { useReserveRequestPages } from './queries';
import { ReserveRequestTable } from './ReserveRequestTable';

interface Props {
  input: Omit<InputOf<'reserveRequests.list'>, 'cursor' | 'limit'>;
  label: string;
  withCustomer?: boolean;
  emptyTitle: string;
  emptyText: string;
}

/** A paged list of reserve requests: the table, "Load more", or what it says when there is none. */
export function ReserveRequestList({ input, label, withCustomer, emptyTitle, emptyText }: Props) {
  const { pages, rows } = useReserveRequestPages(input);
  if (pages.isError) return <Alert color="red">{pages.error.message}</Alert>;
  if (pages.isPending) return <Loader size="sm" aria-label={`Loading ${label.toLowerCase()}`} />;
  if (rows.length === 0) {
    return (
      <EmptyList icon={IconLock} title={emptyTitle}>
        {emptyText}
      </EmptyList>
    );
  }
  return (
    <Stack gap={0}>
      <ReserveRequestTable label={label} rows={rows} withCustomer={withCustomer} />
      <LoadMore pages={pages} shown={rows.length} noun="reserve request" />
    </Stack>
  );
}
