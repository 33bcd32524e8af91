import { Alert, Button, Group, List, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { VerificationCheck } from '../../shared/customers/fields';
import { checkLabels } from '../../shared/kyc/fields';
import { showSaveError } from '../forms/schema-form';
import { useDecide } from '../kyc/queries';

interface Props {
  customerId: number;
  check: VerificationCheck;
  findings: string[];
  onClose: () => void;
  onDecided: () => void;
}

/**
 * Approving a check the document reading found something in: the findings, and the reviewer's
 * reason, which the decision log keeps beside them. The reading informs; the reviewer decides.
 */
export function ApproveWithFindingsModal({ customerId, check, findings, onClose, onDecided }: Props) {
  const decide = useDecide();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { note: '' },
    validate: { note: (note) => (note.trim() ? null : 'Say why you approve despite the findings') },
  });
  const label = checkLabels[check].toLowerCase();
  return (
    <Modal opened onClose={onClose} title={`Approve ${label} despite findings`}>
      <form
        onSubmit={form.onSubmit(({ note }) =>
          decide.mutate(
            { customerId, check, outcome: 'approved', note },
            {
              onSuccess: () => {
                onClose();
                onDecided();
              },
              onError: (error) => showSaveError(form, error),
            },
          ),
        )}
      >
        <Stack>
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="The reading found">
            <List size="sm" spacing={2}>
              {findings.map((finding) => (
                <List.Item key={finding}>{finding}</List.Item>
              ))}
            </List>
          </Alert>
          <Textarea
            label="Reason for approving"
            description="Kept in the decision log with the findings"
            withAsterisk
            data-autofocus
            autosize
            minRows={3}
            maxRows={8}
            {...form.getInputProps('note')}
            key={form.key('note')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="teal" loading={decide.isPending}>
              Approve with this reason
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
