import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { api } from '../../../shared/api';
import type { DocumentRecord } from '../../../shared/kyc/contract';
import { slotLabels } from '../../../shared/kyc/fields';
import { schemaValidate, showSaveError } from '../../forms/schema-form';
import { useDeleteDocument } from '../queries';

/** Deleting a file needs a reason; the file stays in the history and the deletion is audited. */
export function DeleteDocumentModal({ document, onClose }: { document: DocumentRecord; onClose: () => void }) {
  const remove = useDeleteDocument();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { documentId: document.id, reason: '' },
    validate: schemaValidate(api['documents.delete'].input),
  });
  return (
    <Modal opened onClose={onClose} title={`Delete ${slotLabels[document.slot]}`}>
      <form
        onSubmit={form.onSubmit((values) =>
          remove.mutate(values, {
            onSuccess: onClose,
            onError: (error) => showSaveError(form, error),
          }),
        )}
      >
        <Stack>
          <Text size="sm">
            <b>{document.fileName}</b> leaves the slot. It stays in the file history, and the deletion is recorded with
            your reason.
          </Text>
          <Textarea
            label="Reason"
            withAsterisk
            data-autofocus
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
            key={form.key('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={remove.isPending}>
              Delete file
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
