import { Table, Text } from '@mantine/core';
import type { ExchangeRecord } from '../../../shared/exchanges/contract';
import { formatDateTime } from '../../app/dates';
import { ProfileSection } from '../../customers/profile/sections/ProfileSection';
import { ExchangeStatusBadge } from '../ExchangeStatusBadge';

/** Every status the exchange had: who moved it, when, from what to what, and why; newest first. */
export function StatusHistory({ history }: { history: ExchangeRecord['history'] }) {
  const newestFirst = [...history].reverse();
  return (
    <ProfileSection title="Status history">
      <Table.ScrollContainer minWidth={560}>
        <Table aria-label="Status history" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>From</Table.Th>
              <Table.Th>To</Table.Th>
              <Table.Th>Reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {newestFirst.map((entry, index) => (
              <Table.Tr key={`${entry.at}-${index}`}>
                <Table.Td fz="sm">{formatDateTime(entry.at)}</Table.Td>
                <Table.Td fz="sm">{entry.actor}</Table.Td>
                <Table.Td>
                  {entry.from ? (
                    <ExchangeStatusBadge status={entry.from} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      created
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <ExchangeStatusBadge status={entry.to} />
                </Table.Td>
                <Table.Td fz="sm">{entry.reason ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </ProfileSection>
  );
}
