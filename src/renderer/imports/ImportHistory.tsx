import { Alert, Anchor, Badge, Loader, Table, Text, Title } from '@mantine/core';
import type { ImportRecord, ImportState } from '../../shared/imports/contract';
import { downloadUrl } from '../jobs/downloads';
import { useImportHistory } from './queries';

const stateColors: Record<ImportState, string> = { done: 'teal', refused: 'orange', cancelled: 'gray', failed: 'red' };
const stateLabels: Record<ImportState, string> = {
  done: 'Done',
  refused: 'Refused',
  cancelled: 'Cancelled',
  failed: 'Failed',
};
const numbers = new Intl.NumberFormat();
const dates = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function ErrorReportLink({ record }: { record: ImportRecord }) {
  const url = record.errorReport ? downloadUrl(record.errorReport) : null;
  if (!url) return <Text c="dimmed">—</Text>;
  return (
    <Anchor href={url} download size="sm">
      {numbers.format(record.errorCount)} errors (CSV)
    </Anchor>
  );
}

/** Every import that ran: file, fingerprint, counts, outcome and error report. */
export function ImportHistory() {
  const history = useImportHistory();
  return (
    <>
      <Title order={3}>History</Title>
      {history.isPending && <Loader size="sm" />}
      {history.isError && <Alert color="red">{history.error.message}</Alert>}
      {history.data?.length === 0 && <Text c="dimmed">No imports yet.</Text>}
      {history.data && history.data.length > 0 && (
        <Table striped highlightOnHover aria-label="Import history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>File</Table.Th>
              <Table.Th>Outcome</Table.Th>
              <Table.Th ta="right">Rows</Table.Th>
              <Table.Th ta="right">Created</Table.Th>
              <Table.Th ta="right">Updated</Table.Th>
              <Table.Th ta="right">Skipped</Table.Th>
              <Table.Th>Error report</Table.Th>
              <Table.Th>By</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data.map((record) => (
              <Table.Tr key={record.id}>
                <Table.Td>{dates.format(new Date(record.finishedAt))}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {record.fileName}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace" title={`SHA-256 ${record.fileHash}`}>
                    {record.fileHash.slice(0, 12)}… · {numbers.format(Math.ceil(record.fileSize / 1024))} KB
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={stateColors[record.state]} variant="light" title={record.message ?? undefined}>
                    {stateLabels[record.state]}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{numbers.format(record.rows)}</Table.Td>
                <Table.Td ta="right">{numbers.format(record.created)}</Table.Td>
                <Table.Td ta="right">{numbers.format(record.updated)}</Table.Td>
                <Table.Td ta="right">{numbers.format(record.skipped)}</Table.Td>
                <Table.Td>
                  <ErrorReportLink record={record} />
                </Table.Td>
                <Table.Td>{record.actor}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
