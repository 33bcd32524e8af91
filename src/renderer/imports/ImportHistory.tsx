import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import type { ImportRecord, ImportState } from '../../shared/imports/contract';
import { formatDateTime } from '../app/dates';
import { call } from '../client/api';
import { downloadUrl } from '../jobs/downloads';
import { HistoryJob, type HistoryJobInfo, type HistoryJobKind } from './HistoryJob';
import { useImportHistory } from './queries';
import { UndoImportModal } from './UndoImportModal';

const stateColors: Record<ImportState, string> = {
  running: 'blue',
  done: 'teal',
  refused: 'orange',
  cancelled: 'gray',
  failed: 'red',
  interrupted: 'yellow',
  undone: 'grape',
};
const stateLabels: Record<ImportState, string> = {
  running: 'Running',
  done: 'Done',
  refused: 'Refused',
  cancelled: 'Cancelled',
  failed: 'Failed',
  interrupted: 'Interrupted',
  undone: 'Undone',
};
const numbers = new Intl.NumberFormat();

function ErrorReportLink({ record }: { record: ImportRecord }) {
  const url = record.errorReport ? downloadUrl(record.errorReport) : null;
  if (!url) return <Text c="dimmed">—</Text>;
  return (
    <Anchor href={url} download size="sm">
      {numbers.format(record.errorCount)} errors (CSV)
    </Anchor>
  );
}

/** How far an import got, for those that stopped before the end of their file; what its undo did. */
function HowFar({ record }: { record: ImportRecord }) {
  const { undo } = record;
  if (!undo && (record.state === 'done' || record.state === 'refused')) return null;
  const text = undo
    ? `${numbers.format(undo.removed)} removed, ${numbers.format(undo.restored)} restored, ${numbers.format(undo.skipped)} left as they were`
    : record.state === 'running'
      ? `${numbers.format(record.committedRows)} rows in so far`
      : record.committedRows === 0
        ? 'Stopped before any row was saved'
        : `Stopped after row ${numbers.format(record.committedRows + 1)}`;
  return (
    <Text size="xs" c="dimmed">
      {text}
    </Text>
  );
}

/** Every import: file, fingerprint, outcome and how far it got, counts, error report; resume and undo. */
export function ImportHistory() {
  const history = useImportHistory();
  const [job, setJob] = useState<HistoryJobInfo | null>(null);
  const [confirmUndo, setConfirmUndo] = useState<ImportRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start(kind: HistoryJobKind, id: number) {
    setBusy(true);
    setError(null);
    try {
      setJob(await call(kind === 'undo' ? 'imports.undo' : 'imports.resume', { id }));
      setConfirmUndo(null);
    } catch (reason) {
      setError((reason as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <Title order={2} size="h3">
        History
      </Title>
      {error && (
        <Alert color="red" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {job && <HistoryJob key={job.id} started={job} />}
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
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.data.map((record) => (
              <Table.Tr key={record.id} aria-label={`Import #${record.id} of ${record.fileName}`}>
                <Table.Td>{formatDateTime(record.finishedAt ?? record.startedAt)}</Table.Td>
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
                  <HowFar record={record} />
                </Table.Td>
                <Table.Td ta="right">{numbers.format(record.rows)}</Table.Td>
                <Table.Td ta="right">{numbers.format(record.created)}</Table.Td>
                <Table.Td ta="right">{numbers.format(record.updated)}</Table.Td>
                <Table.Td ta="right">{numbers.format(record.skipped)}</Table.Td>
                <Table.Td>
                  <ErrorReportLink record={record} />
                </Table.Td>
                <Table.Td>{record.actor}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {record.resumable && (
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconPlayerPlay size={14} />}
                        loading={busy}
                        onClick={() => void start('resume', record.id)}
                      >
                        Resume
                      </Button>
                    )}
                    {record.undoable && (
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        leftSection={<IconArrowBackUp size={14} />}
                        onClick={() => setConfirmUndo(record)}
                      >
                        Undo
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {confirmUndo && (
        <UndoImportModal
          record={confirmUndo}
          busy={busy}
          onConfirm={() => void start('undo', confirmUndo.id)}
          onClose={() => setConfirmUndo(null)}
        />
      )}
    </Stack>
  );
}
