import { Alert, Button, Group, Modal, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Balance } from '../../../../shared/ledger/contract';
import { ApiError } from '../../../../shared/errors';
import { formatMoney, parseMajor, positiveMoney, type Money } from '../../../../shared/money/money';
import { reason } from '../../../../shared/reason';
import { showSaveError } from '../../../forms/schema-form';
import { useSettings } from '../../../settings/queries';
import { useDashboard, useGiveReward } from './queries';

interface Props {
  customerId: number;
  customerName: string;
  onClose: () => void;
}

type Step = { name: 'enter' } | { name: 'confirm'; amount: Money } | { name: 'done'; before: Balance; after: Balance };

/** The API names the amount's parts (`amount.amount`, `amount.currency`); the form has one amount field. */
function onFormFields(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.fieldErrors) return error;
  const fieldErrors: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.fieldErrors)) {
    const field = path.startsWith('amount') ? 'amount' : path;
    fieldErrors[field] ??= message;
  }
  return new ApiError(error.code, error.message, fieldErrors);
}

function BeforeAfter({ before, after, label }: { before: Money; after: Money; label: string }) {
  return (
    <Table aria-label={label} withTableBorder verticalSpacing={6}>
      <Table.Tbody>
        <Table.Tr>
          <Table.Th>Available balance before</Table.Th>
          <Table.Td ta="right" ff="monospace">
            {formatMoney(before)}
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Available balance after</Table.Th>
          <Table.Td ta="right" ff="monospace" fw={700}>
            {formatMoney(after)}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

/**
 * A reward from staff, in the base currency: the amount and the reason, then a confirmation with
 * the balance before and after, then the balance the core reports once it is credited.
 */
export function GiveRewardModal({ customerId, customerName, onClose }: Props) {
  const settings = useSettings();
  const dashboard = useDashboard(customerId);
  const give = useGiveReward();
  const [step, setStep] = useState<Step>({ name: 'enter' });
  const currency = settings.data?.baseCurrency;
  const form = useForm({ initialValues: { amount: '', reason: '' } });
  const available = dashboard.data?.balance.available;

  const review = form.onSubmit((values) => {
    if (!currency) return;
    const parsed = parseMajor(values.amount, currency);
    if ('error' in parsed) return form.setFieldError('amount', parsed.error);
    // The contract's own rules, so the confirmation never shows what the core would refuse.
    const amount = positiveMoney.safeParse({ amount: parsed.amount, currency });
    if (!amount.success) return form.setFieldError('amount', amount.error.issues[0]?.message ?? 'Check the amount');
    const why = reason.safeParse(values.reason);
    if (!why.success) return form.setFieldError('reason', why.error.issues[0]?.message ?? 'Give a reason');
    setStep({ name: 'confirm', amount: amount.data });
  });

  const confirm = (amount: Money) =>
    give.mutate(
      { customerId, amount, reason: form.values.reason },
      {
        onSuccess: (result) => {
          notifications.show({
            color: 'teal',
            title: 'Reward given',
            message: `${formatMoney(amount)} to ${customerName}.`,
          });
          setStep({ name: 'done', before: result.before, after: result.after });
        },
        onError: (error) => {
          setStep({ name: 'enter' });
          showSaveError(form, onFormFields(error));
        },
      },
    );

  return (
    <Modal opened onClose={onClose} title={`Give a reward to ${customerName}`} size="md">
      {step.name === 'enter' && (
        <form onSubmit={review} noValidate>
          <Stack gap="sm">
            {settings.isError && <Alert color="red">{settings.error.message}</Alert>}
            <TextInput
              label="Amount"
              description={currency ? `In ${currency}, the base currency of balances` : 'Loading the base currency…'}
              placeholder="e.g. 25.00"
              inputMode="decimal"
              rightSection={
                <Text size="xs" c="dimmed">
                  {currency}
                </Text>
              }
              rightSectionWidth={48}
              data-autofocus
              withAsterisk
              {...form.getInputProps('amount')}
            />
            <Textarea
              label="Reason"
              description="Kept with the entry and in the customer's history"
              placeholder="e.g. Apology for a delayed payout"
              autosize
              minRows={2}
              maxRows={5}
              withAsterisk
              {...form.getInputProps('reason')}
            />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" disabled={!currency || !available}>
                Review reward
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {step.name === 'confirm' && available && (
        <Stack gap="sm">
          <Text size="sm">
            Credit <b>{formatMoney(step.amount)}</b> to {customerName}&apos;s balance for “{form.values.reason.trim()}”.
          </Text>
          <BeforeAfter
            label="Balance before and after"
            before={available}
            after={{
              amount: (BigInt(available.amount) + BigInt(step.amount.amount)).toString(),
              currency: available.currency,
            }}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setStep({ name: 'enter' })}>
              Back
            </Button>
            <Button color="teal" loading={give.isPending} onClick={() => confirm(step.amount)} data-autofocus>
              Give reward
            </Button>
          </Group>
        </Stack>
      )}
      {step.name === 'done' && (
        <Stack gap="sm">
          <Alert color="teal" variant="light" title="Reward given">
            The balance is credited now.
          </Alert>
          <BeforeAfter label="Balance before and after" before={step.before.available} after={step.after.available} />
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              Done
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
