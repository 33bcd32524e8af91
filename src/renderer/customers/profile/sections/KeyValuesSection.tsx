import { Table, Text } from '@mantine/core';
import type { Customer } from '../../../../shared/customers/schema';
import { ProfileSection } from './ProfileSection';

/** Custom fields or metadata: free key/value pairs. */
export function KeyValuesSection({ title, entries }: { title: string; entries: Customer['metadata'] }) {
  return (
    <ProfileSection title={title}>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          None
        </Text>
      ) : (
        <Table aria-label={title} verticalSpacing={4} horizontalSpacing="xs" withRowBorders>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.key}>
                <Table.Td w="40%">
                  <Text size="sm" ff="monospace" c="dimmed" truncate>
                    {entry.key}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {entry.value || (
                      <Text span c="dimmed">
                        (empty)
                      </Text>
                    )}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </ProfileSection>
  );
}
