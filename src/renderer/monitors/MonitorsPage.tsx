import { Alert, Badge, Button, Group, Loader, Modal, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { PageTitle } from '../app/PageTitle';
import type { ExchangeMonitor } from '../../shared/monitors/contract';
import { MonitorForm } from './MonitorForm';
import { useMonitors } from './queries';

export function MonitorsPage() {
  const monitors = useMonitors();
  const [editing, setEditing] = useState<ExchangeMonitor | 'new' | null>(null);

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <PageTitle>Exchange monitors</PageTitle>
          <Text c="dimmed" size="sm">
            Monitor sources customers can be connected to. Only active monitors can be assigned.
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          Add monitor
        </Button>
      </Group>

      {monitors.isPending && <Loader size="sm" />}
      {monitors.isError && <Alert color="red">{monitors.error.message}</Alert>}
      {monitors.data?.length === 0 && (
        <Alert variant="light" title="No exchange monitors yet">
          Add the monitors your customers use; you can then pick one on a customer&apos;s profile.
        </Alert>
      )}
      {monitors.data && monitors.data.length > 0 && (
        <Table striped highlightOnHover aria-label="Exchange monitors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Web address</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th ta="right">Customers</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {monitors.data.map((monitor) => (
              <Table.Tr key={monitor.id}>
                <Table.Td>{monitor.name}</Table.Td>
                <Table.Td>{monitor.url ?? <Text c="dimmed">none</Text>}</Table.Td>
                <Table.Td>
                  <Badge color={monitor.active ? 'green' : 'gray'} variant="light">
                    {monitor.active ? 'Active' : 'Inactive'}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{monitor.customerCount.toLocaleString()}</Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={() => setEditing(monitor)}
                    aria-label={`Edit ${monitor.name}`}
                  >
                    Edit
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'Add exchange monitor' : 'Edit exchange monitor'}
      >
        {editing !== null && (
          <MonitorForm monitor={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
    </Stack>
  );
}
