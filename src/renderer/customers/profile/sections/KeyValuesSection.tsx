import { Table, Text } from '@mantine/core';
import type { CustomerFieldKey } from '../../../../shared/customers/field-table';
import type { Customer } from '../../../../shared/customers/schema';
import { ProfileSection, type SectionLines } from './ProfileSection';

type KeyValueField = Extract<CustomerFieldKey, 'customFields' | 'metadata'>;

/** Custom fields or metadata: free key/value pairs. */
export function KeyValuesSection({ customer, title, lines }: SectionLines & { customer: Customer }) {
  return (
    <ProfileSection title={title}>
      {lines.map((line) => {
        const entries = customer[line.key as KeyValueField];
        return entries.length === 0 ? (
          <Text key={line.key} size="sm" c="dimmed">
            None
          </Text>
        ) : (
          <Table key={line.key} aria-label={title} verticalSpacing={4} horizontalSpacing="xs" withRowBorders>
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
        );
      })}
    </ProfileSection>
  );
}
