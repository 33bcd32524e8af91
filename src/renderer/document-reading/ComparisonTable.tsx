import { Badge, Table, Text, Tooltip } from '@mantine/core';
import type { DocumentComparison } from '../../shared/document-reading/contract';
import { readSourceLabels, verdictLabels } from '../../shared/document-reading/fields';
import { percent, shownValue } from '../../shared/document-reading/display';
import { verdictColors } from './verdict-display';

type Row = DocumentComparison['fields'][number];

/** Field by field: what the profile says, what the document says, and whether they agree. */
export function ComparisonTable({ rows }: { rows: Row[] }) {
  return (
    <Table aria-label="Profile compared with the document" verticalSpacing={6} horizontalSpacing="xs" fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Field</Table.Th>
          <Table.Th>Profile</Table.Th>
          <Table.Th>Document</Table.Th>
          <Table.Th ta="right">Result</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.field} aria-label={`${row.label}: ${verdictLabels[row.verdict]}`}>
            <Table.Td>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {row.label}
              </Text>
            </Table.Td>
            <Table.Td>
              {row.profile ? (
                <Text size="sm" ff={row.field === 'documentNumber' ? 'monospace' : undefined}>
                  {shownValue(row.field, row.profile)}
                </Text>
              ) : (
                <Text size="sm" c="dimmed" fs="italic">
                  {row.field === 'expiry' ? 'not kept' : 'not given'}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {row.document ? (
                <Tooltip
                  label={`${readSourceLabels[row.document.source]}, ${percent(row.document.confidence)} sure`}
                  withArrow
                >
                  <Text size="sm" ff={row.field === 'documentNumber' ? 'monospace' : undefined} tabIndex={0}>
                    {shownValue(row.field, row.document.value)}
                  </Text>
                </Tooltip>
              ) : (
                <Text size="sm" c="dimmed" fs="italic">
                  {row.detail ?? 'not read'}
                </Text>
              )}
            </Table.Td>
            {/* As wide as its badge: a verdict is never cut short. */}
            <Table.Td ta="right" w={1} style={{ whiteSpace: 'nowrap' }}>
              <Badge color={verdictColors[row.verdict]} variant="light" size="sm" style={{ overflow: 'visible' }}>
                {verdictLabels[row.verdict]}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
