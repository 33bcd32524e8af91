import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import type { ImportRecord } from '../../shared/imports/contract';
import { counted } from '../customers/display/format';

interface Props {
  record: ImportRecord;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before an undo, naming what it will do to how many customers. */
export function UndoImportModal({ record, busy, onConfirm, onClose }: Props) {
  return (
    <Modal opened onClose={onClose} title={`Undo the import of ${record.fileName}?`} size="lg">
      <Stack>
        <Text size="sm">Undoing this import will:</Text>
        <List size="sm" spacing={4}>
          <List.Item>remove the {counted(record.created, 'customer')} it created;</List.Item>
          <List.Item>restore the {counted(record.updated, 'customer')} it updated to their values before it.</List.Item>
        </List>
        <Text size="sm" c="dimmed">
          A customer someone changed after the import (an edit, a KYC decision, a file) is left as it is and listed when
          the undo ends. Every change is written to the customers&rsquo; history.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep the import
          </Button>
          <Button color="red" loading={busy} onClick={onConfirm}>
            Undo import
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
