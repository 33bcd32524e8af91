import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { api } from '../../../shared/api';
import type { VerificationCheck } from '../../../shared/customers/fields';
import { checkLabels, reasonLabels, reasonsForCheck, type DecisionReason } from '../../../shared/kyc/fields';
import { schemaValidate, showSaveError } from '../../forms/schema-form';
import { useDecide } from '../queries';

export type NegativeOutcome = 'rejected' | 'resubmission_requested';

interface Props {
  customerId: number;
  check: VerificationCheck;
  outcome: NegativeOutcome;
  onClose: () => void;
  /** The decision was recorded (after the modal closed). */
  onDecided: () => void;
}

const titles: Record<NegativeOutcome, string> = {
  rejected: 'Reject',
  resubmission_requested: 'Request resubmission of',
};

/** Reject or request resubmission: a reason from the check's list, and a note (required for "Other"). */
export function DecisionModal({ customerId, check, outcome, onClose, onDecided }: Props) {
  const decide = useDecide();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { customerId, check, outcome, reason: null as DecisionReason | null, note: '' },
    validate: schemaValidate(api['kyc.decide'].input),
  });
  const label = checkLabels[check].toLowerCase();

  return (
    <Modal opened onClose={onClose} title={`${titles[outcome]} ${label}`}>
      <form
        onSubmit={form.onSubmit((values) =>
          decide.mutate(values, {
            onSuccess: () => {
              onClose();
              onDecided();
            },
            onError: (error) => showSaveError(form, error),
          }),
        )}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            The customer sees the reason; the note stays in the decision log.
          </Text>
          <Select
            label="Reason"
            withAsterisk
            data-autofocus
            placeholder="Choose a reason"
            data={reasonsForCheck[check].map((reason) => ({ value: reason, label: reasonLabels[reason] }))}
            {...form.getInputProps('reason')}
            key={form.key('reason')}
          />
          <Textarea
            label="Note"
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
            <Button type="submit" color={outcome === 'rejected' ? 'red' : 'orange'} loading={decide.isPending}>
              {outcome === 'rejected' ? 'Reject' : 'Request resubmission'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
