import { Group, Stack } from '@mantine/core';
import { ExchangeList } from '../../../exchanges/list/ExchangeList';
import { ActivityExportButton } from '../../../exports/ActivityExportButton';

/** The customer's exchanges, newest first, with an export of them all. */
export function ExchangesTab({ customerId }: { customerId: number }) {
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <ActivityExportButton
          subject={{ kind: 'exchanges', filters: { customerId } }}
          title="Export exchanges"
          description="Exports every exchange of this customer, newest first."
          unit="exchanges"
        />
      </Group>
      <ExchangeList
        filters={{ customerId }}
        label="Exchanges of the customer"
        emptyTitle="No exchanges yet"
        emptyText="The exchanges this customer makes appear here, newest first."
      />
    </Stack>
  );
}
