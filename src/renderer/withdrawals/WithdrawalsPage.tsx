import { Group, Stack, Text } from '@mantine/core';
import { PageTitle } from '../app/PageTitle';
import { cappedCount } from '../activity/count-text';
import { usePendingWithdrawalCount } from './queries';
import { WithdrawalList } from './WithdrawalList';

/** Route /withdrawals: the pending withdrawals of every customer, oldest first, to pay out or decline. */
export function WithdrawalsPage() {
  const count = usePendingWithdrawalCount();
  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="baseline">
        <PageTitle>Pending withdrawals</PageTitle>
        {count.data && (
          <Text size="sm" c="dimmed" role="status">
            {cappedCount(count.data, 'withdrawal')} waiting, oldest first
          </Text>
        )}
      </Group>
      <WithdrawalList
        input={{ status: 'pending' }}
        label="Pending withdrawals"
        withCustomer
        emptyTitle="No withdrawals waiting"
        emptyText="Every payout customers asked for has been completed or declined."
      />
    </Stack>
  );
}
