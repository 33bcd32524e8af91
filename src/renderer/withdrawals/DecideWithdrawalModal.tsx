import { Alert, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { Withdrawal } from '../../shared/ledger/contract';
import { withdrawalMethodLabels } from '../../shared/ledger/kinds';
import { formatMoney } from '../../shared/money/money';
import { showSaveError } from '../forms/schema-form';
import { useDecideWithdrawal } from './queries';
import { exceedsBalance } from './exceeds-balance';
import { ModalActions } from '../forms/ModalActions';
import { ReasonField } from '../forms/ReasonField';

export type DecisionKind = 'complete' | 'decline';

const copy: Record<DecisionKind, { title: string; submit: string; color: string; done: string }> = {
  complete: {
    title: 'Complete withdrawal',
    submit: 'Complete withdrawal',
    color: 'teal',
    done: 'Withdrawal completed',
  },
  decline: { title: 'Decline withdrawal', submit: 'Decline withdrawal', color: 'red', done: 'Withdrawal declined' },
};

interface Props {
  withdrawal: Withdrawal;
  kind: DecisionKind;
  onClose: () => void;
}

/** Pays a withdrawal out with its payout reference, or declines it with a reason. */
export function DecideWithdrawalModal({ withdrawal, kind, onClose }: Props) {
  const decide = useDecideWithdrawal();
  const form = useForm({ initialValues: { payoutReference: '', reason: '' } });
  const text = copy[kind];
  const amount = formatMoney(withdrawal.amount);
  const submit = form.onSubmit((values) =>
    decide.mutate(
      kind === 'complete'
        ? { kind, id: withdrawal.id, payoutReference: values.payoutReference }
        : { kind, id: withdrawal.id, reason: values.reason },
      {
        onSuccess: () => {
          notifications.show({
            color: text.color,
            title: text.done,
            message: `${amount} for ${withdrawal.customerName}.`,
          });
          onClose();
        },
        onError: (error) => showSaveError(form, error),
      },
    ),
  );
  return (
    <Modal opened onClose={onClose} title={text.title} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            <b>{amount}</b> to {withdrawal.customerName} by {withdrawalMethodLabels[withdrawal.method].toLowerCase()},{' '}
            <Text span ff="monospace" size="sm">
              {withdrawal.destination}
            </Text>
            .
          </Text>
          {kind === 'complete' && exceedsBalance(withdrawal) && (
            <Alert color="red" variant="light" title="More than the available balance">
              The customer has {formatMoney(withdrawal.available)} available; the desk will refuse to pay this out.
            </Alert>
          )}
          {kind === 'complete' ? (
            <TextInput
              label="Payout reference"
              description="The payment's reference at the bank or wallet"
              data-autofocus
              withAsterisk
              {...form.getInputProps('payoutReference')}
            />
          ) : (
            <ReasonField
              description="Kept with the withdrawal"
              placeholder="Why it is declined"
              {...form.getInputProps('reason')}
            />
          )}
          <ModalActions onCancel={onClose} submit={text.submit} color={text.color} loading={decide.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
