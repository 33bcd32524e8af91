import { Group, Stack, Text } from '@mantine/core';
import { cappedCount } from '../activity/count-text';
import { PageTitle } from '../app/PageTitle';
import { usePendingReserveRequestCount } from './queries';
import { ReserveRequestList } from './ReserveRequestList';

/** Route /reserve-requests: what customers asked the platform to hold, oldest first, to answer. */
export function ReserveRequestsPage() {
  const count = usePendingReserveRequestCount();
  return (
    <Stack gap="md" maw={1400}>
      <Group justify="space-between" align="baseline">
        <PageTitle>Pending reserve requests</PageTitle>
        {count.data && (
          <Text size="sm" c="dimmed" role="status">
            {cappedCount(count.data, 'request')} waiting, oldest first
          </Text>
        )}
      </Group>
      <ReserveRequestList
        input={{ status: 'pending' }}
        label="Pending reserve requests"
        withCustomer
        emptyTitle="No reserve requests waiting"
        emptyText="Every amount customers asked the platform to hold has been answered or cancelled."
      />
    </Stack>
  );
}
