import { Group, Stack } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { ActivityExportButton } from '../../../exports/ActivityExportButton';
import { TicketWorkspace } from '../../../tickets/TicketWorkspace';

/** The customer's tickets, open ones first; a click opens the thread beside the list, to reply or close it here. */
export function TicketsTab({ customerId }: { customerId: number }) {
  const [params, setParams] = useSearchParams();
  const selected = Number(params.get('ticket')) || null;
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <ActivityExportButton
          subject={{ kind: 'tickets', customerId }}
          title="Export tickets"
          description="Exports every message the customer wrote or was sent, a row each; internal notes stay on the desk."
          unit="messages"
        />
      </Group>
      <TicketWorkspace
        input={{ customerId }}
        label="Tickets of the customer"
        selectedId={selected}
        onSelect={(id) =>
          setParams(
            (current) => {
              current.set('ticket', String(id));
              return current;
            },
            { replace: true },
          )
        }
        emptyTitle="No tickets yet"
        emptyText="Support tickets this customer opens appear here with their whole thread."
      />
    </Stack>
  );
}
