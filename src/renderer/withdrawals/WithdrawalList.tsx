import { Alert, Loader, Stack } from '@mantine/core';
import { IconCashBanknote } from '@tabler/icons-react';
import type { InputOf } from '../../shared/api';
import { EmptyList } from '../activity/EmptyList';
import { LoadMore } from '../activity/LoadMore';
import { useWithdrawalPages } from './queries';
import { WithdrawalTable } from './WithdrawalTable';

interface Props {
  input: Omit<InputOf<'withdrawals.list'>, 'cursor' | 'limit'>;
  label: string;
  withCustomer?: boolean;
  emptyTitle: string;
  emptyText: string;
}

/** A paged list of withdrawals: the table, "Load more", or what it says when there is none. */
export function WithdrawalList({ input, label, withCustomer, emptyTitle, emptyText }: Props) {
  const { pages, rows } = useWithdrawalPages(input);
  if (pages.isError) return <Alert color="red">{pages.error.message}</Alert>;
  if (pages.isPending) return <Loader size="sm" aria-label={`Loading ${label.toLowerCase()}`} />;
  if (rows.length === 0) {
    return (
      <EmptyList icon={IconCashBanknote} title={emptyTitle}>
        {emptyText}
      </EmptyList>
    );
  }
  return (
    <Stack gap={0}>
      <WithdrawalTable label={label} rows={rows} withCustomer={withCustomer} />
      <LoadMore pages={pages} shown={rows.length} noun="withdrawal" />
    </Stack>
  );
}
